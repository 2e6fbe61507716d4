public import Foundation

/// Inserts many new marks by one person at one time, as an import does, with everything
/// that is the same for every mark prepared once.
public protocol AttendanceInserter {
    func insert(enrollment: UUID, session: UUID, status: AttendanceMark.Status, note: String?) throws
}
