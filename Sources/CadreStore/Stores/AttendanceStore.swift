public import CadreModel
public import Foundation

/// Queries for attendance marks. A mark is keyed by its enrolment and session (row ids); its
/// status, author and time are small integers (schema 7, ``IntegerKeys``).
public struct AttendanceStore: AttendanceStorage {
    package let database: Database

    public init(_ database: Database) { self.database = database }

    /// The stored number of each status: the order of ``AttendanceMark/Status/allCases``.
    package static func code(_ status: AttendanceMark.Status) -> Int {
        switch status {
        case .present: 0
        case .late: 1
        case .excused: 2
        case .absent: 3
        }
    }

    /// The statuses that count as attended, as the SQL of reports writes them.
    package static let attendedCodes = "(\(code(.present)), \(code(.late)))"

    /// A mark's columns with its ids as UUIDs, its status as its number and its author's name.
    private static let select = """
        SELECT n.uuid AS enrollment_id, s.uuid AS session_id, a.status, a.note, w.name AS marked_by, a.marked_at
        FROM attendance AS a JOIN enrollment AS n ON n.id = a.enrollment_id JOIN training_session AS s ON s.id = a.session_id
        JOIN actor AS w ON w.id = a.marked_by
        """

    public func mark(enrollment: UUID, session: UUID) throws -> AttendanceMark? {
        try database.row("\(Self.select) WHERE n.uuid = ? AND s.uuid = ?", [enrollment, session]).map(mark(from:))
    }

    public func insert(_ mark: AttendanceMark) throws {
        try database.execute(
            "INSERT INTO attendance (enrollment_id, session_id, status, note, marked_by, marked_at) VALUES (?, ?, ?, ?, ?, ?)",
            [
                try database.rowID(.enrollment, mark.enrollmentID), try database.rowID(.session, mark.sessionID), Self.code(mark.status),
                mark.note, try database.actorID(mark.markedBy), Self.seconds(mark.markedAt),
            ])
    }

    /// Inserts many new marks by one person at one time, as an import does: the statement is
    /// prepared once, the author and time are bound once, and the row ids of an event's
    /// enrolments and sessions are read together the first time one of them is seen, so a
    /// mark is one insert of four integers.
    package final class Inserter: AttendanceInserter {
        private let database: Database
        private let statement: Statement
        private var enrollments: [UUID: Int64] = [:]
        private var sessions: [UUID: Int64] = [:]

        init(database: Database, markedBy: Int, markedAt: Int64) throws {
            self.database = database
            // Its own statement, not the connection's cached one, so no other insert clears
            // the author and time bound here.
            statement = try Statement(
                connection: database,
                sql: "INSERT INTO attendance (enrollment_id, session_id, status, note, marked_by, marked_at) VALUES (?, ?, ?, ?, ?, ?)")
            try statement.bind(Int64(markedBy), at: 5)
            try statement.bind(markedAt, at: 6)
        }

        package func insert(enrollment: UUID, session: UUID, status: AttendanceMark.Status, note: String?) throws {
            try statement.bind(try key(enrollment, in: &enrollments, table: "enrollment"), at: 1)
            try statement.bind(try key(session, in: &sessions, table: "training_session"), at: 2)
            try statement.bind(Int64(AttendanceStore.code(status)), at: 3)
            try statement.bind(note, at: 4)
            try statement.run()
        }

        /// The row id of `id`, loading those of every record of the same event when it is new.
        private func key(_ id: UUID, in keys: inout [UUID: Int64], table: String) throws -> Int64 {
            if let key = keys[id] { return key }
            // Table names from this file, never from users.
            try database.forEachStep(
                "SELECT uuid, id FROM \(table) WHERE event_id = (SELECT event_id FROM \(table) WHERE uuid = ?)", [id]
            ) { row in
                if case .success(let uuid)? = row.uuid(at: 0), let key = row.integer(1) { keys[uuid] = Int64(key) }
            }
            guard let key = keys[id] else { throw StoreError(code: 19, extendedCode: 787, message: "FOREIGN KEY constraint failed") }
            return key
        }
    }

    public func inserter(markedBy: String, markedAt: Date) throws -> any AttendanceInserter {
        try Inserter(database: database, markedBy: try database.actorID(markedBy), markedAt: Self.seconds(markedAt))
    }

    public func update(_ mark: AttendanceMark) throws {
        try database.execute(
            """
            UPDATE attendance SET status = ?, note = ?, marked_by = ?, marked_at = ?
            WHERE enrollment_id = (SELECT id FROM enrollment WHERE uuid = ?) AND session_id = (SELECT id FROM training_session WHERE uuid = ?)
            """,
            [
                Self.code(mark.status), mark.note, try database.actorID(mark.markedBy), Self.seconds(mark.markedAt), mark.enrollmentID,
                mark.sessionID,
            ])
    }

    public func delete(_ mark: AttendanceMark) throws {
        try database.execute(
            """
            DELETE FROM attendance
            WHERE enrollment_id = (SELECT id FROM enrollment WHERE uuid = ?) AND session_id = (SELECT id FROM training_session WHERE uuid = ?)
            """, [mark.enrollmentID, mark.sessionID])
    }

    /// Every mark of an event's sessions, keyed by enrollment and session.
    public func marks(of eventID: UUID) throws -> [UUID: [UUID: AttendanceMark]] {
        var result: [UUID: [UUID: AttendanceMark]] = [:]
        try database.forEachRow("\(Self.select) WHERE s.event_id = (SELECT id FROM training_event WHERE uuid = ?)", [eventID]) { row in
            let mark = try mark(from: row)
            result[mark.enrollmentID, default: [:]][mark.sessionID] = mark
        }
        return result
    }

    /// Stored instants of marks and scores: whole Unix seconds, as precise as the text was.
    package static func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }

    package func mark(from row: Row) throws -> AttendanceMark {
        let stored = row.stored("attendance")
        let code = try stored.int("status")
        guard let status = AttendanceMark.Status.allCases.first(where: { Self.code($0) == code }) else {
            throw DamagedValue(table: "attendance", column: "status", row: "?", value: String(code), expected: "0 to 3")
        }
        return AttendanceMark(
            enrollmentID: try stored.uuid("enrollment_id"), sessionID: try stored.uuid("session_id"), status: status,
            note: stored.optionalText("note"), markedBy: try stored.text("marked_by"),
            markedAt: Date(timeIntervalSince1970: TimeInterval(try stored.int("marked_at"))))
    }
}
