import CadreCurricula
import CadreKit
import CadreModel
import Foundation
import Testing

@Suite("Questionnaire files")
struct QuestionnaireDecoderTests {
    static let minimal = """
        {
          "code": "TEST-Q",
          "kind": "end-of-training",
          "title": {"az": "Sorğu", "en": "Survey", "ru": "Анкета"},
          "introduction": {"az": "Anonim", "en": "Anonymous", "ru": "Анонимно"},
          "questions": [
            {"key": "relevance", "type": "scale", "text": {"az": "A", "en": "A", "ru": "А"},
             "low": {"az": "az", "en": "low", "ru": "мало"}, "high": {"az": "çox", "en": "high", "ru": "много"}},
            {"key": "part", "type": "choice", "text": {"az": "B", "en": "B", "ru": "Б"},
             "options": [{"key": "law", "label": {"az": "Qanun", "en": "Law", "ru": "Закон"}},
                         {"key": "practice", "label": {"az": "Təcrübə", "en": "Practice", "ru": "Практика"}}]},
            {"key": "recommend", "type": "yes-no", "text": {"az": "C", "en": "C", "ru": "В"}},
            {"key": "comments", "type": "text", "maxLength": 500, "text": {"az": "D", "en": "D", "ru": "Г"}}
          ]
        }
        """

    func decode(_ text: String) throws -> Questionnaire {
        try QuestionnaireDecoder.decode(Array(text.utf8), file: "q.json")
    }

    @Test("a questionnaire with every kind of question: scale ends, options, yes/no, free text optional by default")
    func everyKind() throws {
        let questionnaire = try decode(Self.minimal)
        #expect(questionnaire.code == "TEST-Q" && questionnaire.kind == .endOfTraining)
        #expect(questionnaire.afterMonths == nil && !questionnaire.linkedToPerson)
        #expect(questionnaire.questions.map(\.key) == ["relevance", "part", "recommend", "comments"])
        #expect(questionnaire.questions.map(\.required) == [true, true, true, false])
        #expect(questionnaire.question("relevance")?.kind == .scale(
            low: LocalizedText(az: "az", en: "low", ru: "мало"), high: LocalizedText(az: "çox", en: "high", ru: "много")))
        #expect(questionnaire.question("comments")?.kind == .text(maxLength: 500))
        if case .choice(let options) = questionnaire.question("part")?.kind {
            #expect(options.map(\.key) == ["law", "practice"])
        } else {
            Issue.record("part is not a choice")
        }
    }

    @Test("the built-in questionnaires: an anonymous end-of-training one and a follow-up after three months, in three languages")
    func builtIn() throws {
        let questionnaires = try BuiltInQuestionnaires.files.map {
            try QuestionnaireDecoder.decode(Array(try Data(contentsOf: $0)), file: $0.lastPathComponent)
        }
        #expect(questionnaires.map(\.code) == ["FEEDBACK-END", "FOLLOW-UP"])
        let end = questionnaires[0]
        #expect(end.kind == .endOfTraining && !end.linkedToPerson)
        #expect(end.questions.map(\.key).starts(with: ["relevance", "trainer", "organisation"]))
        let followUp = questionnaires[1]
        #expect(followUp.kind == .followUp && followUp.afterMonths == 3 && !followUp.linkedToPerson)
        #expect(followUp.question("referred-case")?.kind == .yesNo)
        for questionnaire in questionnaires {
            for text in [questionnaire.title, questionnaire.introduction] + questionnaire.questions.map(\.text) {
                #expect(text.az != text.en && text.ru != text.en, "\(text.en) is translated")
            }
        }
    }

    @Test("every JSON file in Curricula/questionnaires/ is built in")
    func bundleMatchesFolder() throws {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Curricula/questionnaires")
        let inFolder = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(BuiltInQuestionnaires.files.map(\.lastPathComponent) == inFolder)
    }

    @Test(
        "each kind of mistake is refused with the JSON path",
        arguments: [
            ("\"code\": \"TEST-Q\",", "", "$: missing required key 'code'"),
            ("\"end-of-training\"", "\"after\"", "$.kind: 'after' is not a kind of questionnaire (known: end-of-training, follow-up)"),
            ("\"kind\": \"end-of-training\",", "\"kind\": \"end-of-training\", \"afterMonths\": 3,",
             "$.afterMonths: only a follow-up questionnaire has 'afterMonths': end-of-training answers are never linked to a person"),
            ("\"key\": \"part\"", "\"key\": \"Part\"",
             "$.questions[1].key: 'Part' is not a question key (lower-case letters, digits and '-', starting with a letter)"),
            ("\"key\": \"part\"", "\"key\": \"relevance\"", "$.questions: the key 'relevance' is used by two questions"),
            ("\"type\": \"yes-no\"", "\"type\": \"yesno\"", "$.questions[2].type: 'yesno' is not a question type (scale, choice, yes-no, text)"),
            ("\"maxLength\": 500", "\"maxLength\": 5000", "$.questions[3].maxLength: 5000 is out of range (1…2000)"),
            ("\"key\": \"practice\"", "\"key\": \"law\"", "$.questions[1].options: the key 'law' is used by two options"),
            ("\"low\": {\"az\": \"az\", \"en\": \"low\", \"ru\": \"мало\"}, ", "", "$.questions[0]: missing required key 'low'"),
            ("\"ru\": \"Анкета\"", "\"ru\": \" \"", "$.title.ru: must not be empty"),
            ("\"type\": \"yes-no\",", "\"type\": \"yes-no\", \"required\": \"yes\",", "$.questions[2].required: expected true or false, found a string"),
            ("\"type\": \"yes-no\",", "\"type\": \"yes-no\", \"colour\": 1,", "$.questions[2].colour: unknown key 'colour'"),
        ])
    func mistakes(replacing: String, with replacement: String, message: String) throws {
        #expect(Self.minimal.contains(replacing))
        let error = try #require(throws: CurriculumError.self) { try decode(Self.minimal.replacingOccurrences(of: replacing, with: replacement)) }
        #expect("\(error.location): \(error.message)" == message)
        #expect(error.file == "q.json")
    }

    @Test("a follow-up says when it is sent (3 months unless given) and may be linked to the person")
    func followUp() throws {
        let followUp = Self.minimal.replacingOccurrences(of: "\"kind\": \"end-of-training\",", with: "\"kind\": \"follow-up\",")
        #expect(try decode(followUp).afterMonths == 3)
        let linked = followUp.replacingOccurrences(of: "\"kind\": \"follow-up\",", with: "\"kind\": \"follow-up\", \"afterMonths\": 6, \"linkedToPerson\": true,")
        let questionnaire = try decode(linked)
        #expect(questionnaire.afterMonths == 6 && questionnaire.linkedToPerson)
    }
}
