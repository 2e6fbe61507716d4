import CadreModel
import CadreStore
public import Foundation

/// PostgreSQL's migrations, in order, and the one way they are applied: inside one
/// transaction, holding an advisory lock, so that two `cadre serve` starting at once against
/// one database do not both migrate it (the second waits, then finds nothing to do).
public enum PostgresMigrations {
    /// Append new ones at the end; never edit or reorder one that has shipped.
    public static let all: [(name: String, sql: String)] = [
        ("001-domain", PostgresSchema.domain + "\n" + ReferenceDataSeed.sql + "\n" + HolidaySeed.rules),
        ("002-questionnaires", PostgresSchema.questionnaires),
        ("003-feedback", PostgresSchema.feedback),
        ("004-follow-up-links", PostgresSchema.followUpLinks),
        ("005-user-trainer", "ALTER TABLE app_user ADD COLUMN trainer_id bigint REFERENCES trainer (id) DEFERRABLE;"),
    ]

    /// `hashtext('cadre-migrations')`, fixed: the advisory lock every Cadre migrating a
    /// database takes.
    static let lockKey = 0x0CAD_2E33

    /// Brings the database `connection` reaches up to date; returns how many migrations ran.
    /// A database of a newer Cadre is refused, untouched.
    @discardableResult
    public static func migrate(_ connection: PostgresConnection, now: Date = Date()) throws -> Int {
        try connection.transaction { db in
            try db.execute("SELECT pg_advisory_xact_lock(?)", [lockKey])
            try db.execute(
                "CREATE TABLE IF NOT EXISTS cadre_migration (position bigint PRIMARY KEY, name text COLLATE \"C\" NOT NULL UNIQUE, applied_at text NOT NULL)")
            let applied = try db.rows("SELECT position, name FROM cadre_migration ORDER BY position").map { ($0.int(at: 0) ?? 0, $0.string(at: 1) ?? "") }
            if let newest = applied.last?.0, newest > all.count {
                throw PostgresError(
                    sqlState: "CADRE", message: "the database was made by a newer Cadre (schema \(newest); this one knows \(all.count))", sql: nil)
            }
            for (index, migration) in all.enumerated() where index >= applied.count {
                try db.executeScript(migration.sql)
                try db.execute(
                    "INSERT INTO cadre_migration (position, name, applied_at) VALUES (?, ?, ?)",
                    [index + 1, migration.name, Timestamp.string(from: now)])
            }
            return all.count - applied.count
        }
    }
}
