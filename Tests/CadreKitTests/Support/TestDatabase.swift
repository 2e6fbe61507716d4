import CadreModel
import CadreStore
import CadreStorePostgres
import Foundation

/// A fresh database for one test, as the domain sees it (a ``Store``) and as a test looking
/// past the store sees it (SQL both engines understand): SQLite in memory, or — when
/// `CADRE_TEST_STORE=postgres` and `CADRE_TEST_POSTGRES` names a server — a PostgreSQL
/// schema of its own (Scripts/test-postgres.sh runs the suite so).
final class TestDatabase: Store {
    static let onPostgres = ProcessInfo.processInfo.environment["CADRE_TEST_STORE"] == "postgres" && ScratchPostgres.server != nil

    private let backing: any Store
    /// What test SQL runs on: the SQLite database itself, or a second connection to the schema.
    private let sql: any SQLConnection
    private let scratch: ScratchPostgres?

    init() throws {
        if Self.onPostgres {
            let scratch = try ScratchPostgres()
            self.scratch = scratch
            backing = scratch.store
            sql = try PostgresConnection.open(scratch.conninfo)
        } else {
            let database = try Database.inMemory()
            scratch = nil
            backing = database
            sql = database
        }
    }

    deinit { (sql as? PostgresConnection)?.close() }

    // MARK: SQL

    func execute(_ text: String, _ parameters: [any SQLBindable] = []) throws { try sql.execute(text, parameters) }
    func rows(_ text: String, _ parameters: [any SQLBindable] = []) throws -> [Row] { try sql.rows(text, parameters) }
    func scalar(_ text: String, _ parameters: [any SQLBindable] = []) throws -> SQLValue { try sql.scalar(text, parameters) }

    // MARK: Store

    func read<Result>(_ body: (any Store) throws -> Result) throws -> Result { try backing.read(body) }
    func write<Result>(_ body: (any Store) throws -> Result) throws -> Result { try backing.write(body) }
    func close() { backing.close() }
    var location: String { backing.location }
    func scrubFreedSpace() throws { try backing.scrubFreedSpace() }
    var trainees: any TraineeStorage { backing.trainees }
    var events: any EventStorage { backing.events }
    var attendance: any AttendanceStorage { backing.attendance }
    var assessments: any AssessmentStorage { backing.assessments }
    var certificates: any CertificateStorage { backing.certificates }
    var courses: any CourseStorage { backing.courses }
    var questionnaires: any QuestionnaireStorage { backing.questionnaires }
    var feedback: any FeedbackStorage { backing.feedback }
    var followUpLinks: any FollowUpLinkStorage { backing.followUpLinks }
    var scheduling: any SchedulingStorage { backing.scheduling }
    var clashes: any ClashStorage { backing.clashes }
    var timetable: any TimetableStorage { backing.timetable }
    var referenceData: any ReferenceDataStorage { backing.referenceData }
    var reports: any ReportStorage { backing.reports }
    var settings: any SettingStorage { backing.settings }
    var audit: any AuditStorage { backing.audit }
    var branding: any BrandingStorage { backing.branding }
    var users: any UserStorage { backing.users }
    var webSessions: any WebSessionStorage { backing.webSessions }
    var checkIns: any CheckInStorage { backing.checkIns }
    var counters: any CounterStorage { backing.counters }
}
