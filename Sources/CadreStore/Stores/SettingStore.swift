public import CadreModel
/// Database-wide settings chosen at `cadre init`, such as the default page language. The
/// same SQL on either engine (``SQLConnection``).
package struct SettingStore<Connection: SQLConnection>: SettingStorage {
    package let database: Connection

    package init(_ database: Connection) { self.database = database }

    package func value(_ key: String) throws -> String? {
        try database.scalar("SELECT value FROM setting WHERE key = ?", [key]).stringValue
    }

    /// Forgets a setting, so its default applies again.
    package func remove(_ key: String) throws {
        try database.execute("DELETE FROM setting WHERE key = ?", [key])
    }

    package func set(_ key: String, to value: String) throws {
        try database.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value])
    }
}
