import CSQLite
public import CadreModel
import Foundation

/// Backups, restores and health checks.
extension Database {
    /// Copies the whole database into a new file with SQLite's online backup API: a consistent
    /// snapshot even while other processes write. The file is created 0600; an existing file is
    /// replaced (atomically) only when `overwrite`.
    public func backup(to destination: String, overwrite: Bool) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: destination) && !overwrite {
            throw DatabaseError.alreadyExists(path: destination)
        }
        let temporary = destination + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        try? manager.removeItem(atPath: temporary)
        guard manager.createFile(atPath: temporary, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw StoreError(code: SQLITE_CANTOPEN, message: "cannot create '\(destination)'")
        }
        do {
            var target: OpaquePointer?
            guard sqlite3_open_v2(temporary, &target, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK, let target else {
                sqlite3_close_v2(target)
                throw StoreError(code: SQLITE_CANTOPEN, message: "cannot open '\(temporary)'")
            }
            defer { sqlite3_close_v2(target) }
            try copy(from: handle, to: target, describing: destination)
            // The copy keeps the WAL journal mode; make the backup a single self-contained file.
            sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nil, nil, nil)
        } catch {
            try? manager.removeItem(atPath: temporary)
            throw error
        }
        guard rename(temporary, destination) == 0 else {
            try? manager.removeItem(atPath: temporary)
            throw StoreError(code: SQLITE_CANTOPEN, message: "cannot write '\(destination)': \(String(cString: strerror(errno)))")
        }
    }

    /// Copies the database at `path` as it is — without upgrading it, so that a copy taken
    /// before a new version first opens an old file is the old file (see ``backup(to:overwrite:)``).
    public static func backup(databaseAt path: String, to destination: String, overwrite: Bool) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw DatabaseError.missing(path: path) }
        let source = try Database(path: path, readOnly: true)
        // Read-only: closing must not try to checkpoint.
        source.readOnlyReason = "opened for a backup"
        defer { source.close() }
        try source.checkIdentity(isNew: false, supportedVersion: Schema.migrations.count)
        try source.backup(to: destination, overwrite: overwrite)
    }

    /// Replaces this database's content with a backup's, after checking the backup is a healthy
    /// Cadre database this version can open. Other connections see the restored content.
    public func restore(from source: String, migrations: [Migration] = Schema.migrations) throws {
        try Self.checkRestorable(source, migrations: migrations)
        var backup: OpaquePointer?
        guard sqlite3_open_v2(Self.readOnlyURI(source), &backup, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nil) == SQLITE_OK, let backup else {
            sqlite3_close_v2(backup)
            throw StoreError(code: SQLITE_CANTOPEN, message: "cannot open '\(source)'")
        }
        defer { sqlite3_close_v2(backup) }
        try copy(from: backup, to: handle, describing: path)
        statements.removeAll()
        try Migrator(migrations: migrations).migrate(self)
    }

    /// Refuses a backup that is not a healthy Cadre database this version can open — before
    /// anything is created or changed, so a refused restore leaves no trace.
    public static func checkRestorable(_ source: String, migrations: [Migration] = Schema.migrations) throws {
        try requireFile(source)
        var report = try inspect(source, supported: migrations.count)
        // A backup on read-only media is fine to restore from.
        report.problems.removeAll { $0.hasPrefix(notWritablePrefix) }
        guard report.problems.isEmpty else { throw RestoreRefused(path: source, problems: report.problems) }
    }

    private func copy(from source: OpaquePointer, to target: OpaquePointer, describing name: String) throws {
        guard let backup = sqlite3_backup_init(target, "main", source, "main") else {
            throw StoreError(code: sqlite3_errcode(target), message: String(cString: sqlite3_errmsg(target)) + " ('\(name)')")
        }
        var code: Int32
        repeat {
            code = sqlite3_backup_step(backup, -1)
            if code == SQLITE_BUSY || code == SQLITE_LOCKED { sqlite3_sleep(50) }
        } while code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED
        let finish = sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE, finish == SQLITE_OK else {
            throw StoreError(code: finish == SQLITE_OK ? code : finish, message: String(cString: sqlite3_errmsg(target)) + " ('\(name)')")
        }
    }

    /// What `doctor` and `restore` find wrong with a database file, opened read-only.
    public struct HealthReport: Sendable, Codable {
        public var schemaVersion: Int = 0
        public var problems: [String] = []
        public var warnings: [String] = []
        /// The database server and its version, for a server's database (PostgreSQL).
        public var server: String?

        public init() {}
    }

    public struct RestoreRefused: CadreError {
        public let path: String
        public let problems: [String]
        public var category: ErrorCategory { .invalidInput }
        /// One line for one problem; a list under the line when there are several.
        public var description: String {
            ProblemList.message(
                problems.count == 1 ? ["'\(path)' is not a healthy Cadre database (\(problems[0]))"] : problems,
                summary: "'\(path)' is not a healthy Cadre database", outcome: "nothing was restored")
        }
    }

    /// Checks a database file without changing it: identity, schema version, integrity, foreign
    /// keys, inconsistent records and file permissions.
    public static func inspect(_ path: String, supported: Int = Schema.migrations.count) throws -> HealthReport {
        var report = HealthReport()
        guard FileManager.default.fileExists(atPath: path) else { throw DatabaseError.missing(path: path) }
        try requireFile(path)
        var connection: OpaquePointer?
        guard sqlite3_open_v2(readOnlyURI(path), &connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nil) == SQLITE_OK, let connection else {
            sqlite3_close_v2(connection)
            report.problems.append("cannot be opened")
            return report
        }
        defer { sqlite3_close_v2(connection) }
        func values(_ sql: String) -> [String]? {
            var statement: OpaquePointer?
            guard sqlite3_prepare_v2(connection, sql, -1, &statement, nil) == SQLITE_OK else {
                sqlite3_finalize(statement)
                return nil
            }
            defer { sqlite3_finalize(statement) }
            var result: [String] = []
            while sqlite3_step(statement) == SQLITE_ROW {
                result.append((0..<sqlite3_column_count(statement)).map { column in
                    sqlite3_column_text(statement, column).map { String(cString: $0) } ?? "NULL"
                }.joined(separator: " "))
            }
            return result
        }
        guard let applicationID = values("PRAGMA application_id")?.first.flatMap({ Int($0) }) else {
            report.problems.append(hasSQLiteHeader(path)
                ? "is damaged (part of the file is missing or overwritten); restore it from a backup with 'cadre restore BACKUP'"
                : "is not an SQLite database")
            return report
        }
        guard applicationID == Int(applicationID32) else {
            report.problems.append("is not a Cadre database")
            return report
        }
        report.schemaVersion = values("PRAGMA user_version")?.first.flatMap { Int($0) } ?? 0
        if report.schemaVersion > supported {
            report.problems.append("was made by a newer Cadre (schema \(report.schemaVersion), this one knows \(supported))")
        }
        let integrity = values("PRAGMA integrity_check") ?? ["integrity check failed to run"]
        if integrity != ["ok"] { report.problems += integrity.prefix(20).map { "integrity: \($0)" } }
        let foreign = values("PRAGMA foreign_key_check") ?? []
        report.problems += foreign.prefix(20).map { "foreign key: \($0)" }
        for (sql, problem) in consistencyChecks {
            if let count = values(sql)?.first.flatMap({ Int($0) }), count > 0 { report.problems.append("\(count) \(problem)") }
        }
        if let reason = whyNotWritable(path) { report.problems.append("\(notWritablePrefix)\(reason); Cadre can read it but not record anything") }
        for suffix in ["", "-wal", "-shm"] {
            let file = path + suffix
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: file),
                let permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue
            else { continue }
            if permissions & 0o077 != 0 {
                report.warnings.append("\(file) is readable by others (permissions \(String(permissions, radix: 8))); run chmod 600")
            }
        }
        return report
    }

    /// Records that break a rule no constraint states, as counts: the same SQL on both engines,
    /// so `doctor` asks PostgreSQL the same questions.
    package static let consistencyChecks: [(sql: String, problem: String)] = [
        ("SELECT count(*) FROM attendance AS a JOIN enrollment AS e ON e.id = a.enrollment_id JOIN training_session AS s ON s.id = a.session_id WHERE s.event_id <> e.event_id",
         "attendance marks for a session of another event"),
        ("SELECT count(*) FROM certificate WHERE superseded_by_id = id", "certificates superseded by themselves"),
        ("SELECT count(*) FROM trainee WHERE merged_into_id = id", "trainees merged into themselves"),
        ("SELECT count(*) FROM enrollment AS e JOIN trainee AS t ON t.id = e.trainee_id WHERE t.merged_into_id IS NOT NULL",
         "enrollments still on a merged duplicate"),
        ("SELECT count(*) FROM trainee WHERE erased_at IS NOT NULL AND (full_name IS NOT NULL OR email IS NOT NULL OR phone IS NOT NULL OR national_id IS NOT NULL)",
         "erased trainees that still hold personal data"),
    ]

    package static let applicationID32 = applicationID
    package static let notWritablePrefix = "not writable: "
}
