import CadreModel
import CadreStore
import Foundation

/// The CLI's one door to the storage implementation: every other file of the CLI sees only
/// ``CadreModel/Store``. Cadre keeps its records in SQLite; a second implementation
/// (PostgreSQL for a ministry-wide server) would be chosen here, and the commands would not
/// change. Backup, restore and the health check work on the SQLite file itself, so they are
/// here too.
enum StoreAccess {
    /// Whether opening expects a database or makes one.
    enum Opening {
        /// The file must exist and be a Cadre database.
        case existing
        /// The file must not exist; it is created with permissions 0600.
        case create
    }

    /// The database at `path`, migrated to the current schema. `notice` hears, before it
    /// starts, that an older file is being upgraded and how to keep a copy of such files.
    static func open(at path: String, _ opening: Opening = .existing, notice: ((String) -> Void)? = nil) throws -> any Store {
        try Database.open(at: path, mode: opening == .create ? .create : .existing) { pending in
            // Migrations that only add tables rewrite nothing and need no word.
            guard pending.records > 0 else { return }
            notice?(
                "note: '\(pending.path)' was made by an earlier Cadre (schema \(pending.fromVersion)); upgrading it to schema "
                    + "\(pending.toVersion) rewrites \(pending.records) records in one transaction (all or nothing). "
                    + "'cadre backup FILE' copies a database without upgrading it: run it before a new Cadre first opens an old file.\n")
        }
    }

    /// Copies the database at `path` to `destination` with SQLite's online backup, even while
    /// others are writing; the copy is created 0600. An older file is copied as it is, not upgraded.
    static func backup(databaseAt path: String, to destination: String, overwrite: Bool) throws {
        try Database.backup(databaseAt: path, to: destination, overwrite: overwrite)
    }

    /// Replaces the database at `path` (made if missing) with `source`, after checking the
    /// backup is healthy: nothing is created or changed when it is not.
    static func restore(databaseAt path: String, exists: Bool, from source: String) throws {
        try Database.checkRestorable(source)
        let database = try Database.open(at: path, mode: exists ? .existing : .create)
        defer { database.close() }
        try database.restore(from: source)
    }

    /// Whether the write-ahead log beside `path` has grown past the size at which closing a
    /// connection checkpoints it: the server then closes connections instead of keeping them.
    static func needsCheckpoint(_ path: String) -> Bool {
        let size = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber)?.intValue ?? 0
        return size > Database.checkpointThreshold
    }

    /// The health check behind `cadre doctor`.
    static func inspect(databaseAt path: String) throws -> Database.HealthReport {
        try Database.inspect(path)
    }
}
