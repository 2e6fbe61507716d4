public import CadreModel
import Foundation

/// A store whose outermost write transactions, across all of the server's threads, take
/// turns on one lock before asking SQLite for its write lock.
///
/// Why: sixteen tablets tapping at once are sixteen writers, and SQLite makes a writer that
/// finds the lock taken sleep and retry (its busy handler backs off to 100 ms naps), so a tap
/// could wait far longer than the write before it took. Queued on a lock here, each writer is
/// woken the moment the previous one commits. Reads are not queued. A CLI import in another
/// process still meets SQLite's own lock — the busy timeout covers that.
/// Measured by `Scripts/check-web-load.sh` (BENCHMARKS.md, "Issue 22").
public final class SerializedWrites: Store {
    /// The lock the server's stores share.
    public final class Turn: Sendable {
        let lock = NSLock()
        public init() {}
    }

    let inner: any Store
    let turn: Turn
    /// What closing it does with the store inside: close it, or give it back to a ``StorePool``.
    let release: (any Store) -> Void
    /// Inside a write (nested writes are savepoints of the outer one and must not queue again).
    var depth = 0

    public init(_ inner: any Store, turn: Turn, release: @escaping (any Store) -> Void = { $0.close() }) {
        self.inner = inner
        self.turn = turn
        self.release = release
    }

    /// A store of `pool` for one request, given back when the request closes it.
    public convenience init(from pool: StorePool, turn: Turn) throws {
        let (store, giveBack) = try pool.checkout()
        self.init(store, turn: turn, release: giveBack)
    }

    public func write<Result>(_ body: (any Store) throws -> Result) throws -> Result {
        guard depth == 0 else { return try inner.write(body) }
        turn.lock.lock()
        defer { turn.lock.unlock() }
        depth += 1
        defer { depth -= 1 }
        return try inner.write { _ in try body(self) }
    }

    public func read<Result>(_ body: (any Store) throws -> Result) throws -> Result { try inner.read { _ in try body(self) } }
    public func close() { release(inner) }
    public var location: String { inner.location }
    public func scrubFreedSpace() throws { try inner.scrubFreedSpace() }
    public var trainees: any TraineeStorage { inner.trainees }
    public var events: any EventStorage { inner.events }
    public var attendance: any AttendanceStorage { inner.attendance }
    public var assessments: any AssessmentStorage { inner.assessments }
    public var certificates: any CertificateStorage { inner.certificates }
    public var courses: any CourseStorage { inner.courses }
    public var questionnaires: any QuestionnaireStorage { inner.questionnaires }
    public var feedback: any FeedbackStorage { inner.feedback }
    public var followUpLinks: any FollowUpLinkStorage { inner.followUpLinks }
    public var scheduling: any SchedulingStorage { inner.scheduling }
    public var clashes: any ClashStorage { inner.clashes }
    public var timetable: any TimetableStorage { inner.timetable }
    public var referenceData: any ReferenceDataStorage { inner.referenceData }
    public var reports: any ReportStorage { inner.reports }
    public var settings: any SettingStorage { inner.settings }
    public var audit: any AuditStorage { inner.audit }
    public var branding: any BrandingStorage { inner.branding }
    public var users: any UserStorage { inner.users }
    public var webSessions: any WebSessionStorage { inner.webSessions }
    public var checkIns: any CheckInStorage { inner.checkIns }
    public var counters: any CounterStorage { inner.counters }
}
