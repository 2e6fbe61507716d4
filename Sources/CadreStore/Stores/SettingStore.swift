public import CadreModel
/// Database-wide settings chosen at `cadre init`, such as the default page language.
public struct SettingStore: SettingStorage {
    package let database: Database

    public init(_ database: Database) { self.database = database }

    public func value(_ key: String) throws -> String? {
        try database.scalar("SELECT value FROM setting WHERE key = ?", [key]).stringValue
    }

    /// Forgets a setting, so its default applies again.
    public func remove(_ key: String) throws {
        try database.execute("DELETE FROM setting WHERE key = ?", [key])
    }

    public func set(_ key: String, to value: String) throws {
        try database.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value])
    }
}
