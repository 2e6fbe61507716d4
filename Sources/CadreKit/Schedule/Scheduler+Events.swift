public import CadreModel
import Foundation

/// Scheduling events and their sessions.
extension Scheduler {
    /// What `cadre event schedule` asks for.
    public struct EventRequest: Sendable {
        public var courseCode: String
        public var centre: String?
        public var venue: String?
        public var start: CalendarDate
        public var days: Int?
        public var trainers: [String]
        public var capacity: Int?
        public var pattern: [TimeSlot]
        public var code: String?
        public var allowWeekend: Bool
        public var force: Bool
        /// Plan everything and report the clashes, store nothing.
        public var dryRun = false

        public init(
            courseCode: String, centre: String?, venue: String?, start: CalendarDate, days: Int?, trainers: [String],
            capacity: Int? = nil, pattern: [TimeSlot], code: String? = nil, allowWeekend: Bool = false, force: Bool = false
        ) {
            self.courseCode = courseCode
            self.centre = centre
            self.venue = venue
            self.start = start
            self.days = days
            self.trainers = trainers
            self.capacity = capacity
            self.pattern = pattern
            self.code = code
            self.allowWeekend = allowWeekend
            self.force = force
        }
    }

    /// The usual day: two three-hour sittings with a lunch break.
    public static let defaultPattern = TimeSlot.pattern("09:30-12:30,13:30-16:30") ?? []

    /// Creates an event and its sessions in one transaction, following the course's modules
    /// and hours over working days. Refuses clashes unless `force` (audited). A dry run returns
    /// the event and sessions it would create, with every clash, and stores nothing.
    public func schedule(_ request: EventRequest, context: ChangeContext) throws -> (event: TrainingEvent, sessions: [TrainingSession], overridden: [ScheduleClash]) {
        try database.write { database in
            guard let course = try database.courses.latest(code: CourseCode(request.courseCode))?.course else {
                let codes = try database.courses.allLatest().map(\.code)
                throw NotFound(kind: "course", reference: request.courseCode, suggestion: ReferenceResolver.closest(CourseCode(request.courseCode).text, among: codes))
            }
            let store = database.scheduling
            let centre = try request.centre.map { try store.existingCentre($0) }
            let venue = try request.venue.map { try self.venue($0, in: database) }
            let trainers = try self.trainers(request.trainers, in: database)
            let planned = try SessionPlanner.plan(
                moduleMinutes: course.modules.map(\.minutes), start: request.start, days: request.days, slots: request.pattern,
                isWorkingDay: { date in try request.allowWeekend || isWorkingDay(date) })
            guard let first = planned.first, let last = planned.last else {
                throw SchedulingError.invalid("the course has no hours to schedule")
            }
            let events = database.events
            let code = try request.code.map { EventCode($0).text } ?? generatedCode(course: course, centre: centre, start: first.date, events: events)
            guard CurriculumDecoder.isCourseCode(code) else { throw SchedulingError.invalid("'\(code)' is not an event code (letters, digits and '-')") }
            if try events.isCodeTaken(EventCode(code)) { throw SchedulingError.codeTaken(code) }

            let event = TrainingEvent(
                id: context.makeID(), code: code, courseID: course.id, centreID: centre?.id, venueID: venue?.id,
                startDate: first.date, endDate: last.date, trainerIDs: trainers.map(\.id), capacity: request.capacity)
            var problems: [ScheduleClash] = []
            var sessions: [TrainingSession] = []
            for (index, plan) in planned.enumerated() {
                let booking = SessionBooking(
                    sessionID: nil, eventID: event.id, eventCode: code, number: index + 1, date: plan.date, slot: plan.slot,
                    trainerIDs: event.trainerIDs, venueID: venue?.id)
                problems += try database.clashes.clashes(for: booking)
                sessions.append(TrainingSession(
                    id: context.makeID(), eventID: event.id, number: index + 1, date: plan.date, startTime: plan.slot.start.description,
                    endTime: plan.slot.end.description, minutes: plan.slot.minutes, modulePosition: plan.modulePosition))
            }
            if request.dryRun { return (event, sessions, problems) }
            try enforce(problems, force: request.force, subject: code, in: database, context: context)
            try events.insert(event, at: context.now())
            for session in sessions { try events.insert(session) }
            try audit(database, context, "event.schedule", entity: "training_event", id: event.id,
                detail: "\(code): \(course.code), \(sessions.count) sessions \(event.startDate) to \(event.endDate)")
            return (event, sessions, problems)
        }
    }

    /// `DV-SAATLI-2021-10` from the course's series, the centre and the month; `-2`, `-3` … when taken.
    func generatedCode(course: Course, centre: Centre?, start: CalendarDate, events: any EventStorage) throws -> String {
        let series = course.code.split(separator: "-").first.map(String.init) ?? course.code
        let month = (start.month < 10 ? "0" : "") + String(start.month)
        let base = [series, centre?.code, String(start.year), month].compactMap { $0 }.joined(separator: "-")
        var code = base
        var suffix = 2
        while try events.isCodeTaken(EventCode(code)) {
            code = "\(base)-\(suffix)"
            suffix += 1
        }
        return code
    }

    /// Cancels an event: its sessions book nothing any more. Records stay.
    public func cancelEvent(_ code: String, reason: String?, context: ChangeContext) throws -> TrainingEvent {
        try database.write { database in
            var event = try self.event(code, in: database)
            guard event.status != .cancelled else { throw SchedulingError.eventCancelled(event.code) }
            event.status = .cancelled
            try database.events.cancel(event.id)
            try audit(database, context, "event.cancel", entity: "training_event", id: event.id, detail: [event.code, reason].compactMap { $0 }.joined(separator: ": "))
            return event
        }
    }

    /// Adds a session to an event, checked like any other.
    public func addSession(
        eventCode: String, date: CalendarDate, slot: TimeSlot, trainer: String?, venue: String?, allowWeekend: Bool, force: Bool,
        context: ChangeContext
    ) throws -> TrainingSession {
        try database.write { database in
            let event = try self.event(eventCode, in: database)
            let events = database.events
            let number = (try events.sessions(of: event.id).map(\.number).max() ?? 0) + 1
            var session = TrainingSession(
                id: context.makeID(), eventID: event.id, number: number, date: date, startTime: slot.start.description,
                endTime: slot.end.description, minutes: slot.minutes)
            session.trainerID = try trainer.map { try trainers([$0], in: database)[0].id }
            session.venueID = try venue.map { try self.venue($0, in: database).id }
            try check(session, of: event, allowWeekend: allowWeekend, force: force, in: database, context: context)
            try events.insert(session)
            try audit(database, context, "session.add", entity: "training_session", id: session.id, detail: "\(event.code) session \(number)")
            return session
        }
    }

    /// Moves a session to another date, time, trainer or venue.
    public func moveSession(
        eventCode: String, number: Int, date: CalendarDate?, slot: TimeSlot?, trainer: String?, venue: String?, allowWeekend: Bool,
        force: Bool, context: ChangeContext
    ) throws -> TrainingSession {
        try database.write { database in
            let event = try self.event(eventCode, in: database)
            var session = try self.session(number, of: event, in: database)
            guard session.status != .cancelled else { throw SchedulingError.sessionCancelled(event: event.code, number: number) }
            let before = "\(session.date) \(session.startTime)-\(session.endTime)"
            if let date { session.date = date }
            if let slot {
                session.startTime = slot.start.description
                session.endTime = slot.end.description
                session.minutes = slot.minutes
            }
            if let trainer { session.trainerID = try trainers([trainer], in: database)[0].id }
            if let venue { session.venueID = try self.venue(venue, in: database).id }
            try check(session, of: event, allowWeekend: allowWeekend, force: force, in: database, context: context)
            try database.events.update(session)
            try audit(database, context, "session.move", entity: "training_session", id: session.id,
                detail: "\(event.code) session \(number): \(before) → \(session.date) \(session.startTime)-\(session.endTime)")
            return session
        }
    }

    /// Cancels one session; it no longer counts towards attendance or bookings.
    public func cancelSession(eventCode: String, number: Int, reason: String?, context: ChangeContext) throws -> TrainingSession {
        try database.write { database in
            let event = try self.event(eventCode, in: database)
            var session = try self.session(number, of: event, in: database)
            guard session.status != .cancelled else { throw SchedulingError.sessionCancelled(event: event.code, number: number) }
            session.status = .cancelled
            try database.events.update(session)
            try audit(database, context, "session.cancel", entity: "training_session", id: session.id,
                detail: ["\(event.code) session \(number)", reason].compactMap { $0 }.joined(separator: ": "))
            return session
        }
    }

    func session(_ number: Int, of event: TrainingEvent, in database: any Store) throws -> TrainingSession {
        guard let session = try database.events.sessions(of: event.id).first(where: { $0.number == number }) else {
            throw NotFound(kind: "session", reference: "\(event.code) #\(number)")
        }
        return session
    }

    private func check(
        _ session: TrainingSession, of event: TrainingEvent, allowWeekend: Bool, force: Bool, in database: any Store, context: ChangeContext
    ) throws {
        guard let slot = session.slot
        else { throw SchedulingError.invalid("the session must end after it starts") }
        let booking = SessionBooking(
            sessionID: session.id, eventID: event.id, eventCode: event.code, number: session.number, date: session.date, slot: slot,
            trainerIDs: session.trainerID.map { [$0] } ?? event.trainerIDs, venueID: session.venueID ?? event.venueID)
        let problems = try problems(of: booking, event: event, within: event.startDate...event.endDate, allowWeekend: allowWeekend, in: database)
        try enforce(problems, force: force, subject: booking.label, in: database, context: context)
    }

    /// Every clash in the database.
    public func check() throws -> [ScheduleClash] {
        try database.read { try $0.clashes.allClashes() }
    }
}
