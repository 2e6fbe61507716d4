import CadreModel
import CadreStore
import CadreStorePostgres
import Foundation

/// The CLI's one door to the storage implementations: every other file of the CLI sees only
/// ``CadreModel/Store``. A file path means SQLite (a centre's laptop, the demo, the tests); a
/// PostgreSQL connection string or URI (``isServer(_:)``) means the ministry's server. Backup,
/// restore and the health check work on the SQLite file itself, so they are here too.
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
        if isServer(path) { return try PostgresStore.open(path, opening == .create ? .create : .existing) }
        return try Database.open(at: path, mode: opening == .create ? .create : .existing) { pending in
            // Migrations that only add tables rewrite nothing and need no word.
            guard pending.records > 0 else { return }
            notice?(
                "note: '\(pending.path)' was made by an earlier Cadre (schema \(pending.fromVersion)); upgrading it to schema "
                    + "\(pending.toVersion) rewrites \(pending.records) records in one transaction (all or nothing). "
                    + "'cadre backup FILE' copies a database without upgrading it: run it before a new Cadre first opens an old file.\n")
        }
    }

    /// Whether `location` names a PostgreSQL server rather than a file: a `postgresql://` or
    /// `postgres://` URI, or libpq's `key=value` form naming a host, database or service
    /// (`host=/run/postgresql dbname=cadre`).
    static func isServer(_ location: String) -> Bool {
        if location.hasPrefix("postgresql://") || location.hasPrefix("postgres://") { return true }
        let words = location.split(separator: " ")
        return !words.isEmpty && words.allSatisfy { $0.contains("=") }
            && words.contains { ["host", "hostaddr", "dbname", "service"].contains($0.split(separator: "=").first.map(String.init) ?? "") }
    }

    /// Copies the database at `path` to `destination` with SQLite's online backup, even while
    /// others are writing; the copy is created 0600. An older file is copied as it is, not upgraded.
    static func backup(databaseAt path: String, to destination: String, overwrite: Bool) throws {
        if isServer(path) { throw ServerRefusal(command: "backup", reason: "back up a PostgreSQL database with pg_dump, or copy it into a file with 'cadre copy'") }
        try Database.backup(databaseAt: path, to: destination, overwrite: overwrite)
    }

    /// Replaces the database at `path` (made if missing) with `source`, after checking the
    /// backup is healthy: nothing is created or changed when it is not.
    static func restore(databaseAt path: String, exists: Bool, from source: String) throws {
        if isServer(path) { throw ServerRefusal(command: "restore", reason: "restore a PostgreSQL database with pg_restore, or copy a file into it with 'cadre copy'") }
        try Database.checkRestorable(source)
        let database = try Database.open(at: path, mode: exists ? .existing : .create)
        defer { database.close() }
        try database.restore(from: source)
    }

    /// Whether the write-ahead log beside `path` has grown past the size at which closing a
    /// connection checkpoints it: the server then closes connections instead of keeping them.
    static func needsCheckpoint(_ path: String) -> Bool {
        guard !isServer(path) else { return false }
        let size = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber)?.intValue ?? 0
        return size > Database.checkpointThreshold
    }

    /// Copies every record from one engine's database to the other's (`cadre copy`); one of
    /// the two is a server (``isServer(_:)``), the other a file.
    static func copy(from source: String, to target: String, progress: (String) -> Void) throws -> DatabaseCopy.Summary {
        isServer(source)
            ? try DatabaseCopy.copy(server: source, toFile: target, progress: progress)
            : try DatabaseCopy.copy(file: source, toServer: target, progress: progress)
    }

    /// The health check behind `cadre doctor`.
    static func inspect(databaseAt path: String) throws -> Database.HealthReport {
        isServer(path) ? try PostgresHealth.inspect(path) : try Database.inspect(path)
    }

    /// A command that works on an SQLite file, given a server.
    struct ServerRefusal: CadreError {
        let command: String
        let reason: String
        var category: ErrorCategory { .invalidInput }
        var description: String { "'cadre \(command)' works on a database file: \(reason)" }
    }
}
