public import CadreModel
import Foundation

/// Turns a questionnaire file (see `Curricula/questionnaires/README.md`) into a
/// ``Questionnaire``, refusing anything malformed, missing or unknown with the file name and
/// the JSON path of the problem, as curricula are.
public enum QuestionnaireDecoder {
    /// Most questions one form may ask: a questionnaire people answer standing at a door.
    public static let maximumQuestions = 40
    /// The longest free-text answer a questionnaire may allow.
    public static let maximumTextLength = 2_000
    /// A follow-up's wait when its file does not say.
    public static let defaultAfterMonths = 3

    public static func decode(_ bytes: [UInt8], file: String) throws -> Questionnaire {
        let fail = { (location: String, message: String) in CurriculumError(file: file, location: location, message: message) }
        var root = try JSONObjectReader(try CurriculumDecoder.document(bytes, fail: fail), path: "$", fail: fail)
        let code = try root.string("code")
        guard CurriculumDecoder.isCourseCode(code) else {
            throw root.error("code", "'\(code)' is not a questionnaire code (capital letters, digits and '-', e.g. FEEDBACK-END)")
        }
        let kindText = try root.string("kind")
        guard let kind = Questionnaire.Kind(rawValue: kindText) else {
            let known = Questionnaire.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            throw root.error("kind", "'\(kindText)' is not a kind of questionnaire (known: \(known))")
        }
        let title = try CurriculumDecoder.localized(try root.required("title"), at: root.childPath("title"), fail: fail)
        let introduction = try CurriculumDecoder.localized(try root.required("introduction"), at: root.childPath("introduction"), fail: fail)
        var afterMonths: Int?
        var linkedToPerson = false
        if kind == .followUp {
            afterMonths = try root.optionalInteger("afterMonths", in: 1...36) ?? defaultAfterMonths
            linkedToPerson = try boolean(root.optional("linkedToPerson"), at: root.childPath("linkedToPerson"), fail: fail) ?? false
        } else {
            for key in ["afterMonths", "linkedToPerson"] where root.optional(key) != nil {
                throw root.error(key, "only a follow-up questionnaire has '\(key)': end-of-training answers are never linked to a person")
            }
        }
        let questionValues = try root.array("questions")
        guard !questionValues.isEmpty else { throw root.error("questions", "a questionnaire needs at least one question") }
        guard questionValues.count <= maximumQuestions else {
            throw root.error("questions", "\(questionValues.count) questions is more than \(maximumQuestions)")
        }
        let questions = try questionValues.enumerated().map { index, value in
            try question(value, at: "\(root.childPath("questions"))[\(index)]", fail: fail)
        }
        if let repeated = questions.map(\.key).firstDuplicate {
            throw root.error("questions", "the key '\(repeated)' is used by two questions")
        }
        try root.finish()
        return Questionnaire(
            id: UUID.zero, code: code, version: 0, kind: kind, title: title, introduction: introduction, afterMonths: afterMonths,
            linkedToPerson: linkedToPerson, questions: questions)
    }

    /// Question and option keys: what reports and paper forms' columns are named by.
    static func isKey(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, key.unicodeScalars.count <= 32, ("a"..."z").contains(first) else { return false }
        return key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    static func question(_ value: JSONValue, at path: String, fail: @escaping (String, String) -> CurriculumError) throws -> Question {
        var reader = try JSONObjectReader(value, path: path, fail: fail)
        let key = try reader.string("key")
        guard isKey(key) else {
            throw reader.error("key", "'\(key)' is not a question key (lower-case letters, digits and '-', starting with a letter)")
        }
        let text = try CurriculumDecoder.localized(try reader.required("text"), at: reader.childPath("text"), fail: fail)
        let type = try reader.string("type")
        let kind: Question.Kind
        switch type {
        case "scale":
            kind = .scale(
                low: try CurriculumDecoder.localized(try reader.required("low"), at: reader.childPath("low"), fail: fail),
                high: try CurriculumDecoder.localized(try reader.required("high"), at: reader.childPath("high"), fail: fail))
        case "choice":
            let values = try reader.array("options")
            guard values.count >= 2 else { throw reader.error("options", "a choice needs at least two options") }
            let options = try values.enumerated().map { index, value in
                try option(value, at: "\(reader.childPath("options"))[\(index)]", fail: fail)
            }
            if let repeated = options.map(\.key).firstDuplicate {
                throw reader.error("options", "the key '\(repeated)' is used by two options")
            }
            kind = .choice(options: options)
        case "yes-no":
            kind = .yesNo
        case "text":
            kind = .text(maxLength: try reader.integer("maxLength", in: 1...maximumTextLength))
        default:
            throw reader.error("type", "'\(type)' is not a question type (scale, choice, yes-no, text)")
        }
        let required = try boolean(reader.optional("required"), at: reader.childPath("required"), fail: fail) ?? {
            if case .text = kind { return false }
            return true
        }()
        try reader.finish()
        return Question(key: key, text: text, kind: kind, required: required)
    }

    private static func option(_ value: JSONValue, at path: String, fail: @escaping (String, String) -> CurriculumError) throws -> Question.Option {
        var reader = try JSONObjectReader(value, path: path, fail: fail)
        let key = try reader.string("key")
        guard isKey(key) else {
            throw reader.error("key", "'\(key)' is not an option key (lower-case letters, digits and '-', starting with a letter)")
        }
        let label = try CurriculumDecoder.localized(try reader.required("label"), at: reader.childPath("label"), fail: fail)
        try reader.finish()
        return Question.Option(key: key, label: label)
    }

    private static func boolean(_ value: JSONValue?, at path: String, fail: (String, String) -> CurriculumError) throws -> Bool? {
        guard let value else { return nil }
        guard case .bool(let flag) = value else { throw fail(path, "expected true or false, found \(value.typeDescription)") }
        return flag
    }
}
