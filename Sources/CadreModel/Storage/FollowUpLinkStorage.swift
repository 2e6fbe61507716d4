public import Foundation

/// Personal follow-up links (``FollowUpLink``), found by the hash of their token.
///
/// Every method runs inside the caller's transaction (``Store/read(_:)`` or ``Store/write(_:)``).
public protocol FollowUpLinkStorage {
    /// Stores a new link under `tokenHash` (64 lower-case hexadecimal digits).
    func insert(_ link: FollowUpLink, tokenHash: String) throws
    /// The link with this hash, with its enrolment's event and person and whether the
    /// enrolment still stands (not withdrawn or waitlisted).
    /// How many people of each event have been sent a link to this questionnaire (any version).
    func recipients(events: [UUID], questionnaire: UUID) throws -> [UUID: Int]

    func link(tokenHash: String) throws -> (link: FollowUpLink, eventID: UUID, traineeID: UUID, enrolled: Bool)?
}
