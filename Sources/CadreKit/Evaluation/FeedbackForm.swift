public import CadreModel

/// A filled-in form checked against its questionnaire: the values as typed (on a phone, or in a
/// column of the paper forms' file) become ``FeedbackAnswer``s, or the problems of each answer.
public struct FeedbackForm: Sendable, Equatable {
    /// An answer that does not fit its question, named by the question's key.
    public struct Problem: Error, Sendable, Equatable {
        /// What is wrong, for a page to say in its own language.
        public enum Kind: Sendable, Equatable {
            case notAQuestion, missing, notOnScale, notYesNo, notAnOption
            case tooLong(maxLength: Int)
        }

        public let question: String
        public let value: String
        public let kind: Kind
        /// What is wrong, in English (the terminal's words).
        public let reason: String
    }

    public let answers: [String: FeedbackAnswer]

    /// Words accepted for yes and no, in the three languages (and 1/0).
    public static let yesWords: Set<String> = ["yes", "y", "1", "bəli", "hə", "да", "true"]
    public static let noWords: Set<String> = ["no", "n", "0", "xeyr", "yox", "нет", "false"]

    /// Checks `values` (question key → text) against `questionnaire`: an empty value is no
    /// answer (refused for a required question), a key the questionnaire does not ask is refused.
    public static func check(_ values: [String: String], against questionnaire: Questionnaire) -> Result<FeedbackForm, ProblemList> {
        var answers: [String: FeedbackAnswer] = [:]
        var problems: [Problem] = []
        for key in values.keys.sorted() where questionnaire.question(key) == nil {
            problems.append(Problem(question: key, value: values[key] ?? "", kind: .notAQuestion, reason: "is not a question of \(questionnaire.code)"))
        }
        for question in questionnaire.questions {
            let raw = values[question.key] ?? ""
            let value = TextFolding.clean(raw)
            guard !value.isEmpty else {
                if question.required { problems.append(Problem(question: question.key, value: "", kind: .missing, reason: "needs an answer")) }
                continue
            }
            switch answer(value, to: question) {
            case .success(let answer): answers[question.key] = answer
            case .failure(let problem): problems.append(problem)
            }
        }
        return problems.isEmpty ? .success(FeedbackForm(answers: answers)) : .failure(ProblemList(problems: problems))
    }

    /// The problems of one form, in the order of its questions.
    public struct ProblemList: Error, Sendable, Equatable {
        public let problems: [Problem]
    }

    private static func answer(_ value: String, to question: Question) -> Result<FeedbackAnswer, Problem> {
        let folded = TextFolding.lowercasedAzerbaijani(value)
        switch question.kind {
        case .scale:
            guard let number = Int(value), Question.scalePoints.contains(number) else {
                return .failure(Problem(question: question.key, value: value, kind: .notOnScale, reason: "is not a whole number from 1 to 5"))
            }
            return .success(.scale(number))
        case .yesNo:
            if yesWords.contains(folded) { return .success(.yesNo(true)) }
            if noWords.contains(folded) { return .success(.yesNo(false)) }
            return .failure(Problem(question: question.key, value: value, kind: .notYesNo, reason: "is not yes or no"))
        case .choice(let options):
            let option = options.first { option in
                option.key == folded || [option.label.az, option.label.en, option.label.ru].contains { TextFolding.lowercasedAzerbaijani($0) == folded }
            }
            guard let option else {
                return .failure(Problem(
                    question: question.key, value: value, kind: .notAnOption, reason: "is not one of the options (\(options.map(\.key).joined(separator: ", ")))"))
            }
            return .success(.choice(option.key))
        case .text(let maxLength):
            guard value.count <= maxLength else {
                return .failure(Problem(question: question.key, value: String(value.prefix(40)), kind: .tooLong(maxLength: maxLength), reason: "is longer than \(maxLength) characters"))
            }
            return .success(.text(value))
        }
    }
}
