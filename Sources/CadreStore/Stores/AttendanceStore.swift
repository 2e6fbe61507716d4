public import CadreModel
public import Foundation

/// Queries for attendance marks. A mark is keyed by its enrolment and session (row ids); its
/// status, author and time are small integers (schema 7, ``IntegerKeys``).
package struct AttendanceStore<Connection: SQLConnection>: AttendanceStorage {
    package let database: Connection

    package init(_ database: Connection) { self.database = database }

    private static func code(_ status: AttendanceMark.Status) -> Int { AttendanceCode.code(status) }

    /// A mark's columns with its ids as UUIDs, its status as its number and its author's name.
    private static var select: String { """
        SELECT n.uuid AS enrollment_id, s.uuid AS session_id, a.status, a.note, w.name AS marked_by, a.marked_at
        FROM attendance AS a JOIN enrollment AS n ON n.id = a.enrollment_id JOIN training_session AS s ON s.id = a.session_id
        JOIN actor AS w ON w.id = a.marked_by
        """
    }

    package func mark(enrollment: UUID, session: UUID) throws -> AttendanceMark? {
        try database.row("\(Self.select) WHERE n.uuid = ? AND s.uuid = ?", [enrollment, session]).map(mark(from:))
    }

    package func insert(_ mark: AttendanceMark) throws {
        try database.execute(
            "INSERT INTO attendance (enrollment_id, session_id, status, note, marked_by, marked_at) VALUES (?, ?, ?, ?, ?, ?)",
            [
                try database.rowID(.enrollment, mark.enrollmentID), try database.rowID(.session, mark.sessionID), Self.code(mark.status),
                mark.note, try database.actorID(mark.markedBy), mark.markedAt.storedSeconds,
            ])
    }

    /// Inserts many new marks by one person at one time, as an import does: the connection's
    /// bulk appender stores them (SQLite: batched inserts; PostgreSQL: `COPY`), and the row
    /// ids of an event's enrolments and sessions are read together the first time one of them
    /// is seen, so a mark is a row of integers.
    ///
    /// Files are grouped by event, so the few events seen last are kept (searched in place:
    /// twenty-odd ids compare faster than they hash) and older ones forgotten; a map of every
    /// enrolment of a two-million-mark file held 40 MB.
    package final class Inserter: AttendanceInserter {
        private let database: Connection
        private let appender: any RowAppender
        private let markedBy: SQLValue
        private let markedAt: SQLValue
        /// The row ids of the enrolments and sessions of recent events, the latest first.
        private var recent: [(enrollments: [(Key, Int64)], sessions: [(Key, Int64)])] = []
        /// An id as two words: compared in two instructions, where `UUID`'s `==` compares bytes.
        private struct Key: Equatable {
            let high: UInt64
            let low: UInt64
            init(_ id: UUID) {
                (high, low) = withUnsafeBytes(of: id.uuid) { ($0.loadUnaligned(as: UInt64.self), $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) }
            }
        }
        private static var remembered: Int { 8 }

        init(database: Connection, markedBy: Int, markedAt: Int64) throws {
            self.database = database
            appender = try database.appender(
                into: "attendance", columns: ["enrollment_id", "session_id", "status", "note", "marked_by", "marked_at"])
            self.markedBy = .integer(Int64(markedBy))
            self.markedAt = .integer(markedAt)
        }

        package func insert(enrollment: UUID, session: UUID, status: AttendanceMark.Status, note: String?) throws {
            let (enrollmentKey, sessionKey) = try keys(enrollment, session)
            try appender.append([
                .integer(enrollmentKey), .integer(sessionKey), .integer(Int64(AttendanceCode.code(status))), note.map(SQLValue.text) ?? .null,
                markedBy, markedAt,
            ])
        }

        /// Inserts the marks still held back.
        package func finish() throws { try appender.finish() }

        private func keys(_ enrollmentID: UUID, _ sessionID: UUID) throws -> (Int64, Int64) {
            let (enrollment, session) = (Key(enrollmentID), Key(sessionID))
            if let event = recent.first, let keys = Self.find(enrollment, session, in: event) { return keys }
            if let index = recent.indices.dropFirst().first(where: { Self.find(enrollment, session, in: recent[$0]) != nil }) {
                recent.insert(recent.remove(at: index), at: 0)
            } else {
                try load(eventOf: enrollmentID)
            }
            if let event = recent.first, let keys = Self.find(enrollment, session, in: event) { return keys }
            // A session of another event than the enrolment's: the domain never asks, and the
            // foreign key refuses it if it is asked.
            guard let enrollmentKey = try database.rowID(.enrollment, enrollmentID), let sessionKey = try database.rowID(.session, sessionID)
            else { throw StoreError(code: 19, extendedCode: 787, message: "FOREIGN KEY constraint failed") }
            return (Int64(enrollmentKey), Int64(sessionKey))
        }

        private static func find(_ enrollment: Key, _ session: Key, in event: (enrollments: [(Key, Int64)], sessions: [(Key, Int64)])) -> (Int64, Int64)? {
            guard let enrollmentKey = event.enrollments.first(where: { $0.0 == enrollment })?.1,
                let sessionKey = event.sessions.first(where: { $0.0 == session })?.1
            else { return nil }
            return (enrollmentKey, sessionKey)
        }

        /// Reads the row ids of every enrolment and session of the enrolment's event, in one query.
        private func load(eventOf enrollment: UUID) throws {
            var event: (enrollments: [(Key, Int64)], sessions: [(Key, Int64)]) = ([], [])
            try database.forEachStep(
                """
                WITH ev AS (SELECT event_id AS id FROM enrollment WHERE uuid = ?)
                SELECT 0, n.uuid, n.id FROM ev JOIN enrollment AS n ON n.event_id = ev.id
                UNION ALL SELECT 1, s.uuid, s.id FROM ev JOIN training_session AS s ON s.event_id = ev.id
                """, [enrollment]
            ) { row in
                guard case .success(let uuid)? = row.storedUUID(1), let key = row.integer(2) else { return }
                if row.integer(0) == 0 { event.enrollments.append((Key(uuid), Int64(key))) } else { event.sessions.append((Key(uuid), Int64(key))) }
            }
            guard !event.enrollments.isEmpty else { throw StoreError(code: 19, extendedCode: 787, message: "FOREIGN KEY constraint failed") }
            recent.insert(event, at: 0)
            if recent.count > Self.remembered { recent.removeLast() }
        }
    }

    package func inserter(markedBy: String, markedAt: Date) throws -> any AttendanceInserter {
        try Inserter(database: database, markedBy: try database.actorID(markedBy), markedAt: markedAt.storedSeconds)
    }

    package func update(_ mark: AttendanceMark) throws {
        try database.execute(
            """
            UPDATE attendance SET status = ?, note = ?, marked_by = ?, marked_at = ?
            WHERE enrollment_id = (SELECT id FROM enrollment WHERE uuid = ?) AND session_id = (SELECT id FROM training_session WHERE uuid = ?)
            """,
            [
                Self.code(mark.status), mark.note, try database.actorID(mark.markedBy), mark.markedAt.storedSeconds, mark.enrollmentID,
                mark.sessionID,
            ])
    }

    package func delete(_ mark: AttendanceMark) throws {
        try database.execute(
            """
            DELETE FROM attendance
            WHERE enrollment_id = (SELECT id FROM enrollment WHERE uuid = ?) AND session_id = (SELECT id FROM training_session WHERE uuid = ?)
            """, [mark.enrollmentID, mark.sessionID])
    }

    /// Every mark of an event's sessions, keyed by enrollment and session.
    package func marks(of eventID: UUID) throws -> [UUID: [UUID: AttendanceMark]] {
        var result: [UUID: [UUID: AttendanceMark]] = [:]
        try database.forEachRow("\(Self.select) WHERE s.event_id = (SELECT id FROM training_event WHERE uuid = ?)", [eventID]) { row in
            let mark = try mark(from: row)
            result[mark.enrollmentID, default: [:]][mark.sessionID] = mark
        }
        return result
    }

    package func mark(from row: Row) throws -> AttendanceMark {
        let stored = row.stored("attendance")
        let code = try stored.int("status")
        guard let status = AttendanceMark.Status.allCases.first(where: { Self.code($0) == code }) else {
            throw DamagedValue(table: "attendance", column: "status", row: "?", value: String(code), expected: "0 to 3")
        }
        return AttendanceMark(
            enrollmentID: try stored.uuid("enrollment_id"), sessionID: try stored.uuid("session_id"), status: status,
            note: stored.optionalText("note"), markedBy: try stored.text("marked_by"),
            markedAt: try stored.instant("marked_at"))
    }
}
