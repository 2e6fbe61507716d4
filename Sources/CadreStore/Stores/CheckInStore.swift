public import CadreModel
public import Foundation

/// Queries for self check-ins (migration 011).
package struct CheckInStore<Connection: SQLConnection>: CheckInStorage {
    package let database: Connection

    package init(_ database: Connection) { self.database = database }

    package func insertIfAbsent(_ checkIn: CheckIn) throws -> (checkIn: CheckIn, inserted: Bool) {
        let session = try database.rowID(.session, checkIn.sessionID)
        let trainee = try database.rowID(.trainee, checkIn.traineeID)
        try database.execute(
            "INSERT INTO check_in (session_id, trainee_id, status, walk_in, at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [session, trainee, checkIn.status.rawValue, checkIn.isWalkIn ? 1 : 0, checkIn.at.storedSeconds])
        let inserted = database.changes == 1
        return (try checkIns(where: "c.session_id = ? AND c.trainee_id = ?", [session, trainee]).first ?? checkIn, inserted)
    }

    package func checkIns(session sessionID: UUID) throws -> [CheckIn] {
        try checkIns(where: "c.session_id = (SELECT id FROM training_session WHERE uuid = ?)", [sessionID])
    }

    package func setStatus(_ status: CheckIn.Status, session sessionID: UUID, trainee traineeID: UUID) throws {
        try database.execute(
            """
            UPDATE check_in SET status = ? WHERE session_id = (SELECT id FROM training_session WHERE uuid = ?)
            AND trainee_id = (SELECT id FROM trainee WHERE uuid = ?)
            """, [status.rawValue, sessionID, traineeID])
    }

    private func checkIns(where condition: String, _ parameters: [any SQLBindable]) throws -> [CheckIn] {
        try database.rows(
            """
            SELECT s.uuid AS session_id, t.uuid AS trainee_id, c.status, c.walk_in, c.at FROM check_in AS c
            JOIN training_session AS s ON s.id = c.session_id JOIN trainee AS t ON t.id = c.trainee_id
            WHERE \(condition) ORDER BY c.at, t.ref
            """, parameters
        ).map { row in
            let stored = row.stored("check_in")
            // The column's CHECK keeps it to 0–2; anything else reads as pending, never as confirmed.
            let status = CheckIn.Status(rawValue: try stored.int("status")) ?? .pending
            return CheckIn(
                sessionID: try stored.uuid("session_id"), traineeID: try stored.uuid("trainee_id"), status: status,
                isWalkIn: try stored.int("walk_in") == 1, at: try stored.instant("at"))
        }
    }
}
