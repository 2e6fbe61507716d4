public import Foundation

/// Self check-ins at the door (``CheckIn``), one per person and session.
public protocol CheckInStorage {
    /// Stores a new check-in, or returns the one the person already has for the session
    /// (`inserted` false).
    func insertIfAbsent(_ checkIn: CheckIn) throws -> (checkIn: CheckIn, inserted: Bool)
    /// The session's check-ins, oldest first.
    func checkIns(session sessionID: UUID) throws -> [CheckIn]
    func setStatus(_ status: CheckIn.Status, session sessionID: UUID, trainee traineeID: UUID) throws
}
