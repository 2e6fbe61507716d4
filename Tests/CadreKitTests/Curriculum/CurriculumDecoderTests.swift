import CadreCurricula
import CadreKit
import CadreModel
import Foundation
import Testing

@Suite("Curriculum decoder")
struct CurriculumDecoderTests {
    static let professions = Set(ProfessionCatalog.all.map(\.code))

    static let valid = """
        {
          "code": "TEST-1",
          "title": {"az": "Sınaq", "en": "Test", "ru": "Тест"},
          "audience": ["judge"],
          "modules": [{"title": {"az": "Bir", "en": "One", "ru": "Один"}, "hours": 1.5}],
          "completion": {"minAttendancePercent": 80, "passMark": 12},
          "assessment": {"maxScore": 20}
        }
        """

    func decode(_ text: String) throws -> Course {
        try CurriculumDecoder.decode(Array(text.utf8), file: "test.json", knownProfessions: Self.professions)
    }

    /// The error for `valid` with `old` replaced by `new`.
    func error(replacing old: String, with new: String) throws -> CurriculumError {
        let text = Self.valid.replacingOccurrences(of: old, with: new)
        #expect(text != Self.valid, "the replacement must change the document")
        return try #require(throws: CurriculumError.self) { try decode(text) }
    }

    @Test("a valid curriculum gives its course, with hours as exact minutes")
    func decodesValid() throws {
        let course = try decode(Self.valid)
        #expect(course.code == "TEST-1")
        #expect(course.title.ru == "Тест")
        #expect(course.modules.first?.minutes == 90)
        #expect(course.completion == CompletionRule(minAttendancePercent: 80, passMark: 12))
        #expect(course.assessment.maxScore == 20)
    }

    @Test("the built-in curricula are real, complete courses")
    func builtInCurricula() throws {
        let courses = try BuiltInCurricula.files.map {
            try CurriculumDecoder.decode(Array(try Data(contentsOf: $0)), file: $0.lastPathComponent, knownProfessions: Self.professions)
        }
        #expect(courses.map(\.code) == ["DV-101", "JUD-201", "MEDIA-301"])
        let basic = try #require(courses.first)
        #expect(basic.totalMinutes == 18 * 60)
        #expect(basic.modules.count == 6)
        #expect(basic.audience.contains("social-worker"))
        #expect(courses[1].audience == ["judge", "prosecutor", "lawyer"])
        #expect(courses[2].audience == ["journalist"])
        #expect(courses.map { $0.feedbackQuestions?.map(\.key) ?? [] } == [[], ["protection-orders"], []], "judges are asked one more question")
    }

    @Test("every JSON file in Curricula/ is built in (Package.swift lists them by name)")
    func bundleMatchesFolder() throws {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Curricula")
        let inFolder = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(BuiltInCurricula.files.map(\.lastPathComponent) == inFolder)
    }

    @Test(
        "each kind of mistake is reported with the JSON path",
        arguments: [
            ("\"code\": \"TEST-1\",", "", "$: missing required key 'code'"),
            ("\"hours\": 1.5", "\"hours\": \"1.5\"", "$.modules[0].hours: expected a number of hours, found a string"),
            ("\"hours\": 1.5", "\"hours\": 1.33", "$.modules[0].hours: 1.33 hours is not a whole number of minutes"),
            ("\"hours\": 1.5", "\"hours\": 0", "$.modules[0].hours: 0 is out of range (more than 0, at most 100 hours)"),
            ("\"passMark\": 12", "\"passMark\": 21", "$.completion.passMark: 21 is out of range (0…20)"),
            ("\"minAttendancePercent\": 80", "\"minAttendancePercent\": 80.5", "$.completion.minAttendancePercent: expected a whole number, found 80.5"),
            ("\"minAttendancePercent\"", "\"minAttendence\"", "$.completion: missing required key 'minAttendancePercent'"),
            ("\"maxScore\": 20}", "\"maxScore\": 20, \"bonus\": 1}", "$.assessment.bonus: unknown key 'bonus'"),
            ("[\"judge\"]", "[\"astronaut\"]", "$.audience[0]: unknown profession 'astronaut'"),
            ("[\"judge\"]", "[\"judge\", \"judge\"]", "$.audience: profession 'judge' is listed twice"),
            ("\"en\": \"Test\",", "", "$.title: missing required key 'en'"),
            ("\"ru\": \"Один\"", "\"ru\": \"  \"", "$.modules[0].title.ru: must not be empty"),
            ("\"TEST-1\"", "\"test one\"", "$.code: 'test one' is not a course code"),
            ("\"modules\": [", "\"modules\": [], \"x\": [", "$.modules: a course needs at least one module"),
            ("{\"az\": \"Sınaq\", \"en\": \"Test\", \"ru\": \"Тест\"}", "[\"Sınaq\"]", "$.title: expected an object, found an array"),
            ("\"maxScore\": 20}", "\"maxScore\": 20}, \"feedback\": {\"questions\": []}", "$.feedback.questions: a course adds 1 to 20 questions, not 0"),
            ("\"maxScore\": 20}", "\"maxScore\": 20}, \"feedback\": {\"questions\": [{\"key\": \"Used\", \"type\": \"yes-no\", \"text\": {\"az\": \"a\", \"en\": \"b\", \"ru\": \"c\"}}]}",
             "$.feedback.questions[0].key: 'Used' is not a question key"),
            ("\"maxScore\": 20}", "\"maxScore\": 20}, \"feedback\": {\"questions\": [{\"key\": \"used\", \"type\": \"stars\", \"text\": {\"az\": \"a\", \"en\": \"b\", \"ru\": \"c\"}}]}",
             "$.feedback.questions[0].type: 'stars' is not a question type"),
            ("\"maxScore\": 20}", "\"maxScore\": 20}, \"feedback\": {\"ask\": []}", "$.feedback: give the course's questionnaire, questions of its own, or both"),
            ("\"maxScore\": 20}", "\"maxScore\": 20}, \"feedback\": {\"questionnaire\": \"FB-1\", \"ask\": []}", "$.feedback.ask: unknown key 'ask'"),
            ("\"maxScore\": 20}", "\"maxScore\": 20}, \"feedback\": {\"questionnaire\": \"fb one\"}", "$.feedback.questionnaire: 'fb one' is not a questionnaire code"),
        ])
    func reportsMistakes(old: String, new: String, expected: String) throws {
        let error = try error(replacing: old, with: new)
        #expect(error.file == "test.json")
        #expect("\(error.location): \(error.message)".hasPrefix(expected))
    }

    @Test("invalid JSON is reported with line and column")
    func syntaxError() throws {
        let error = try self.error(replacing: "\"audience\": [\"judge\"],", with: "\"audience\": [\"judge\"]")
        #expect(error.location == "5:3")
        #expect(error.message == "invalid JSON: expected ',' or '}'")
        #expect(error.description == "test.json: 5:3: invalid JSON: expected ',' or '}'")
    }

    @Test("deeply nested JSON is refused without exhausting the stack")
    func deepNesting() throws {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = try #require(throws: CurriculumError.self) { try decode(text) }
        #expect(error.message.contains("nested deeper"))
    }

    @Test("wrong types at the top level and empty files are errors, not crashes")
    func oddDocuments() throws {
        for text in ["", "[]", "null", "\"DV-101\"", "{", "\u{FEFF}", "{\"code\": \"A\", \"code\": \"B\"}"] {
            #expect(throws: CurriculumError.self, "\(text.debugDescription)") { try decode(text) }
        }
    }
}
