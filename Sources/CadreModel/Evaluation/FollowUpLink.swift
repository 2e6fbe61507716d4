public import Foundation

/// A personal link to a follow-up questionnaire, as Cadre keeps it: the link's token itself
/// is never stored (only its SHA-256), so a copy of the database opens no one's questionnaire.
public struct FollowUpLink: Sendable, Equatable {
    /// The enrolment whose person the link was sent to: it says who has answered (for the
    /// response rate, and to refuse a second form), and — only for a questionnaire linked to
    /// the person — whose the answers are.
    public let enrollmentID: UUID
    public let questionnaireID: UUID
    /// The first and the last day (Baku time) the link opens the questionnaire.
    public let opensOn: CalendarDate
    public let expiresOn: CalendarDate
    /// The language the person was written to in; the page opens in it.
    public let language: Language

    public init(enrollmentID: UUID, questionnaireID: UUID, opensOn: CalendarDate, expiresOn: CalendarDate, language: Language) {
        self.enrollmentID = enrollmentID
        self.questionnaireID = questionnaireID
        self.opensOn = opensOn
        self.expiresOn = expiresOn
        self.language = language
    }
}
