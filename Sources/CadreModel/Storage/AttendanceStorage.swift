public import Foundation

/// Attendance marks: one per enrolment and session.
///
/// Every method runs inside the caller's transaction (``Store/read(_:)`` or
/// ``Store/write(_:)``); the SQLite store in `CadreStore` implements it.
public protocol AttendanceStorage {
    func mark(enrollment: UUID, session: UUID) throws -> AttendanceMark?

    func insert(_ mark: AttendanceMark) throws

    func inserter(markedBy: String, markedAt: Date) throws -> any AttendanceInserter

    func update(_ mark: AttendanceMark) throws

    func delete(_ mark: AttendanceMark) throws

    /// Every mark of an event's sessions, keyed by enrollment and session.
    func marks(of eventID: UUID) throws -> [UUID: [UUID: AttendanceMark]]
}
