public import Foundation

/// Inserts many new marks by one person at one time, as an import does, with everything
/// that is the same for every mark prepared once.
public protocol AttendanceInserter {
    /// Adds a mark; it may be held back and stored with later ones (see ``finish()``).
    func insert(enrollment: UUID, session: UUID, status: AttendanceMark.Status, note: String?) throws
    /// Stores every mark still held back. Call it before the transaction commits.
    func finish() throws
}
