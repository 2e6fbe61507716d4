public import CadreModel
public import Foundation

/// Queries for attendance marks.
public struct AttendanceStore: AttendanceStorage {
    package let database: Database

    public init(_ database: Database) { self.database = database }

    public func mark(enrollment: UUID, session: UUID) throws -> AttendanceMark? {
        try database.row(
            "SELECT * FROM attendance WHERE enrollment_id = ? AND session_id = ?", [enrollment.databaseText, session.databaseText]
        ).map(mark(from:))
    }

    public func insert(_ mark: AttendanceMark) throws {
        try database.execute(
            """
            INSERT INTO attendance (id, enrollment_id, session_id, status, note, marked_by, marked_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [
                mark.id.databaseText, mark.enrollmentID.databaseText, mark.sessionID.databaseText, mark.status.rawValue, mark.note,
                mark.markedBy, Timestamp.string(from: mark.markedAt),
            ])
    }

    /// Inserts many new marks by one person at one time, as an import does: the statement is
    /// prepared once and the time formatted once, and a row's ids are bound without
    /// allocating their text.
    package struct Inserter: AttendanceInserter {
        package let statement: Statement
        package let markedBy: String
        package let markedAt: String

        package func insert(id: UUID, enrollment: UUID, session: UUID, status: AttendanceMark.Status, note: String?) throws {
            try statement.bind(id, at: 1)
            try statement.bind(enrollment, at: 2)
            try statement.bind(session, at: 3)
            try statement.bind(status.rawValue, at: 4)
            try statement.bind(note, at: 5)
            try statement.bind(markedBy, at: 6)
            try statement.bind(markedAt, at: 7)
            try statement.run()
        }
    }

    public func inserter(markedBy: String, markedAt: Date) throws -> any AttendanceInserter {
        let statement = try database.statement(
            "INSERT INTO attendance (id, enrollment_id, session_id, status, note, marked_by, marked_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        return Inserter(statement: statement, markedBy: markedBy, markedAt: Timestamp.string(from: markedAt))
    }

    public func update(_ mark: AttendanceMark) throws {
        try database.execute(
            "UPDATE attendance SET status = ?, note = ?, marked_by = ?, marked_at = ? WHERE enrollment_id = ? AND session_id = ?",
            [
                mark.status.rawValue, mark.note, mark.markedBy, Timestamp.string(from: mark.markedAt), mark.enrollmentID.databaseText,
                mark.sessionID.databaseText,
            ])
    }

    public func delete(_ mark: AttendanceMark) throws {
        try database.execute(
            "DELETE FROM attendance WHERE enrollment_id = ? AND session_id = ?", [mark.enrollmentID.databaseText, mark.sessionID.databaseText])
    }

    /// Every mark of an event's sessions, keyed by enrollment and session.
    public func marks(of eventID: UUID) throws -> [UUID: [UUID: AttendanceMark]] {
        var result: [UUID: [UUID: AttendanceMark]] = [:]
        try database.forEachRow(
            """
            SELECT a.* FROM attendance AS a JOIN training_session AS s ON s.id = a.session_id WHERE s.event_id = ?
            """, [eventID.databaseText]
        ) { row in
            let mark = try mark(from: row)
            result[mark.enrollmentID, default: [:]][mark.sessionID] = mark
        }
        return result
    }

    package func mark(from row: Row) throws -> AttendanceMark {
        let stored = row.stored("attendance")
        return AttendanceMark(
            id: try stored.uuid("id"), enrollmentID: try stored.uuid("enrollment_id"), sessionID: try stored.uuid("session_id"),
            status: try stored.value("status", as: AttendanceMark.Status.self), note: stored.optionalText("note"),
            markedBy: try stored.text("marked_by"), markedAt: try stored.timestamp("marked_at"))
    }
}
