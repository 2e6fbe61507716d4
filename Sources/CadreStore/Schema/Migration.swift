import CadreModel
import Foundation

/// One named, ordered change to the schema. Applied once, in order, and recorded in the
/// database (`cadre_migration` plus `PRAGMA user_version`), so every database knows exactly
/// which changes it has.
public struct Migration: Sendable {
    public let name: String
    /// The tables whose every row the migration rewrites, for the notice before it runs.
    public let rewrites: [String]
    package let apply: @Sendable (Database) throws -> Void

    public init(_ name: String, rewrites: [String] = [], apply: @escaping @Sendable (Database) throws -> Void) {
        self.name = name
        self.rewrites = rewrites
        self.apply = apply
    }

    /// A migration that is plain DDL.
    public init(_ name: String, sql: String) {
        self.init(name) { try $0.executeScript(sql) }
    }
}

/// Applies the migrations a database does not have yet, each in its own transaction.
package struct Migrator {
    package let migrations: [Migration]

    /// Whether every migration is applied already (read without writing anything).
    package func isUpToDate(_ database: Database) throws -> Bool {
        guard try database.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'cadre_migration'").intValue == 1 else { return false }
        let applied = Set(try database.rows("SELECT name FROM cadre_migration").compactMap { $0.string(at: 0) })
        return Set(migrations.map(\.name)).isSubset(of: applied)
    }

    /// What opening will upgrade, before it does: nil when nothing is pending or the file is new.
    package func pendingUpgrade(_ database: Database) throws -> Database.PendingUpgrade? {
        guard try database.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'cadre_migration'").intValue == 1 else { return nil }
        let applied = Set(try database.rows("SELECT name FROM cadre_migration").compactMap { $0.string(at: 0) })
        let pending = migrations.filter { !applied.contains($0.name) }
        guard !pending.isEmpty else { return nil }
        var records = 0
        for table in Set(pending.flatMap(\.rewrites)) {
            // Names from the migrations' own lists, never from users.
            records += try database.scalar("SELECT count(*) FROM \"\(table)\"").intValue ?? 0
        }
        return Database.PendingUpgrade(
            path: database.path, fromVersion: applied.count, toVersion: migrations.count, migrations: pending.map(\.name), records: records)
    }

    package func migrate(_ database: Database) throws {
        try database.executeScript("""
            CREATE TABLE IF NOT EXISTS cadre_migration (
                position INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                applied_at TEXT NOT NULL
            )
            """)
        let applied = Set(try database.rows("SELECT name FROM cadre_migration").compactMap { $0.string(at: 0) })
        let known = Set(migrations.map(\.name))
        if !applied.isSubset(of: known) {
            throw DatabaseError.newerSchema(path: database.path, found: applied.count, supported: migrations.count)
        }
        for (index, migration) in migrations.enumerated() where !applied.contains(migration.name) {
            try database.write { database in
                do {
                    try migration.apply(database)
                } catch let error as StoreError {
                    throw DatabaseError.upgradeRefused(path: database.path, migration: migration.name, reason: error.message)
                }
                try database.execute(
                    "INSERT INTO cadre_migration (position, name, applied_at) VALUES (?, ?, ?)",
                    [index + 1, migration.name, Timestamp.string(from: Date())])
                // PRAGMA arguments cannot be bound; both values are integers we computed.
                try database.executeScript("PRAGMA user_version = \(index + 1)")
                try database.executeScript("PRAGMA application_id = \(Database.applicationID)")
            }
        }
    }
}
