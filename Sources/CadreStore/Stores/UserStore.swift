public import CadreModel
public import Foundation

/// Queries for the web application's users (migration 009).
package struct UserStore<Connection: SQLConnection>: UserStorage {
    package let database: Connection

    package init(_ database: Connection) { self.database = database }

    private static var select: String {
        """
        SELECT u.uuid AS id, u.login, u.role, c.uuid AS centre_id, u.password_hash, u.disabled_at, u.created_at, u.language, t.uuid AS trainer_id
        FROM app_user AS u LEFT JOIN centre AS c ON c.id = u.centre_id LEFT JOIN trainer AS t ON t.id = u.trainer_id
        """
    }

    package func insert(_ user: User) throws {
        try database.execute(
            """
            INSERT INTO app_user (uuid, login, role, centre_id, password_hash, disabled_at, created_at, language, trainer_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                user.id, user.login, user.role.rawValue, try database.rowID(.centre, user.centreID), user.passwordHash,
                user.disabledAt.map(Timestamp.string(from:)), Timestamp.string(from: user.createdAt), user.language?.rawValue,
                try database.rowID(.trainer, user.trainerID),
            ])
    }

    package func update(_ user: User) throws {
        try database.execute(
            "UPDATE app_user SET role = ?, centre_id = ?, password_hash = ?, disabled_at = ?, language = ?, trainer_id = ? WHERE uuid = ?",
            [
                user.role.rawValue, try database.rowID(.centre, user.centreID), user.passwordHash, user.disabledAt.map(Timestamp.string(from:)),
                user.language?.rawValue, try database.rowID(.trainer, user.trainerID), user.id,
            ])
    }

    package func user(login: String) throws -> User? {
        try database.row("\(Self.select) WHERE u.login = ?", [login]).map(user(from:))
    }

    package func user(id: UUID) throws -> User? {
        try database.row("\(Self.select) WHERE u.uuid = ?", [id]).map(user(from:))
    }

    package func all() throws -> [User] {
        try database.rows("\(Self.select) ORDER BY u.login").map(user(from:))
    }

    private func user(from row: Row) throws -> User {
        let stored = row.stored("app_user")
        return User(
            id: try stored.uuid("id"), login: try stored.text("login"), role: try stored.value("role", as: User.Role.self),
            centreID: try stored.optionalUUID("centre_id"), passwordHash: try stored.text("password_hash"),
            disabledAt: try stored.optionalTimestamp("disabled_at"), createdAt: try stored.timestamp("created_at"),
            language: try stored.optionalText("language").map { _ in try stored.value("language", as: Language.self) },
            trainerID: try stored.optionalUUID("trainer_id"))
    }
}
