public import CadreModel
import Foundation

/// Turns a curriculum file (see `Curricula/README.md`) into a ``Course``, refusing anything
/// malformed, missing or unknown with the file name and the JSON path of the problem.
public enum CurriculumDecoder {
    /// Course codes are what people type: capitals, digits and dashes, at most 32.
    static func isCourseCode(_ code: String) -> Bool {
        guard let first = code.unicodeScalars.first, code.unicodeScalars.count <= 32, first != "-" else { return false }
        return code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// The most a curriculum file may weigh; real ones are a few kilobytes.
    public static let maximumFileSize = 1 << 20

    public static func decode(_ bytes: [UInt8], file: String, knownProfessions: Set<String>) throws -> Course {
        let fail = { (location: String, message: String) in
            CurriculumError(file: file, location: location, message: message)
        }
        var root = try JSONObjectReader(try document(bytes, fail: fail), path: "$", fail: fail)
        let code = try root.string("code")
        guard isCourseCode(code) else {
            throw root.error("code", "'\(code)' is not a course code (capital letters, digits and '-', e.g. DV-101)")
        }
        let title = try localized(try root.required("title"), at: root.childPath("title"), fail: fail)

        let audience = try root.array("audience").enumerated().map { index, value in
            let path = "\(root.childPath("audience"))[\(index)]"
            guard case .string(let profession) = value else {
                throw fail(path, "expected a profession code, found \(value.typeDescription)")
            }
            guard knownProfessions.contains(profession) else {
                let known = knownProfessions.sorted().joined(separator: ", ")
                throw fail(path, "unknown profession '\(profession)' (known: \(known))")
            }
            return profession
        }
        if let repeated = audience.firstDuplicate {
            throw root.error("audience", "profession '\(repeated)' is listed twice")
        }

        let moduleValues = try root.array("modules")
        guard !moduleValues.isEmpty else { throw root.error("modules", "a course needs at least one module") }
        let modules = try moduleValues.enumerated().map { index, value in
            try module(value, at: "\(root.childPath("modules"))[\(index)]", fail: fail)
        }

        var assessmentReader = try JSONObjectReader(try root.required("assessment"), path: root.childPath("assessment"), fail: fail)
        let maxScore = try assessmentReader.integer("maxScore", in: 1...1000)
        try assessmentReader.finish()

        var completionReader = try JSONObjectReader(try root.required("completion"), path: root.childPath("completion"), fail: fail)
        let minAttendance = try completionReader.integer("minAttendancePercent", in: 0...100)
        let passMark = try completionReader.optionalInteger("passMark", in: 0...maxScore)
        try completionReader.finish()
        let feedback = try root.optional("feedback").map { value in try self.feedback(value, at: root.childPath("feedback"), fail: fail) }
        try root.finish()

        return Course(
            id: UUID.zero, code: code, version: 0, title: title, audience: audience, modules: modules,
            completion: CompletionRule(minAttendancePercent: minAttendance, passMark: passMark),
            assessment: AssessmentSpec(maxScore: maxScore), feedbackQuestions: feedback?.questions, feedbackQuestionnaire: feedback?.questionnaire)
    }

    /// `"feedback": {"questionnaire": "CODE", "questions": [...]}`: the end-of-training
    /// questionnaire the course's events answer instead of the built-in one, and questions the
    /// course adds to it, in the questionnaires' format — either, or both.
    private static func feedback(
        _ value: JSONValue, at path: String, fail: @escaping (String, String) -> CurriculumError
    ) throws -> (questionnaire: String?, questions: [Question]?) {
        var reader = try JSONObjectReader(value, path: path, fail: fail)
        var questionnaire: String?
        if reader.optional("questionnaire") != nil {
            let code = try reader.string("questionnaire")
            guard isCourseCode(code) else { throw reader.error("questionnaire", "'\(code)' is not a questionnaire code (capital letters, digits and '-')") }
            questionnaire = code
        }
        guard reader.optional("questions") != nil else {
            guard questionnaire != nil else { throw fail(path, "give the course's questionnaire, questions of its own, or both") }
            try reader.finish()
            return (questionnaire, nil)
        }
        let values = try reader.array("questions")
        guard (1...QuestionnaireDecoder.maximumQuestions / 2).contains(values.count) else {
            throw reader.error("questions", "a course adds 1 to \(QuestionnaireDecoder.maximumQuestions / 2) questions, not \(values.count)")
        }
        let questions = try values.enumerated().map { index, value in
            try QuestionnaireDecoder.question(value, at: "\(reader.childPath("questions"))[\(index)]", fail: fail)
        }
        if let repeated = questions.map(\.key).firstDuplicate {
            throw reader.error("questions", "the key '\(repeated)' is used by two questions")
        }
        try reader.finish()
        return (questionnaire, questions)
    }

    private static func module(_ value: JSONValue, at path: String, fail: @escaping (String, String) -> CurriculumError) throws -> CourseModule {
        var reader = try JSONObjectReader(value, path: path, fail: fail)
        let title = try localized(try reader.required("title"), at: reader.childPath("title"), fail: fail)
        let hoursValue = try reader.required("hours")
        guard case .number(let text) = hoursValue, let hours = Double(text) else {
            throw reader.error("hours", "expected a number of hours, found \(hoursValue.typeDescription)")
        }
        guard hours > 0, hours <= 100 else {
            throw reader.error("hours", "\(text) is out of range (more than 0, at most 100 hours)")
        }
        let minutes = (hours * 60).rounded()
        guard abs(minutes - hours * 60) < 1e-6 else {
            throw reader.error("hours", "\(text) hours is not a whole number of minutes")
        }
        let objectives = try reader.optional("objectives").map { value in
            try JSONObjectReader.array(value, at: reader.childPath("objectives"), fail: fail).enumerated().map { index, item in
                try localized(item, at: "\(reader.childPath("objectives"))[\(index)]", fail: fail)
            }
        } ?? []
        try reader.finish()
        return CourseModule(title: title, minutes: Int(minutes), objectives: objectives)
    }

    /// A file's JSON, refused when too large or not JSON (with the line and column), for
    /// curricula and questionnaires alike.
    static func document(_ bytes: [UInt8], fail: (String, String) -> CurriculumError) throws -> JSONValue {
        guard bytes.count <= maximumFileSize else { throw fail("$", "the file is larger than \(maximumFileSize / 1024) KiB") }
        do {
            return try JSONParser.parse(bytes)
        } catch {
            throw fail("\(error.line):\(error.column)", "invalid JSON: \(error.message)")
        }
    }

    static func localized(_ value: JSONValue, at path: String, fail: @escaping (String, String) -> CurriculumError) throws -> LocalizedText {
        var reader = try JSONObjectReader(value, path: path, fail: fail)
        let text = LocalizedText(az: try reader.string("az"), en: try reader.string("en"), ru: try reader.string("ru"))
        try reader.finish()
        return text
    }
}

extension Array where Element: Hashable {
    /// The first element that appears a second time, if any.
    var firstDuplicate: Element? {
        var seen: Set<Element> = []
        return first { !seen.insert($0).inserted }
    }
}
