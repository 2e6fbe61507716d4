public import CadreModel
public import Foundation

/// `cadre attendance import`: marks from a file, all or nothing, idempotent.
///
/// Files hold millions of marks, grouped by event as people export them, so everything a row
/// needs is looked up once per event (sessions, enrolments, existing marks) and the people a
/// chunk of rows names together, not once per row: a row costs a share of one bulk append (or
/// nothing, when unchanged).
extension AttendanceBook {
    public func importFile(_ url: URL, columnMap: [String: String], dryRun: Bool, context: ChangeContext) throws -> ImportSummary {
        var events = MarkImportCache(database: database)
        var trainees: [String: UUID?] = [:]
        var statuses: [String: Result<AttendanceMark.Status, InvalidValue>] = [:]
        // A file lists a person's sessions one after another, mostly with one status word:
        // the row before answers most rows without hashing their reference or status again.
        var lastRef: (ref: String, id: UUID?)?
        var lastStatus: (word: String, status: Result<AttendanceMark.Status, InvalidValue>)?
        var lastEnrollment: (target: MarkImportCache.Target, trainee: UUID, enrollment: (id: UUID, status: Enrollment.Status, position: Int)?)?
        // One import is one act of marking: every new mark gets the same marker and time. Made
        // at the first mark, inside the import's transaction (it records its marker): a file
        // refused before any row leaves nothing behind.
        var made: (any AttendanceInserter)?
        let database = self.database
        func inserter() throws -> any AttendanceInserter {
            if let made { return made }
            let fresh = try database.attendance.inserter(markedBy: context.actor, markedAt: context.now())
            made = fresh
            return fresh
        }
        return try CSVImport.run(url, fields: AttendanceImportField.self, columnMap: columnMap, database: database, dryRun: dryRun) { rows in
            // The people a chunk names that earlier chunks did not, asked together.
            var unseen: [String] = []
            var last: String?
            for row in rows {
                let ref = row[.traineeRef] ?? ""
                if ref != last, trainees[ref] == nil { unseen.append(ref) }
                last = ref
            }
            guard !unseen.isEmpty else { return }
            let found = try database.trainees.resolveAll(unseen)
            for ref in unseen { trainees[ref] = .some(found[ref]?.id) }
        } row: { values, problem, _ in
            var problems: [FieldProblem] = []
            let rawCode = values[.eventCode] ?? ""
            let target = try events.event(code: rawCode)
            if target == nil { problems.append(problem(.eventCode, rawCode, "is not a known event")) }
            let number = Int(values[.sessionNumber] ?? "")
            let session = number.flatMap { target?.sessions[$0] }
            if let target, session == nil {
                problems.append(problem(.sessionNumber, values[.sessionNumber] ?? "", "is not a session of \(target.event.code)"))
            } else if let session, session.session.status == .cancelled {
                problems.append(problem(.sessionNumber, String(session.session.number), "is a cancelled session"))
            }
            let ref = values[.traineeRef] ?? ""
            let traineeID: UUID?
            if let lastRef, lastRef.ref == ref {
                traineeID = lastRef.id
            } else {
                traineeID = trainees[ref] ?? nil
                lastRef = (ref, traineeID)
            }
            if traineeID == nil { problems.append(problem(.traineeRef, ref, "is not a known trainee")) }
            let rawStatus = values[.status] ?? ""
            let parsed: Result<AttendanceMark.Status, InvalidValue>
            if let lastStatus, lastStatus.word == rawStatus {
                parsed = lastStatus.status
            } else {
                parsed = statuses[rawStatus] ?? Result { () throws(InvalidValue) in try AttendanceStatusWords.status(rawStatus) }
                statuses[rawStatus] = parsed
                lastStatus = (rawStatus, parsed)
            }
            var status: AttendanceMark.Status?
            switch parsed {
            case .success(let value): status = value
            case .failure(let error): problems.append(problem(.status, rawStatus, error.reason))
            }
            var enrollment: (id: UUID, status: Enrollment.Status, position: Int)?
            if let target, let traineeID {
                if let lastEnrollment, lastEnrollment.target === target, lastEnrollment.trainee == traineeID {
                    enrollment = lastEnrollment.enrollment
                } else {
                    enrollment = target.enrollments[traineeID]
                    lastEnrollment = (target, traineeID, enrollment)
                }
                if enrollment?.status != .enrolled {
                    problems.append(problem(.traineeRef, ref, "is not enrolled in \(target.event.code)"))
                }
            }
            if let target, let session, let enrollment,
                let first = target.firstMark(enrollment: enrollment.position, session: session.column, line: values.line)
            {
                problems.append(problem(.traineeRef, ref, "is marked twice for session \(session.session.number) (also on line \(first))"))
            }
            guard problems.isEmpty, let target, let session = session?.session, let enrollment, let status else { throw RowProblems(problems) }
            let note = values[.note].flatMap { $0.isEmpty ? nil : $0 }
            // A mark given twice in the file is refused above, so only marks stored before the
            // import can already exist.
            guard !target.marks.isEmpty, let existing = target.marks[enrollment.id]?[session.id] else {
                try inserter().insert(enrollment: enrollment.id, session: session.id, status: status, note: note)
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
        } finish: { _, _ in
            try made?.finish()
            return []
        }
    }
}

/// What an attendance import knows about the events its rows name: the few most recent kept
/// whole (files are grouped by event), and for every event the line of each first mark, so a
/// mark given twice is caught however far apart the two lines are.
struct MarkImportCache {
    final class Target {
        let event: TrainingEvent
        /// Sessions by number, each with its column in `firstLines`.
        let sessions: [Int: (session: TrainingSession, column: Int)]
        /// Each trainee's enrolment, with its row in `firstLines`.
        let enrollments: [UUID: (id: UUID, status: Enrollment.Status, position: Int)]
        let marks: [UUID: [UUID: AttendanceMark]]
        /// The line of the first mark of each enrolment (row) in each session (column) the
        /// file gave; 0 for none yet.
        fileprivate var firstLines: [Int32]

        init(event: TrainingEvent, database: any Store, firstLines: [Int32]?) throws {
            self.event = event
            let store = database.events
            let sessions = try store.sessions(of: event.id)
            self.sessions = Dictionary(sessions.enumerated().map { ($1.number, ($1, $0)) }, uniquingKeysWith: { first, _ in first })
            self.enrollments = try store.enrollmentStatuses(of: event.id)
            self.marks = try database.attendance.marks(of: event.id)
            self.firstLines = firstLines ?? [Int32](repeating: 0, count: enrollments.count * sessions.count)
        }

        /// Records that `line` marks this enrolment in this session; returns the earlier line
        /// if the file already did.
        func firstMark(enrollment: Int, session: Int, line: Int) -> Int? {
            let slot = enrollment * max(1, sessions.count) + session
            guard firstLines.indices.contains(slot) else { return nil }
            if firstLines[slot] != 0 { return Int(firstLines[slot]) }
            firstLines[slot] = Int32(clamping: line)
            return nil
        }
    }

    let database: any Store
    static let capacity = 32
    /// The event each code in the file names (nil: none); codes differing in case share one.
    private var ids: [String: UUID?] = [:]
    private var targets: [UUID: Target] = [:]
    private var order: [UUID] = []
    /// The row before this one's event: consecutive rows of one event skip the dictionaries.
    private var last: (code: String, target: Target?)?
    /// `firstLines` of the events no longer in `targets`.
    private var evictedLines: [UUID: [Int32]] = [:]

    init(database: any Store) { self.database = database }

    /// The event a row's code names, or nil when there is none.
    mutating func event(code: String) throws -> Target? {
        if let last, last.code == code { return last.target }
        let target = try lookUp(code)
        last = (code, target)
        return target
    }

    private mutating func lookUp(_ code: String) throws -> Target? {
        if let known = ids[code] {
            guard let id = known else { return nil }
            if let target = targets[id] { return target }
        }
        guard let event = try database.events.event(code: EventCode(code)) else {
            ids[code] = .some(nil)
            return nil
        }
        ids[code] = event.id
        if let target = targets[event.id] { return target }
        let target = try Target(event: event, database: database, firstLines: evictedLines.removeValue(forKey: event.id))
        targets[event.id] = target
        order.append(event.id)
        if order.count > Self.capacity {
            let evicted = order.removeFirst()
            if let old = targets.removeValue(forKey: evicted) { evictedLines[evicted] = old.firstLines }
        }
        return target
    }
}
