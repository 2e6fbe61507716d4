import CadreKit
import CadreModel
import CadreRender
import Foundation

/// `/events`: the centre's events, scheduling one from a course, an event's page with its
/// sessions and people, and enrolling people found by search.
extension WebApp {
    /// The events list shows the latest this many (a ministry server holds years of them).
    static let eventListLimit = 300

    /// The events list: the centre's (every centre's for national users, who may choose one),
    /// filtered by status and period, each with its centre, dates and places taken.
    func events(_ visitor: Visitor) throws -> HTTPResponse {
        let status = visitor.query("status").flatMap(TrainingEvent.Status.init(rawValue:))
        let from = visitor.query("from").flatMap(CalendarDate.init(parsing:))
        let to = visitor.query("to").flatMap(CalendarDate.init(parsing:))
        let (events, courses, centres, chosenCentre) = try visitor.store.read { database in
            let centres = try database.scheduling.centres()
            let chosen = visitor.user.centreID ?? visitor.query("centre").flatMap { code in centres.first { $0.code == code }?.id }
            let events = Array(try database.events.events(from: from, to: to, centreID: chosen, status: status).suffix(Self.eventListLimit))
            return (events, try Dictionary(events.map { ($0.courseID, try database.courses.course(id: $0.courseID)) }) { a, _ in a }, centres, chosen)
        }
        let centreNames = Dictionary(centres.map { ($0.id, $0.names[visitor.language]) }) { a, _ in a }
        let counts = try visitor.store.read { database in
            try events.map { try database.events.count(of: $0.id, status: .enrolled) }
        }
        return try page("events", visitor, [
            "mayschedule": .bool(visitor.access.may(.schedule)),
            "events": .list(zip(events, counts).reversed().map { event, enrolled in
                [
                    "code": .string(event.code), "course": .text((courses[event.courseID] ?? nil)?.title[visitor.language]),
                    "centre": .text(event.centreID.flatMap { centreNames[$0] }),
                    "dates": .string(DateWording.range(event.startDate, event.endDate, visitor.language)),
                    "status": .string(visitor.text("status.event." + event.status.rawValue)),
                    "places": .string(String(enrolled) + (event.capacity.map { " / \($0)" } ?? "")),
                ]
            }),
            "filters": [
                "national": .bool(visitor.user.centreID == nil),
                "centres": .list(centres.map { ["code": .string($0.code), "name": .string($0.names[visitor.language]), "chosen": .bool($0.id == chosenCentre)] }),
                "statuses": .list(TrainingEvent.Status.allCases.map {
                    ["value": .string($0.rawValue), "label": .string(visitor.text("status.event." + $0.rawValue)), "chosen": .bool($0 == status)]
                }),
                "from": .text(from?.iso), "to": .text(to?.iso),
            ],
        ])
    }

    /// The scheduling form: a course, the centre's venues and the trainers to choose from —
    /// with what the visitor chose kept, when the form comes back with a refusal.
    func scheduleForm(_ visitor: Visitor, values: [String: TemplateValue] = [:], status: Int = 200) throws -> HTTPResponse {
        let (courses, venues, trainers, centres) = try visitor.store.read { database in
            (try database.courses.allLatest(), try database.scheduling.venues(), try database.scheduling.trainers(), try database.scheduling.centres())
        }
        let posted = visitor.request.method == "POST"
        let chosen = { (name: String) in posted ? visitor.field(name) : nil }
        let ticked = Set(posted ? visitor.fieldValues("trainer") : [])
        var context = values
        context["courses"] = .list(courses.map {
            ["code": .string($0.code), "title": .string($0.title[visitor.language]), "chosen": .bool(chosen("course") == $0.code)]
        })
        context["venues"] = .list(venues.filter { visitor.access.sees(centreID: $0.centreID) || $0.centreID == nil }.map {
            ["code": .string($0.code), "name": .string($0.name), "chosen": .bool(chosen("venue") == $0.code)]
        })
        context["trainers"] = .list(trainers.map { ["ref": .string($0.ref), "name": .string($0.fullName), "chosen": .bool(ticked.contains($0.ref))] })
        // A coordinator schedules for their own centre; an admin chooses.
        context["centres"] = .list(visitor.user.centreID == nil ? centres.map {
            ["code": .string($0.code), "name": .string($0.names[visitor.language]), "chosen": .bool(chosen("centre") == $0.code)]
        } : [])
        context["hasCentres"] = .bool(visitor.user.centreID == nil && !centres.isEmpty)
        context["start"] = .string(chosen("start") ?? visitor.today.adding(days: 7).iso)
        context["days"] = .text(chosen("days"))
        context["capacity"] = .text(chosen("capacity"))
        context["code"] = .text(chosen("code"))
        context["reason"] = .text(chosen("override-reason"))
        return try page("event-new", visitor, context, status: status)
    }

    func schedule(_ visitor: Visitor) throws -> HTTPResponse {
        guard let course = visitor.field("course"), let startText = visitor.field("start") else {
            return try scheduleForm(visitor, values: ["problem": .string(visitor.text("web.schedule.missing"))], status: 400)
        }
        guard let start = CalendarDate(parsing: startText) else {
            return try scheduleForm(visitor, values: ["problem": .string(visitor.text("web.schedule.badDate"))], status: 400)
        }
        let days = visitor.field("days").flatMap { Int($0) }
        let capacity = visitor.field("capacity").flatMap { Int($0) }
        // A coordinator schedules for their own centre, whatever the form says.
        let centre = visitor.centre?.code ?? visitor.field("centre")
        // Overriding a clash is what the page offers: a box to tick and the reason, audited.
        let reason = visitor.field("override-reason")
        if visitor.field("override") != nil && reason == nil {
            return try scheduleForm(visitor, values: ["problem": .string(visitor.text("refusal.overrideNeedsReason")), "offerOverride": true], status: 400)
        }
        let request = Scheduler.EventRequest(
            courseCode: course, centre: centre, venue: visitor.field("venue"), start: start, days: days,
            trainers: visitor.fieldValues("trainer").filter { !$0.isEmpty }, capacity: capacity, pattern: Scheduler.defaultPattern,
            code: visitor.field("code"), force: visitor.field("override") != nil)
        var context = visitor.changeContext
        context.overrideReason = reason
        do {
            let scheduled = try Scheduler(visitor.store).schedule(request, context: context)
            return .redirect(to: "/events/" + Self.pathEscaped(scheduled.event.code))
        } catch let error as any CadreError {
            let (text, lines) = RefusalWords(visitor: visitor).words(error)
            return try scheduleForm(visitor, values: [
                "problem": .string(text), "problems": .list(lines.map { .string($0) }), "offerOverride": .bool(error is ScheduleClashes),
            ], status: error.category == .conflict ? 409 : 400)
        }
    }

    /// An event: what, when and where; its sessions with their roll calls; its people, with
    /// a search to enrol more.
    func eventPage(_ visitor: Visitor, code: String, values: [String: TemplateValue] = [:], status: Int = 200) throws -> HTTPResponse {
        guard let event = try visitor.event(code) else { return try notFound(visitor) }
        let register = try AttendanceRegister.load(event.code, database: visitor.store)
        let summary = register.summary
        let attended = register.attendedPerSession
        let counted = Dictionary(zip(register.sessions.map(\.id), attended)) { a, _ in a }
        var context = values
        context["event"] = [
            "code": .string(event.code), "course": .string(summary.course.title[visitor.language]),
            "dates": .string(DateWording.range(event.startDate, event.endDate, visitor.language)),
            "centre": .text(summary.centre?.names[visitor.language]), "venue": .text(summary.venue?.name),
            "status": .string(visitor.text("status.event." + event.status.rawValue)),
            "enrolled": .number(Double(summary.enrolled)), "waitlisted": .number(Double(summary.waitlisted)),
            "capacity": .text(event.capacity.map(String.init)),
            "trainers": .text(summary.trainers.isEmpty ? nil : summary.trainers.map(\.fullName).joined(separator: ", ")),
        ]
        let access = visitor.access
        context["may"] = [
            "rollCall": .bool(access.may(.takeRollCall)), "scores": .bool(access.may(.enterScores)),
            "certify": .bool(access.may(.certify)), "enrol": .bool(access.may(.schedule)),
            "feedback": .bool(access.mayReadFeedback(of: event)),
        ]
        context["sessions"] = .list(register.sessionLines.map { line in
            let session = line.session
            return [
                "number": .number(Double(session.number)), "date": .string(DateWording.long(session.date, visitor.language)),
                "time": .string(session.startTime + "–" + session.endTime), "module": .text(line.module?[visitor.language]),
                "status": .string(visitor.text("status.session." + session.status.rawValue)),
                "cancelled": .bool(session.status == .cancelled),
                "attended": .text(counted[session.id].map(String.init)),
            ]
        })
        context["people"] = .list(register.rows.enumerated().map { index, row in
            [
                "no": .number(Double(index + 1)), "name": .string(row.name), "ref": .string(row.printedRef), "walkIn": .bool(row.isWalkIn),
                "attended": .string("\(row.completion.attended)/\(row.completion.held)"), "completed": .bool(row.completion.completed),
                "traineeRef": .string(row.traineeRef),
            ]
        })
        let waitlist = try visitor.store.read { database in
            try database.events.enrollments(of: event.id).filter { $0.status == .waitlisted }
                .sorted { ($0.waitlistPosition ?? 0) < ($1.waitlistPosition ?? 0) }
                .compactMap { try database.trainees.trainee(id: $0.traineeID) }
        }
        context["waitlist"] = .list(waitlist.enumerated().map { index, trainee in
            ["position": .number(Double(index + 1)), "name": .text(trainee.fullName), "ref": .string(trainee.ref)]
        })
        if access.may(.schedule), let search = visitor.query("q") {
            let enrolled = Set(register.rows.map(\.traineeRef))
            let found = try TraineeRegistry(visitor.store).list(TraineeFilter(search: search, limit: 50)).trainees.filter { !enrolled.contains($0.ref) }
            context["q"] = .string(search)
            context["searched"] = true
            context["found"] = .list(traineeLines(found, try PersonLabels(visitor.store, language: visitor.language)))
        }
        return try page("event", visitor, context, status: status)
    }

    /// Enrols the people ticked in the search results, all in one transaction; over capacity
    /// they go on the waitlist.
    func enrol(_ visitor: Visitor, code: String) throws -> HTTPResponse {
        guard let event = try visitor.event(code) else { return try notFound(visitor) }
        let references = visitor.fieldValues("ref")
        guard !references.isEmpty else {
            return try eventPage(visitor, code: event.code, values: ["problem": .string(visitor.text("web.enrol.none"))], status: 400)
        }
        let outcomes = try Scheduler(visitor.store).enroll(
            eventCode: event.code, references: references, force: visitor.field("force") != nil, context: visitor.changeContext)
        let enrolled = outcomes.filter { $0.result == .enrolled }.count
        let waitlisted = outcomes.filter { $0.result == .waitlisted }.count
        let done = visitor.text("web.enrol.done").replacingOccurrences(of: "{enrolled}", with: String(enrolled))
            .replacingOccurrences(of: "{waitlisted}", with: String(waitlisted))
        return try eventPage(visitor, code: event.code, values: ["done": .string(done)])
    }
}
