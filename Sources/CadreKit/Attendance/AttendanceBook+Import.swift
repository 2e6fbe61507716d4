public import Foundation

/// `cadre attendance import`: marks from a file, all or nothing, idempotent.
///
/// Files hold millions of marks, grouped by event as people export them, so everything a row
/// needs is looked up once per event (sessions, enrolments, existing marks) and once per
/// reference, not once per row: a row costs one INSERT (or nothing, when unchanged).
extension AttendanceBook {
    public func importFile(_ url: URL, columnMap: [String: String], dryRun: Bool, context: ChangeContext) throws -> ImportSummary {
        var events = MarkImportCache(database: database)
        var trainees: [String: UUID?] = [:]
        var statuses: [String: Result<AttendanceMark.Status, InvalidValue>] = [:]
        // One import is one act of marking: every new mark gets the same marker and time.
        let inserter = try AttendanceStore(database).inserter(markedBy: context.actor, markedAt: context.now())
        return try CSVImport.run(url, fields: AttendanceImportField.self, columnMap: columnMap, database: database, dryRun: dryRun) { values, problem, _ in
            var problems: [FieldProblem] = []
            let rawCode = values[.eventCode] ?? ""
            let target = try events.event(code: rawCode)
            if target == nil { problems.append(problem(.eventCode, rawCode, "is not a known event")) }
            let number = Int(values[.sessionNumber] ?? "")
            let session = number.flatMap { target?.sessions[$0] }
            if let target, session == nil {
                problems.append(problem(.sessionNumber, values[.sessionNumber] ?? "", "is not a session of \(target.event.code)"))
            } else if let session, session.status == .cancelled {
                problems.append(problem(.sessionNumber, String(session.number), "is a cancelled session"))
            }
            let ref = values[.traineeRef] ?? ""
            if trainees[ref] == nil { trainees[ref] = .some(try TraineeStore(database).resolveID(ref)) }
            let traineeID = trainees[ref] ?? nil
            if traineeID == nil { problems.append(problem(.traineeRef, ref, "is not a known trainee")) }
            let rawStatus = values[.status] ?? ""
            if statuses[rawStatus] == nil {
                statuses[rawStatus] = Result { () throws(InvalidValue) in try AttendanceStatusWords.status(rawStatus) }
            }
            var status: AttendanceMark.Status?
            switch statuses[rawStatus] {
            case .success(let value): status = value
            case .failure(let error): problems.append(problem(.status, rawStatus, error.reason))
            case nil: break
            }
            var enrollment: (id: UUID, status: Enrollment.Status)?
            if let target, let traineeID {
                enrollment = target.enrollments[traineeID]
                if enrollment?.status != .enrolled {
                    problems.append(problem(.traineeRef, ref, "is not enrolled in \(target.event.code)"))
                }
            }
            if let target, let session, let enrollment, let first = events.firstMark(event: target, enrollment: enrollment.id, session: session.id, line: values.line) {
                problems.append(problem(.traineeRef, ref, "is marked twice for session \(session.number) (also on line \(first))"))
            }
            guard problems.isEmpty, let target, let session, let enrollment, let status else { throw RowProblems(problems) }
            let note = values[.note].flatMap { $0.isEmpty ? nil : $0 }
            // A mark given twice in the file is refused above, so only marks stored before the
            // import can already exist.
            guard let existing = target.marks[enrollment.id]?[session.id] else {
                try inserter.insert(id: context.makeID(), enrollment: enrollment.id, session: session.id, status: status, note: note)
                return .added
            }
            let (result, _) = try record(
                status, note: note, enrollmentID: enrollment.id, session: session, event: target.event, existing: existing, database: database,
                context: context)
            switch result {
            case .recorded: return .added
            case .updated: return .updated
            case .unchanged: return .unchanged
            }
        }
    }
}

/// What an attendance import knows about the events its rows name: the few most recent kept
/// whole (files are grouped by event), and for every event the line of each first mark, so a
/// mark given twice is caught however far apart the two lines are.
struct MarkImportCache {
    struct Target {
        let event: TrainingEvent
        let sessions: [Int: TrainingSession]
        /// Each trainee's enrolment.
        let enrollments: [UUID: (id: UUID, status: Enrollment.Status)]
        let marks: [UUID: [UUID: AttendanceMark]]
        /// Positions in `firstLines`: enrolments and sessions in a stable order.
        let enrollmentIndex: [UUID: Int]
        let sessionIndex: [UUID: Int]

        init(event: TrainingEvent, database: Database) throws {
            self.event = event
            let store = EventStore(database)
            let sessions = try store.sessions(of: event.id)
            self.sessions = Dictionary(sessions.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
            self.enrollments = try store.enrollmentStatuses(of: event.id)
            self.marks = try AttendanceStore(database).marks(of: event.id)
            self.enrollmentIndex = Dictionary(uniqueKeysWithValues: enrollments.values.enumerated().map { ($1.id, $0) })
            self.sessionIndex = Dictionary(uniqueKeysWithValues: sessions.enumerated().map { ($1.id, $0) })
        }
    }

    let database: Database
    static let capacity = 32
    private var recent: [String: Target?] = [:]
    private var order: [String] = []
    private var firstLines: [UUID: [Int32]] = [:]

    init(database: Database) { self.database = database }

    /// The event a row's code names, or nil when there is none.
    mutating func event(code: String) throws -> Target? {
        if let cached = recent[code] { return cached }
        let target = try EventStore(database).event(code: code.uppercased()).map { try Target(event: $0, database: database) }
        recent[code] = .some(target)
        order.append(code)
        if order.count > Self.capacity { recent[order.removeFirst()] = nil }
        return target
    }

    /// Records that `line` marks this enrolment in this session; returns the earlier line if
    /// the file already did.
    mutating func firstMark(event target: Target, enrollment: UUID, session: UUID, line: Int) -> Int? {
        guard let row = target.enrollmentIndex[enrollment], let column = target.sessionIndex[session] else { return nil }
        let width = target.sessionIndex.count
        let id = target.event.id
        if firstLines[id] == nil { firstLines[id] = [Int32](repeating: 0, count: target.enrollmentIndex.count * width) }
        let slot = row * width + column
        if let earlier = firstLines[id]?[slot], earlier != 0 { return Int(earlier) }
        firstLines[id]?[slot] = Int32(clamping: line)
        return nil
    }
}
