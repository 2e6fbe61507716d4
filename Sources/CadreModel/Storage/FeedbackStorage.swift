public import Foundation

/// Feedback forms, kept so that no answer can be joined to who gave it: a form is stored as
/// a response with a random id and its answers, and — separately, sharing nothing with it —
/// the fact that the person answered.
///
/// Every method runs inside the caller's transaction (``Store/read(_:)`` or ``Store/write(_:)``).
/// A questionnaire's versions count as one here: whoever answered any version has answered it,
/// and counts and answers take in every version's.
public protocol FeedbackStorage {
    /// Whether this enrolment's person has answered this questionnaire.
    func hasResponded(enrollment: UUID, questionnaire: UUID) throws -> Bool

    /// Records that this enrolment's person answered, and how.
    func recordRespondent(enrollment: UUID, questionnaire: UUID, channel: FeedbackChannel) throws

    /// Stores one form's answers under `response`, a random id. `linkedEnrollment` is given
    /// only for a questionnaire whose answers are linked to the person.
    func insertResponse(
        _ response: UUID, event: UUID, questionnaire: UUID, linkedEnrollment: UUID?, answers: [String: FeedbackAnswer]
    ) throws

    /// How many forms of this questionnaire each event has, and how many people are recorded as
    /// having answered it.
    func responseCounts(events: [UUID], questionnaire: UUID) throws -> [UUID: (responses: Int, respondents: Int)]

    /// Every answer of the forms of these events to this questionnaire, a form at a time, in no
    /// particular order: (event, the form's answers by question key as stored).
    func responses(events: [UUID], questionnaire: UUID) throws -> [(event: UUID, answers: [String: (number: Int?, text: String?)])]
}
