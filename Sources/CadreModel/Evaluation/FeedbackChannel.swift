/// How a feedback form reached Cadre: kept with who answered (for the coordinator's count),
/// never with the answers.
public enum FeedbackChannel: String, Codable, Sendable, CaseIterable {
    /// On a phone at the door of the last session, through the feedback QR code.
    case door
    /// On the printed questionnaire, typed in by the centre (`cadre feedback import`).
    case paper
    /// Through a personal follow-up link.
    case link
}
