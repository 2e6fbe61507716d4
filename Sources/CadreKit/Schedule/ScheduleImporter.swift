public import CadreModel
public import Foundation

/// Bulk loading of historic records: events, their sessions and their enrollments, with the
/// same all-or-nothing validation, line-numbered errors and idempotent re-import as trainee
/// import. Past records are what they are: clashes are counted (and listed by `schedule
/// check`), not refused — unless `strict`.
public struct ScheduleImporter {
    public struct Options: Sendable {
        public var columnMap: [String: String]
        public var dryRun: Bool
        /// Treat clashes in the records as errors.
        public var strict: Bool

        public init(columnMap: [String: String] = [:], dryRun: Bool = false, strict: Bool = false) {
            self.columnMap = columnMap
            self.dryRun = dryRun
            self.strict = strict
        }
    }

    let database: any Store

    public init(_ database: any Store) { self.database = database }

    /// `event_code,course_code,venue,region,start_date,end_date` (plus optional centre, capacity).
    /// Venues not yet known are created.
    public func importEvents(_ url: URL, options: Options, context: ChangeContext) throws -> ImportSummary {
        let resolver = try ReferenceResolver(database)
        return try CSVImport.run(url, fields: EventImportField.self, columnMap: options.columnMap, database: database, dryRun: options.dryRun) { values, problem, _ in
            var problems: [FieldProblem] = []
            let code = EventCode(values[.eventCode] ?? "").text
            if !CurriculumDecoder.isCourseCode(code) { problems.append(problem(.eventCode, code, "is not an event code (letters, digits and '-')")) }
            let course = try database.courses.latest(code: CourseCode(values[.courseCode] ?? ""))?.course
            if course == nil { problems.append(problem(.courseCode, values[.courseCode] ?? "", "is not a known course (import curricula first)")) }
            let start = CalendarDate(parsing: values[.startDate] ?? "")
            let end = CalendarDate(parsing: values[.endDate] ?? "")
            if start == nil { problems.append(problem(.startDate, values[.startDate] ?? "", "is not a date (use 2021-10-25)")) }
            if end == nil { problems.append(problem(.endDate, values[.endDate] ?? "", "is not a date (use 2021-10-25)")) }
            if let start, let end, end < start { problems.append(problem(.endDate, end.iso, "is before the start date \(start.iso)")) }
            let places = database.scheduling
            var centreID: UUID?
            if let reference = values[.centre], !reference.isEmpty {
                centreID = try places.centre(reference)?.id
                if centreID == nil { problems.append(problem(.centre, reference, "is not a known centre")) }
            }
            var regionCode: String?
            if let region = values[.region], !region.isEmpty {
                do throws(InvalidValue) {
                    regionCode = try resolver.region(region)
                } catch {
                    problems.append(problem(.region, region, error.reason))
                }
            }
            var capacity: Int?
            if let text = values[.capacity], !text.isEmpty {
                capacity = Int(text).flatMap { $0 > 0 ? $0 : nil }
                if capacity == nil { problems.append(problem(.capacity, text, "is not a positive whole number")) }
            }
            guard problems.isEmpty, let course, let start, let end else { throw RowProblems(problems) }

            var venueID: UUID?
            if let name = values[.venue], !name.isEmpty {
                if let venue = try places.venue(name) {
                    venueID = venue.id
                } else {
                    venueID = try Scheduler(database).addVenue(name: name, address: nil, regionCode: regionCode, capacity: nil, centre: centreID.flatMap { try? places.centre(id: $0)?.code }, context: context).id
                }
            }
            let events = database.events
            if var existing = try events.event(code: EventCode(code)) {
                let before = existing
                existing.courseID = course.id
                existing.centreID = centreID ?? existing.centreID
                existing.venueID = venueID ?? existing.venueID
                // An event with sessions takes its dates from them (a trigger keeps them so).
                if try events.sessions(of: existing.id).isEmpty {
                    existing.startDate = start
                    existing.endDate = end
                }
                existing.capacity = capacity ?? existing.capacity
                guard existing != before else { return .unchanged }
                try events.update(existing)
                try audit(context, "event.update", entity: "training_event", id: existing.id, detail: "import \(url.lastPathComponent): \(code)")
                return .updated
            }
            let event = TrainingEvent(
                id: context.makeID(), code: code, courseID: course.id, centreID: centreID, venueID: venueID, startDate: start,
                endDate: end, capacity: capacity, status: end < CalendarDate.today(now: context.now()) ? .held : .planned)
            try events.insert(event, at: context.now())
            try audit(context, "event.import", entity: "training_event", id: event.id, detail: "import \(url.lastPathComponent): \(code)")
            return .added
        }
    }

    /// `event_code,session_no,date,start_time,end_time,hours`; hours, when given, must match the times.
    public func importSessions(_ url: URL, options: Options, context: ChangeContext) throws -> ImportSummary {
        var seen: [String: Int] = [:]
        // Each event the file names, with its sessions by number as the import leaves them:
        // read once per event, not once per row.
        var targets: [String: (event: TrainingEvent, sessions: [Int: TrainingSession])?] = [:]
        let events = database.events
        return try CSVImport.run(url, fields: SessionImportField.self, columnMap: options.columnMap, database: database, dryRun: options.dryRun) { values, problem, summary in
            var problems: [FieldProblem] = []
            let code = EventCode(values[.eventCode] ?? "").text
            if targets[code] == nil {
                targets[code] = .some(try events.event(code: EventCode(code)).map { event in
                    (event, Dictionary(try events.sessions(of: event.id).map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first }))
                })
            }
            let event = targets[code]??.event
            if event == nil { problems.append(problem(.eventCode, values[.eventCode] ?? "", "is not a known event")) }
            let number = Int(values[.sessionNumber] ?? "").flatMap { $0 > 0 ? $0 : nil }
            if number == nil { problems.append(problem(.sessionNumber, values[.sessionNumber] ?? "", "is not a session number (1, 2, …)")) }
            let date = CalendarDate(parsing: values[.date] ?? "")
            if date == nil { problems.append(problem(.date, values[.date] ?? "", "is not a date (use 2021-10-25)")) }
            let start = ClockTime(parsing: values[.startTime] ?? "")
            let end = ClockTime(parsing: values[.endTime] ?? "")
            if start == nil { problems.append(problem(.startTime, values[.startTime] ?? "", "is not a time (use 09:30)")) }
            if end == nil { problems.append(problem(.endTime, values[.endTime] ?? "", "is not a time (use 12:30)")) }
            var slot: TimeSlot?
            if let start, let end {
                slot = TimeSlot(start: start, end: end)
                if slot == nil { problems.append(problem(.endTime, end.description, "is not after the start time \(start)")) }
            }
            if let slot, let text = values[.hours], !text.isEmpty {
                let hours = Double(text.replacingOccurrences(of: ",", with: "."))
                if hours.map({ abs($0 * 60 - Double(slot.minutes)) > 0.5 }) ?? true {
                    problems.append(problem(.hours, text, "does not match \(slot) (\(Double(slot.minutes) / 60) h)"))
                }
            }
            if let number {
                let key = "\(code)#\(number)"
                if let line = seen[key] {
                    problems.append(problem(.sessionNumber, String(number), "is given twice for \(code) (also on line \(line))"))
                } else {
                    seen[key] = problem(.sessionNumber, "", "").line
                }
            }
            guard problems.isEmpty, let event, let number, let date, let slot else { throw RowProblems(problems) }

            let existing = targets[code]??.sessions[number]
            var session = existing ?? TrainingSession(
                id: context.makeID(), eventID: event.id, number: number, date: date, startTime: slot.start.description,
                endTime: slot.end.description, minutes: slot.minutes, status: .held)
            session.date = date
            session.startTime = slot.start.description
            session.endTime = slot.end.description
            session.minutes = slot.minutes
            if existing == session { return .unchanged }
            let clashes = try clashes(of: session, event: event)
            if !clashes.isEmpty {
                if options.strict { throw RowProblems(clashes.map { problem(.date, date.iso, "clashes: \($0.description)") }) }
                summary.clashes += clashes.count
            }
            targets[code]??.sessions[number] = session
            if existing == nil {
                try events.insert(session)
                return .added
            }
            try events.update(session)
            try audit(context, "session.update", entity: "training_session", id: session.id, detail: "import \(url.lastPathComponent): \(code) session \(number)")
            return .updated
        }
    }

    /// `event_code,trainee_ref`.
    ///
    /// A file holds tens of thousands of enrolments, so nothing is asked of the database per
    /// row: the people a chunk of rows names are looked up together, each event's enrolments
    /// once, and the new enrolments are staged and stored together at the end
    /// (``EnrollmentStager``), which also finds the clashes they bring — the same ones, counted
    /// the same way, as enrolling the rows one by one.
    public func importEnrollments(_ url: URL, options: Options, context: ChangeContext) throws -> ImportSummary {
        // What every row of one event needs, looked up once per event and kept up to date
        // with the rows staged for it.
        struct Target {
            let event: TrainingEvent
            let audience: [String]
            let capacity: Int?
            var enrolled: Int
            var nextWaitlistPosition: Int
            var enrollments: [UUID: (id: UUID, status: Enrollment.Status)]
        }
        var targets: [String: Target?] = [:]
        var trainees: [String: Trainee] = [:]
        var staged: (any EnrollmentStager)?
        let database = self.database
        let events = database.events
        return try CSVImport.run(url, fields: EnrollmentImportField.self, columnMap: options.columnMap, database: database, dryRun: options.dryRun) { rows in
            trainees = try database.trainees.resolveAll(rows.map { $0[.traineeRef] ?? "" })
        } row: { values, problem, summary in
            var problems: [FieldProblem] = []
            let code = EventCode(values[.eventCode] ?? "").text
            if targets[code] == nil {
                targets[code] = try events.event(code: EventCode(code)).map { event in
                    let enrollments = try events.enrollmentStatuses(of: event.id).mapValues { (id: $0.id, status: $0.status) }
                    return Target(
                        event: event, audience: try database.courses.course(id: event.courseID)?.audience ?? [],
                        capacity: try event.capacity ?? event.venueID.flatMap { try database.scheduling.venue(id: $0)?.capacity },
                        enrolled: enrollments.values.count { $0.status == .enrolled },
                        nextWaitlistPosition: try events.nextWaitlistPosition(of: event.id), enrollments: enrollments)
                }
            }
            if case .some(nil) = targets[code] { problems.append(problem(.eventCode, code, "is not a known event")) }
            let trainee = trainees[values[.traineeRef] ?? ""]
            if trainee == nil { problems.append(problem(.traineeRef, values[.traineeRef] ?? "", "is not a known trainee")) }
            guard problems.isEmpty, var target = targets[code] ?? nil, let trainee else { throw RowProblems(problems) }
            let previous = target.enrollments[trainee.id]
            if let previous, previous.status != .withdrawn { return .unchanged }
            if !target.audience.isEmpty, let profession = trainee.professionCode, !target.audience.contains(profession) {
                summary.warnings += 1
            }
            let full = target.capacity.map { target.enrolled >= $0 } ?? false
            let enrollment = Enrollment(
                id: previous?.id ?? context.makeID(), eventID: target.event.id, traineeID: trainee.id, status: full ? .waitlisted : .enrolled,
                waitlistPosition: full ? target.nextWaitlistPosition : nil, professionCode: trainee.professionCode,
                regionCode: trainee.regionCode, organization: trainee.organization, sex: trainee.sex, enrolledAt: context.now())
            let stager = try staged ?? events.enrollmentStager()
            staged = stager
            try stager.stage(enrollment, line: values.line, reopening: previous != nil)
            if full { target.nextWaitlistPosition += 1 } else { target.enrolled += 1 }
            target.enrollments[trainee.id] = (enrollment.id, enrollment.status)
            targets[code] = target
            return .added
        } finish: { summary, problem in
            let clashes = try staged?.finish() ?? []
            guard options.strict else {
                summary.clashes += clashes.count
                return []
            }
            return clashes.map { problem($0.line, .traineeRef, $0.clash.who ?? "", "clashes: \($0.clash.description)") }
        }
    }

    private func clashes(of session: TrainingSession, event: TrainingEvent) throws -> [ScheduleClash] {
        guard session.status != .cancelled, let slot = session.slot
        else { return [] }
        let booking = SessionBooking(
            sessionID: session.id, eventID: event.id, eventCode: event.code, number: session.number, date: session.date, slot: slot,
            trainerIDs: session.trainerID.map { [$0] } ?? event.trainerIDs, venueID: session.venueID ?? event.venueID)
        return try database.clashes.clashes(for: booking)
    }

    private func audit(_ context: ChangeContext, _ action: String, entity: String, id: UUID, detail: String) throws {
        try database.audit.record(context, action, entity: entity, entityID: id.databaseText, detail: detail)
    }
}
