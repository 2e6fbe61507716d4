public import Foundation

/// A participant's "I am here" from their own phone (issue #23), waiting for the trainer. It
/// is not attendance: only when the trainer confirms it does it become a mark (present), so
/// only confirmed arrivals count for completion. Someone not enrolled arrives as a walk-in
/// request, confirmed or rejected like the others.
public struct CheckIn: Equatable, Sendable {
    public enum Status: Int, Sendable, CaseIterable {
        case pending = 0, confirmed = 1, rejected = 2
    }

    public var sessionID: UUID
    public var traineeID: UUID
    public var status: Status
    /// The person is not enrolled in the event: confirming enrols them as a walk-in.
    public var isWalkIn: Bool
    public var at: Date

    public init(sessionID: UUID, traineeID: UUID, status: Status, isWalkIn: Bool, at: Date) {
        self.sessionID = sessionID
        self.traineeID = traineeID
        self.status = status
        self.isWalkIn = isWalkIn
        self.at = at
    }
}
