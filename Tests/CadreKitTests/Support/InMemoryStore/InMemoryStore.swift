import CadreModel
import Foundation

/// A second implementation of ``Store``, in memory and without SQL: the proof that the
/// domain runs behind the interface alone. It keeps people, places, settings and the audit
/// log — what the register, the trainee import and the places commands use — and
/// `StoreInterfaceTests` runs those through it and through SQLite and compares.
///
/// Transactions copy the state and put it back when the body throws, so "all or nothing"
/// holds here as it does in SQLite. The concerns it does not keep (events, attendance, …)
/// stop the test with a message naming them.
final class InMemoryStore: Store {
    struct State {
        var trainees: [UUID: Trainee] = [:]
        /// The centres' references: owner, `own` or `duplicate`, and the file they came from.
        var externalRefs: [String: (traineeID: UUID, kind: String, source: String?)] = [:]
        var counters: [String: Int] = [:]
        var settings: [String: String] = [:]
        var audit: [AuditEntry] = []
        var centres: [Centre] = []
        var venues: [Venue] = []
        var trainers: [Trainer] = []
        var holidays: [CalendarDate: String] = [:]
    }

    var state = State()
    let professions: [Profession]
    let regions: [Region]

    /// A store with these catalogues (read from another store, so both match the same spellings).
    init(professions: [Profession], regions: [Region]) {
        self.professions = professions
        self.regions = regions
    }

    func read<Result>(_ body: (any Store) throws -> Result) throws -> Result { try body(self) }

    func write<Result>(_ body: (any Store) throws -> Result) throws -> Result {
        let saved = state
        do {
            return try body(self)
        } catch {
            state = saved
            throw error
        }
    }

    func close() {}
    var location: String { "memory" }
    func scrubFreedSpace() throws {}

    /// The next number of a counter, as SQLite's `ref_counter` table keeps it.
    func take(_ kind: String) -> Int {
        let next = state.counters[kind, default: 1]
        state.counters[kind] = next + 1
        return next
    }

    var trainees: any TraineeStorage { Trainees(store: self) }
    var scheduling: any SchedulingStorage { Places(store: self) }
    var referenceData: any ReferenceDataStorage { ReferenceData(professionList: professions, regionList: regions) }
    var settings: any SettingStorage { Settings(store: self) }
    var audit: any AuditStorage { Audit(store: self) }

    var events: any EventStorage { unsupported("events") }
    var attendance: any AttendanceStorage { unsupported("attendance") }
    var branding: any BrandingStorage { unsupported("branding") }
    var users: any UserStorage { unsupported("users") }
    var webSessions: any WebSessionStorage { unsupported("web sessions") }
    var checkIns: any CheckInStorage { unsupported("check-ins") }
    var counters: any CounterStorage { unsupported("counters") }
    var assessments: any AssessmentStorage { unsupported("assessments") }
    var certificates: any CertificateStorage { unsupported("certificates") }
    var courses: any CourseStorage { unsupported("courses") }
    var clashes: any ClashStorage { unsupported("clashes") }
    var timetable: any TimetableStorage { unsupported("timetable") }
    var reports: any ReportStorage { unsupported("reports") }

    private func unsupported(_ concern: String) -> Never {
        fatalError("InMemoryStore keeps no \(concern); the test reached beyond people and places")
    }
}

/// SQLite's `lower()`: ASCII letters only, as the SQL store compares names.
func sqliteLower(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 }))
}
