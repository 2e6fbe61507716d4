public import CadreModel
public import Foundation

/// Queries for signed-in browsers (migration 010).
package struct WebSessionStore<Connection: SQLConnection>: WebSessionStorage {
    package let database: Connection

    package init(_ database: Connection) { self.database = database }

    package func insert(_ session: WebSession) throws {
        try database.execute(
            "INSERT INTO web_session (token_hash, user_id, csrf_token, created_at, last_seen) VALUES (?, ?, ?, ?, ?)",
            [
                SQLValue.blob(session.tokenHash), try database.rowID(.user, session.userID), session.csrfToken,
                session.createdAt.storedSeconds, session.lastSeen.storedSeconds,
            ])
    }

    package func session(tokenHash: [UInt8]) throws -> WebSession? {
        try database.row(
            """
            SELECT s.token_hash, u.uuid AS user_id, s.csrf_token, s.created_at, s.last_seen
            FROM web_session AS s JOIN app_user AS u ON u.id = s.user_id WHERE s.token_hash = ?
            """, [SQLValue.blob(tokenHash)]
        ).map { row in
            let stored = row.stored("web_session")
            return WebSession(
                tokenHash: tokenHash, userID: try stored.uuid("user_id"), csrfToken: try stored.text("csrf_token"),
                createdAt: try stored.instant("created_at"),
                lastSeen: try stored.instant("last_seen"))
        }
    }

    package func touch(tokenHash: [UInt8], at date: Date) throws {
        try database.execute("UPDATE web_session SET last_seen = ? WHERE token_hash = ?", [date.storedSeconds, SQLValue.blob(tokenHash)])
    }

    package func delete(tokenHash: [UInt8]) throws {
        try database.execute("DELETE FROM web_session WHERE token_hash = ?", [SQLValue.blob(tokenHash)])
    }

    package func deleteAll(userID: UUID) throws {
        try database.execute("DELETE FROM web_session WHERE user_id = (SELECT id FROM app_user WHERE uuid = ?)", [userID])
    }
}
