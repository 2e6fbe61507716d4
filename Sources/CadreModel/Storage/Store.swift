/// Where Cadre's records are kept: the one interface the domain (`CadreKit`) and the front
/// ends talk to. `CadreStore`'s SQLite database implements it; a PostgreSQL store for a
/// ministry-wide server would implement it too, without a change above it.
///
/// Each concern has its own storage protocol, reached through a property. Calls made inside
/// ``read(_:)`` see one snapshot; calls made inside ``write(_:)`` are stored together or not
/// at all. Transactions nest: a write inside a write is part of the outer one and undone
/// alone if it throws. Calls made outside a transaction each stand alone.
///
/// A store belongs to the thread that opened it: it is not `Sendable`, so the compiler keeps
/// it from crossing to another.
public protocol Store: AnyObject {
    /// Runs `body` in one read transaction, so every query sees the same snapshot.
    func read<Result>(_ body: (any Store) throws -> Result) throws -> Result

    /// Runs `body` in one write transaction: all of it is stored, or — if it throws — none
    /// of it. Throws a ``ErrorCategory/notPermitted`` error when the store is read-only.
    func write<Result>(_ body: (any Store) throws -> Result) throws -> Result

    /// Ends the connection; the store is not used afterwards.
    func close()

    /// Where the records are (a file's path, a server's address), for messages.
    var location: String { get }

    /// Rebuilds the storage so that deleted data (an erased person's) leaves no trace in
    /// freed space. Runs outside any transaction.
    func scrubFreedSpace() throws

    var trainees: any TraineeStorage { get }
    var events: any EventStorage { get }
    var attendance: any AttendanceStorage { get }
    var assessments: any AssessmentStorage { get }
    var certificates: any CertificateStorage { get }
    var courses: any CourseStorage { get }
    var questionnaires: any QuestionnaireStorage { get }
    var feedback: any FeedbackStorage { get }
    var followUpLinks: any FollowUpLinkStorage { get }
    var scheduling: any SchedulingStorage { get }
    var clashes: any ClashStorage { get }
    var timetable: any TimetableStorage { get }
    var referenceData: any ReferenceDataStorage { get }
    var reports: any ReportStorage { get }
    var settings: any SettingStorage { get }
    var audit: any AuditStorage { get }
    var branding: any BrandingStorage { get }
    var users: any UserStorage { get }
    var webSessions: any WebSessionStorage { get }
    var checkIns: any CheckInStorage { get }
    var counters: any CounterStorage { get }
}
