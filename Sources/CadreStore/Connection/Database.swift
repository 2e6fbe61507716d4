import CSQLite
import Foundation

/// The one connection to a Cadre database file, and the only door to SQLite.
///
/// Opening validates the file before touching it (a foreign, non-SQLite or newer file is
/// refused unchanged), then sets the pragmas Cadre relies on — WAL, `foreign_keys`,
/// `synchronous=FULL`, `secure_delete`, a busy timeout — and applies pending migrations.
/// Writes go through ``write(_:)``: one `BEGIN IMMEDIATE` transaction that commits when the
/// body returns and rolls back when it throws.
public final class Database {
    /// How long a writer waits for another process's lock before giving up.
    public static let busyTimeoutMilliseconds: Int32 = 10_000
    /// `PRAGMA application_id` of every Cadre database: "Cadr" in ASCII.
    public static let applicationID: Int32 = 0x4361_6472

    public enum OpenMode: Sendable {
        /// The file must exist and be a Cadre database.
        case existing
        /// The file must not exist; it is created with permissions 0600.
        case create
    }

    package let handle: OpaquePointer
    public let path: String
    package var statements: [String: Statement] = [:]
    private var transactionDepth = 0
    /// Shared by writers, exclusive for checkpoints (see ``CheckpointLock``); nil in memory.
    private var checkpointLock: CheckpointLock?
    /// Why this connection cannot write (the file or its folder is read-only), or nil. Reading
    /// commands work on such a database; writing ones are refused with this reason.
    public internal(set) var readOnlyReason: String?
    /// The WAL size past which closing a connection checkpoints it.
    public static let checkpointThreshold = 4 << 20

    /// A database made by an earlier Cadre, about to be upgraded.
    public struct PendingUpgrade: Sendable, Equatable {
        public let path: String
        public let fromVersion: Int
        public let toVersion: Int
        public let migrations: [String]
        /// How many stored records the upgrade rewrites.
        public let records: Int
    }

    /// Opens (or creates) the database at `path` and brings its schema up to date, telling
    /// `beforeUpgrade` first when an existing file is about to be upgraded.
    public static func open(
        at path: String, mode: OpenMode = .existing, migrations: [Migration] = Schema.migrations,
        beforeUpgrade: ((PendingUpgrade) -> Void)? = nil
    ) throws -> Database {
        let exists = FileManager.default.fileExists(atPath: path)
        switch mode {
        case .existing where !exists: throw DatabaseError.missing(path: path)
        case .create where exists: throw DatabaseError.alreadyExists(path: path)
        default: break
        }
        if exists { try requireFile(path) }
        if mode == .create { try createPrivateFile(at: path) }
        let readOnlyReason = mode == .existing ? Self.whyNotWritable(path) : nil
        let database = try Database(path: path, readOnly: readOnlyReason != nil)
        database.readOnlyReason = readOnlyReason
        do {
            try database.checkIdentity(isNew: mode == .create, supportedVersion: migrations.count)
            if let readOnlyReason {
                try database.configureReadOnly()
                guard try Migrator(migrations: migrations).isUpToDate(database) else {
                    throw DatabaseError.readOnly(path: path, reason: readOnlyReason + "; it must be upgraded by this version of Cadre first")
                }
            } else {
                try database.configure()
                let migrator = Migrator(migrations: migrations)
                if let beforeUpgrade, mode == .existing, let pending = try migrator.pendingUpgrade(database) { beforeUpgrade(pending) }
                try migrator.migrate(database)
            }
        } catch {
            database.close()
            if mode == .create { Self.removeFiles(at: path) }
            // SQLite's own words for a file it cannot read as a database stay out of a user's sight.
            if let failure = error as? StoreError, [SQLITE_CORRUPT, SQLITE_NOTADB].contains(failure.code & 0xFF) {
                throw hasSQLiteHeader(path) ? DatabaseError.damaged(path: path) : DatabaseError.notADatabase(path: path)
            }
            throw error
        }
        return database
    }

    /// Refuses a path that is not a regular file (a folder, a named pipe, a device) before
    /// SQLite is given it.
    static func requireFile(_ path: String) throws {
        var status = stat()
        guard stat(path, &status) == 0 else { return }
        let kind: String? = switch status.st_mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "is a folder"
        case S_IFIFO: "is a named pipe"
        case S_IFCHR, S_IFBLK: "is a device"
        default: "is not a regular file"
        }
        if let kind { throw DatabaseError.notAFile(path: path, kind: kind) }
    }

    /// Whether the file starts as every SQLite database does: then a failure to read it means
    /// damage, not a file of another kind.
    static func hasSQLiteHeader(_ path: String) -> Bool {
        let descriptor = Foundation.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return false }
        defer { Foundation.close(descriptor) }
        var header = [UInt8](repeating: 0, count: 16)
        let count = header.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, 16) }
        return count == 16 && header == Array("SQLite format 3\u{0}".utf8)
    }

    /// An in-memory database, for tests and dry runs.
    public static func inMemory(migrations: [Migration] = Schema.migrations) throws -> Database {
        let database = try Database(path: ":memory:")
        try database.configure()
        try Migrator(migrations: migrations).migrate(database)
        return database
    }

    /// SQLite's process-wide settings, made once before the first connection (see `shim.h`).
    private static let configured: Int32 = cadre_sqlite_disable_memory_statistics()

    init(path: String, readOnly: Bool = false) throws {
        _ = Self.configured
        var handle: OpaquePointer?
        let flags = readOnly
            ? SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
            : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        let code = sqlite3_open_v2(readOnly ? Self.readOnlyURI(path) : path, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(handle)
            throw StoreError(code: code, message: "\(message) ('\(path)')")
        }
        self.handle = handle
        self.path = path
        sqlite3_busy_timeout(handle, Self.busyTimeoutMilliseconds)
    }

    deinit { close() }

    private var isClosed = false

    /// Finalises cached statements and closes the connection. Safe to call twice.
    public func close() {
        guard !isClosed else { return }
        if readOnlyReason == nil, let size = try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber,
            size.intValue > Self.checkpointThreshold
        {
            // Without waiting: a reader holding an old snapshot (another program, a long
            // report) keeps the WAL from being truncated, and waiting out the busy timeout
            // made every command of every user take ten seconds longer while it read. The
            // next command to close tries again.
            sqlite3_busy_timeout(handle, 0)
            try? checkpoint()
        }
        isClosed = true
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Copies the WAL into the database file and truncates it, under the exclusive checkpoint
    /// lock so that no Cadre process is writing meanwhile.
    public func checkpoint() throws {
        checkpointLock?.lockExclusive()
        defer { checkpointLock?.unlock() }
        try executeScript("PRAGMA wal_checkpoint(TRUNCATE)")
    }

    // MARK: Identity and configuration

    func checkIdentity(isNew: Bool, supportedVersion: Int) throws {
        let applicationID: Int
        do {
            applicationID = try scalar("PRAGMA application_id").intValue ?? 0
        } catch let error as StoreError where error.code == SQLITE_NOTADB {
            throw DatabaseError.notADatabase(path: path)
        }
        if isNew { return }
        guard applicationID == Int(Self.applicationID) else {
            throw DatabaseError.foreignDatabase(path: path)
        }
        let version = try scalar("PRAGMA user_version").intValue ?? 0
        if version > supportedVersion {
            throw DatabaseError.newerSchema(path: path, found: version, supported: supportedVersion)
        }
    }

    /// Why the file at `path` cannot be written by this user, or nil when it can: the file
    /// itself read-only, or its folder, where SQLite must create its journal beside it.
    package static func whyNotWritable(_ path: String) -> String? {
        if access(path, W_OK) != 0 { return "the file is not writable" }
        let folder = folder(of: path)
        let journalsWritable = access(path + "-wal", W_OK) == 0 && access(path + "-shm", W_OK) == 0
        if access(folder, W_OK) != 0 && !journalsWritable {
            return "its folder '\(folder)' is not writable (SQLite keeps its journal beside the file)"
        }
        return nil
    }

    /// The folder a database file is in, where SQLite keeps its journal.
    private static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// A read-only SQLite URI for `path`. When the WAL's shared-memory file cannot be made (a
    /// read-only folder) the file is opened as immutable: nobody can be writing it then, since
    /// a writer would need that same folder.
    package static func readOnlyURI(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let escaped = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        let folder = folder(of: path)
        let immutable = access(folder, W_OK) != 0 && access(path + "-shm", R_OK) != 0
        return "file:\(escaped)?mode=ro" + (immutable ? "&immutable=1" : "")
    }

    /// The connection settings of a reader: nothing that writes to the file.
    private func configureReadOnly() throws {
        try execute("PRAGMA foreign_keys = ON")
        try execute("PRAGMA cache_size = -16384")
    }

    private func configure() throws {
        _ = try rows("PRAGMA journal_mode = WAL")
        // Checkpoints run only under the checkpoint lock, never automatically after a commit.
        _ = try rows("PRAGMA wal_autocheckpoint = 0")
        if path != ":memory:" { checkpointLock = CheckpointLock(databasePath: path) }
        try execute("PRAGMA foreign_keys = ON")
        try execute("PRAGMA synchronous = FULL")
        try execute("PRAGMA secure_delete = ON")
        // 16 MiB of page cache (the default is 2 MiB): million-row imports and reports revisit
        // index pages far more often than that holds, and re-reading them was a fifth of the time.
        try execute("PRAGMA cache_size = -16384")
    }

    private static func createPrivateFile(at path: String) throws {
        let descriptor = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: throw DatabaseError.noFolder(path: path)
            case EACCES, EPERM, EROFS: throw DatabaseError.readOnly(path: path, reason: "its folder is not writable (\(String(cString: strerror(errno))))")
            default: throw StoreError(code: SQLITE_CANTOPEN, message: "cannot create '\(path)': \(String(cString: strerror(errno)))")
            }
        }
        Foundation.close(descriptor)
    }

    private static func removeFiles(at path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }

    // MARK: Running statements

    package func error(code: Int32, sql: String?) -> StoreError {
        StoreError(
            code: code, extendedCode: sqlite3_extended_errcode(handle),
            message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }

    package func statement(_ sql: String) throws -> Statement {
        if let cached = statements[sql] { return cached }
        let statement = try Statement(connection: self, sql: sql)
        statements[sql] = statement
        return statement
    }

    /// Runs one statement to completion.
    public func execute(_ sql: String, _ parameters: [any SQLBindable] = []) throws {
        let statement = try statement(sql)
        try statement.bind(parameters)
        defer { statement.reset() }
        while try statement.step() {}
    }

    /// Runs several statements without parameters, e.g. a migration's DDL.
    public func executeScript(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        guard code == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(message)
            throw StoreError(code: code, extendedCode: sqlite3_extended_errcode(handle), message: text, sql: sql)
        }
    }

    /// Calls `body` for each row without collecting them, for results too large to hold.
    public func forEachRow(_ sql: String, _ parameters: [any SQLBindable] = [], _ body: (Row) throws -> Void) throws {
        let statement = try statement(sql)
        try statement.bind(parameters)
        defer { statement.reset() }
        while try statement.step() { try body(statement.currentRow()) }
    }

    /// Calls `body` with the statement standing on each row, to read columns in place
    /// (``Statement/string(at:)``) where a `Row` per row would cost
    /// more than the query.
    package func forEachStep(_ sql: String, _ parameters: [any SQLBindable] = [], _ body: (Statement) throws -> Void) throws {
        let statement = try statement(sql)
        try statement.bind(parameters)
        defer { statement.reset() }
        while try statement.step() { try body(statement) }
    }

    public func rows(_ sql: String, _ parameters: [any SQLBindable] = []) throws -> [Row] {
        var result: [Row] = []
        try forEachRow(sql, parameters) { result.append($0) }
        return result
    }

    public func row(_ sql: String, _ parameters: [any SQLBindable] = []) throws -> Row? {
        let statement = try statement(sql)
        try statement.bind(parameters)
        defer { statement.reset() }
        return try statement.step() ? statement.currentRow() : nil
    }

    /// The first column of the first row, or `.null` when there is no row.
    public func scalar(_ sql: String, _ parameters: [any SQLBindable] = []) throws -> SQLValue {
        try row(sql, parameters)?[0] ?? .null
    }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    // MARK: Transactions

    /// Runs `body` in one write transaction: all of it is stored, or — if it throws — none of it.
    ///
    /// The outermost call uses `BEGIN IMMEDIATE`, taking the write lock up front so that a
    /// read-then-write body cannot fail with SQLITE_BUSY halfway; nested calls use savepoints.
    public func write<Result>(_ body: (Database) throws -> Result) throws -> Result {
        if let readOnlyReason { throw DatabaseError.readOnly(path: path, reason: readOnlyReason) }
        return try transaction(begin: "BEGIN IMMEDIATE", body)
    }

    /// Runs `body` in one read transaction, so every query sees the same snapshot.
    public func read<Result>(_ body: (Database) throws -> Result) throws -> Result {
        try transaction(begin: "BEGIN DEFERRED", body)
    }

    private func transaction<Result>(begin: String, _ body: (Database) throws -> Result) throws -> Result {
        let depth = transactionDepth
        let savepoint = "cadre_\(depth)"
        let isWriter = depth == 0 && begin == "BEGIN IMMEDIATE"
        if isWriter { checkpointLock?.lockShared() }
        defer { if isWriter { checkpointLock?.unlock() } }
        try executeScript(depth == 0 ? begin : "SAVEPOINT \(savepoint)")
        transactionDepth = depth + 1
        defer { transactionDepth = depth }
        do {
            let result = try body(self)
            try executeScript(depth == 0 ? "COMMIT" : "RELEASE \(savepoint)")
            return result
        } catch {
            if depth == 0 {
                if isInTransaction { try? executeScript("ROLLBACK") }
            } else {
                try? executeScript("ROLLBACK TO \(savepoint); RELEASE \(savepoint)")
            }
            throw error
        }
    }

    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }
}

extension Database {
    /// Rebuilds the file so that deleted data leaves no trace in free pages. Runs outside any
    /// transaction (SQLite requires it).
    public func vacuum() throws {
        try executeScript("VACUUM")
    }
}

/// A connection belongs to the thread that opened it: SQLite's connection is not safe to share,
/// and the statement cache and transaction depth are plain state. Saying so here makes the
/// compiler refuse any hand-over to another thread (a `@Sendable` closure, a task) instead
/// of leaving it to convention; concurrent work opens a connection of its own.
@available(*, unavailable)
extension Database: Sendable {}
