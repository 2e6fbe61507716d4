public import Foundation

/// What participants are asked about a training: how they judged it at its end (reaction), or
/// months later whether they use it in their work (application) — the first and third levels
/// of the Kirkpatrick model; the pre/post test is the second.
///
/// Questionnaires are files, like curricula (`Curricula/questionnaires/`), in az/en/ru, and a
/// changed file is a new version: answers keep the version they were given to.
public struct Questionnaire: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Answered at the door of the last session, or on paper.
        case endOfTraining = "end-of-training"
        /// Answered through a personal link some months after the training.
        case followUp = "follow-up"
    }

    public var id: UUID
    /// What people type: capitals, digits and '-' (`FEEDBACK-END`).
    public var code: String
    public var version: Int
    public var kind: Kind
    public var title: LocalizedText
    /// Said above the questions: what they are for and who sees the answers.
    public var introduction: LocalizedText
    /// A follow-up's wait after the event's last day, in months (3 unless the file says).
    public var afterMonths: Int?
    /// Whether answers are stored with the person who gave them: never for an end-of-training
    /// questionnaire, and for a follow-up only when its file says so.
    public var linkedToPerson: Bool
    public var questions: [Question]

    public init(
        id: UUID, code: String, version: Int, kind: Kind, title: LocalizedText, introduction: LocalizedText, afterMonths: Int?,
        linkedToPerson: Bool, questions: [Question]
    ) {
        self.id = id
        self.code = code
        self.version = version
        self.kind = kind
        self.title = title
        self.introduction = introduction
        self.afterMonths = afterMonths
        self.linkedToPerson = linkedToPerson
        self.questions = questions
    }

    /// The question with this key, if any.
    public func question(_ key: String) -> Question? { questions.first { $0.key == key } }
}
