public import CadreModel
import CadreStore
import Foundation

/// A PostgreSQL database as the ``Store`` the domain talks to: the same stores and SQL as
/// SQLite's, over a ``PostgresConnection``, for the ministry's one database behind several
/// servers.
///
/// **Transactions.** A read is one `REPEATABLE READ` transaction, so it sees one snapshot. A
/// write is a `READ COMMITTED` transaction that first takes one transaction-level advisory
/// lock (``writeLockKey``): writers across every server and the CLI take turns, as SQLite's
/// one writer does, so each rule the domain checks before it writes — gapless certificate
/// serials, an event's capacity, one mark per person and session — holds across servers,
/// and every statement after the lock sees what the writer before committed. Reads never
/// wait for it. Nested calls are savepoints.
///
/// **A lost connection** (the server restarted, the network dropped) is opened anew on the
/// next call; a read that lost it is run once more, a write is reported
/// (``PostgresStoreError/connectionLost(target:duringCommit:)``) — never retried blindly,
/// never half stored.
public final class PostgresStore: Store {
    /// Whether opening expects Cadre's schema or makes it.
    public enum Opening: Sendable {
        /// The database must hold Cadre's schema; it is brought up to date.
        case existing
        /// The database must be empty; Cadre's schema is made in it.
        case create
    }

    /// The advisory lock every write holds until it commits: `hashtext('cadre-writes')`, fixed.
    static let writeLockKey = 0x0CAD_3A11
    private let conninfo: String
    private var connection: PostgresConnection
    private var depth = 0
    /// The outermost transaction holds the write lock.
    private var holdsWriteLock = false

    private init(conninfo: String, connection: PostgresConnection) {
        self.conninfo = conninfo
        self.connection = connection
    }

    /// Connects with a libpq connection string or URI and checks (or makes) the schema.
    public static func open(_ conninfo: String, _ opening: Opening = .existing) throws -> PostgresStore {
        let connection = try PostgresConnection.open(conninfo)
        do {
            let hasSchema = try connection.scalar("SELECT to_regclass('cadre_migration') IS NOT NULL").intValue == 1
            switch opening {
            case .existing where !hasSchema:
                throw PostgresStoreError.noSchema(target: connection.target)
            case .create:
                let tables = try connection.scalar(
                    "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").intValue ?? 0
                if tables > 0 { throw PostgresStoreError.notEmpty(target: connection.target) }
            default: break
            }
            // Most opens find the schema current: one cheap read, no lock (a server opens a
            // connection whenever its pool has none idle).
            let applied = hasSchema ? try connection.scalar("SELECT count(*) FROM cadre_migration").intValue : nil
            if applied != PostgresMigrations.all.count { try PostgresMigrations.migrate(connection) }
        } catch {
            connection.close()
            throw error
        }
        return PostgresStore(conninfo: conninfo, connection: connection)
    }

    // MARK: Transactions

    public func read<Result>(_ body: (any Store) throws -> Result) throws -> Result {
        guard depth == 0 else { return try savepoint(body) }
        do {
            return try transaction(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ", lock: false, body)
        } catch let error as PostgresError where error.isConnectionLost {
            try reconnect()
            return try transaction(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ", lock: false, body)
        }
    }

    /// A constraint failure becomes a ``StoreConflict``, as SQLite's do.
    public func write<Result>(_ body: (any Store) throws -> Result) throws -> Result {
        do {
            if depth == 0 { return try transaction(begin: "BEGIN", lock: true, body) }
            if !holdsWriteLock {
                // A write inside a read: the lock is taken now and held to the end.
                try connection.execute("SELECT pg_advisory_xact_lock(?)", [Self.writeLockKey])
                holdsWriteLock = true
            }
            return try savepoint(body)
        } catch let error as PostgresError {
            throw error.conflict ?? error
        } catch let error as StoreError {
            throw error.conflict ?? error
        }
    }

    private func transaction<Result>(begin: String, lock: Bool, _ body: (any Store) throws -> Result) throws -> Result {
        if !connection.isOpen { try reconnect() }
        do {
            try connection.execute(begin)
        } catch let error as PostgresError where error.isConnectionLost {
            // Nothing was sent but BEGIN: a connection the server dropped while it sat in the
            // pool (a restart) is opened anew, for a write as for a read.
            try reconnect()
            try connection.execute(begin)
        }
        depth = 1
        holdsWriteLock = false
        defer {
            depth = 0
            holdsWriteLock = false
        }
        let result: Result
        do {
            if lock {
                try connection.execute("SELECT pg_advisory_xact_lock(?)", [Self.writeLockKey])
                holdsWriteLock = true
            }
            result = try body(self)
        } catch {
            if connection.isOpen { try? connection.execute("ROLLBACK") }
            if lock, (error as? PostgresError)?.isConnectionLost == true {
                throw PostgresStoreError.connectionLost(target: connection.target, duringCommit: false)
            }
            throw error
        }
        do {
            try connection.execute("COMMIT")
        } catch let error as PostgresError where error.isConnectionLost {
            if lock { throw PostgresStoreError.connectionLost(target: connection.target, duringCommit: true) }
            throw error
        }
        return result
    }

    private func savepoint<Result>(_ body: (any Store) throws -> Result) throws -> Result {
        let name = "cadre_\(depth)"
        try connection.execute("SAVEPOINT \(name)")
        depth += 1
        defer { depth -= 1 }
        do {
            let result = try body(self)
            try connection.execute("RELEASE SAVEPOINT \(name)")
            return result
        } catch {
            if connection.isOpen { try? connection.execute("ROLLBACK TO SAVEPOINT \(name)"); try? connection.execute("RELEASE SAVEPOINT \(name)") }
            throw error
        }
    }

    private func reconnect() throws {
        connection.close()
        connection = try PostgresConnection.open(conninfo)
    }

    /// The connection for a call, opened anew first when the last one broke (a call outside
    /// a transaction after the server went away and came back).
    private var live: PostgresConnection {
        if depth == 0, !connection.isOpen { try? reconnect() }
        return connection
    }

    // MARK: Store

    public func close() { connection.close() }

    public var location: String { connection.target }

    /// `VACUUM FULL` rewrites every table, so an erased person's rows leave no old versions
    /// behind in the table files (the server's write-ahead log and backups age out on their own).
    public func scrubFreedSpace() throws { try connection.execute("VACUUM FULL") }

    public var trainees: any TraineeStorage { TraineeStore(live) }
    public var events: any EventStorage { EventStore(live) }
    public var attendance: any AttendanceStorage { AttendanceStore(live) }
    public var assessments: any AssessmentStorage { AssessmentStore(live) }
    public var certificates: any CertificateStorage { CertificateStore(live) }
    public var courses: any CourseStorage { CourseStore(live) }
    public var questionnaires: any QuestionnaireStorage { QuestionnaireStore(live) }
    public var feedback: any FeedbackStorage { FeedbackStore(live) }
    public var followUpLinks: any FollowUpLinkStorage { FollowUpLinkStore(live) }
    public var scheduling: any SchedulingStorage { SchedulingStore(live) }
    public var clashes: any ClashStorage { ClashStore(live) }
    public var timetable: any TimetableStorage { TimetableStore(live) }
    public var referenceData: any ReferenceDataStorage { ReferenceStore(live) }
    public var reports: any ReportStorage { ReportStore(live) }
    public var settings: any SettingStorage { SettingStore(live) }
    public var audit: any AuditStorage { AuditStore(live) }
    public var branding: any BrandingStorage { BrandingStore(live) }
    public var users: any UserStorage { UserStore(live) }
    public var webSessions: any WebSessionStorage { WebSessionStore(live) }
    public var checkIns: any CheckInStorage { CheckInStore(live) }
    public var counters: any CounterStorage { CounterStore(live) }
}
