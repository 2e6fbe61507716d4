public import CadreModel

/// The SQLite database as the ``Store`` the domain talks to: each concern's storage is a
/// small struct over the connection, made on demand (no allocation: one reference).
extension Database: Store {
    public func read<Result>(_ body: (any Store) throws -> Result) throws -> Result {
        try read { (database: Database) in try body(database) }
    }

    /// A constraint failure becomes a ``StoreConflict``: the domain and the front ends never
    /// see SQLite's codes.
    public func write<Result>(_ body: (any Store) throws -> Result) throws -> Result {
        do {
            return try write { (database: Database) in try body(database) }
        } catch let error as StoreError {
            throw error.conflict ?? error
        }
    }

    public var location: String { path }

    public func scrubFreedSpace() throws { try vacuum() }

    public var trainees: any TraineeStorage { TraineeStore(self) }
    public var events: any EventStorage { EventStore(self) }
    public var attendance: any AttendanceStorage { AttendanceStore(self) }
    public var assessments: any AssessmentStorage { AssessmentStore(self) }
    public var certificates: any CertificateStorage { CertificateStore(self) }
    public var courses: any CourseStorage { CourseStore(self) }
    public var questionnaires: any QuestionnaireStorage { QuestionnaireStore(self) }
    public var feedback: any FeedbackStorage { FeedbackStore(self) }
    public var followUpLinks: any FollowUpLinkStorage { FollowUpLinkStore(self) }
    public var scheduling: any SchedulingStorage { SchedulingStore(self) }
    public var clashes: any ClashStorage { ClashStore(self) }
    public var timetable: any TimetableStorage { TimetableStore(self) }
    public var referenceData: any ReferenceDataStorage { ReferenceStore(self) }
    public var reports: any ReportStorage { ReportStore(self) }
    public var settings: any SettingStorage { SettingStore(self) }
    public var audit: any AuditStorage { AuditStore(self) }
    public var branding: any BrandingStorage { BrandingStore(self) }
    public var users: any UserStorage { UserStore(self) }
    public var webSessions: any WebSessionStorage { WebSessionStore(self) }
    public var checkIns: any CheckInStorage { CheckInStore(self) }
    public var counters: any CounterStorage { CounterStore(self) }
}
