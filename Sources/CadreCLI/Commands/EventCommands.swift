import CadreKit
import CadreModel
import Foundation

/// `cadre event …`: deliveries of a course, their schedule and who takes part.
enum EventCommands {
    static let command = Command(
        name: "event", abstract: "Schedule training events and enrol trainees.",
        subcommands: [schedule, list, show, cancel, enroll, withdraw, ScheduleImportCommands.events])

    static let schedule = Command(
        name: "schedule", abstract: "Create an event and its sessions from a course's modules.",
        discussion: """
            Sessions fill the pattern's slots on working days (weekends and public holidays are skipped)
            until the course's hours are covered. Clashes with a trainer's, a venue's or a trainee's other
            bookings are refused; --force overrides and the override is audited.
            """,
        options: [
            .value("course", "code", help: "The course, e.g. DV-101.", required: true),
            .value("centre", "code", help: "The centre running it."), .value("venue", "venue", help: "Where (reference or name)."),
            .value("start", "date", help: "The first day, e.g. 2021-10-25.", required: true),
            .value("days", "n", help: "Working days to use (default: as many as the course needs)."),
            .repeated("trainer", "trainer", help: "A trainer (reference, e-mail or name); repeat for several."),
            .value("capacity", "n", help: "Places (default: the venue's capacity)."),
            .value("pattern", "slots", help: "A day's slots (default: 09:30-12:30,13:30-16:30)."),
            .value("code", "code", help: "The event code (default: generated, e.g. DV-SAATLI-2021-10)."),
            .flag("allow-weekend", help: "Use weekends and holidays too."), .flag("force", help: "Schedule despite clashes (audited)."),
            .flag("dry-run", help: "Print the sessions it would create and any clashes; store nothing."),
            CommonOptions.json, CommonOptions.actor,
        ],
        action: runSchedule)

    static let list = Command(
        name: "list", abstract: "List events.",
        options: [
            .value("from", "date", help: "Only events ending on or after this date."), .value("to", "date", help: "Only events starting on or before it."),
            .value("centre", "code", help: "Only this centre's events."),
            .value(
                "status", "status",
                help: "Only events with this status: planned (no attendance yet), running (attendance for some sessions), held (for every session that was not cancelled; also 'completed'), cancelled.",
                choices: TrainingEvent.Status.allCases.map(\.rawValue) + ["completed"]),
            CommonOptions.json,
        ],
        action: runList)

    static let show = Command(
        name: "show", abstract: "Show an event with its sessions, trainers and enrolment counts.",
        arguments: [Argument(name: "code", help: "The event code.")], options: [CommonOptions.json, CommonOptions.language],
        action: runShow)

    static let cancel = Command(
        name: "cancel", abstract: "Cancel an event (its records stay).",
        arguments: [Argument(name: "code", help: "The event code.")],
        options: [.value("reason", "text", help: "Why (recorded in the audit log)."), CommonOptions.actor],
        action: { values, context in
            try context.withStore(values) { database in
                let event = try Scheduler(database).cancelEvent(values.argument("code") ?? "", reason: values.option("reason"), context: context.changeContext(values))
                context.print("Cancelled \(event.code).")
            }
        })

    static let enroll = Command(
        name: "enroll", abstract: "Enrol trainees; over capacity they go on the waitlist.",
        arguments: [Argument(name: "code", help: "The event code."), Argument(name: "refs", help: "Trainee references.", isOptional: true, isRepeating: true)],
        options: [
            .value("from-file", "file", help: "Also enrol the references in this file, one per line (or the first CSV column)."),
            .flag("force", help: "Enrol people outside the course's audience or with clashing bookings (audited)."),
            CommonOptions.json, CommonOptions.actor,
        ],
        action: runEnroll)

    static let withdraw = Command(
        name: "withdraw", abstract: "Withdraw a trainee; the first on the waitlist takes the place.",
        arguments: [Argument(name: "code", help: "The event code."), Argument(name: "ref", help: "The trainee's reference.")],
        options: [CommonOptions.actor],
        action: { values, context in
            try context.withStore(values) { database in
                let promoted = try Scheduler(database).withdraw(
                    eventCode: values.argument("code") ?? "", reference: values.argument("ref") ?? "", context: context.changeContext(values))
                context.print("Withdrew \(values.argument("ref") ?? "")." + (promoted.map { " \($0.ref) moves up from the waitlist." } ?? ""))
            }
        })

    static func runSchedule(_ values: ParsedValues, _ context: CommandContext) throws {
        guard let pattern = TimeSlot.pattern(values.option("pattern") ?? "09:30-12:30,13:30-16:30") else {
            throw InvalidOption(option: "pattern", value: values.option("pattern") ?? "", reason: "is not a list of slots like 09:30-12:30,13:30-16:30")
        }
        try context.withStore(values) { database in
            let request = Scheduler.EventRequest(
                courseCode: values.option("course") ?? "", centre: values.option("centre"), venue: values.option("venue"),
                start: try context.date(values.option("start") ?? "", name: "start"), days: try values.integer("days", in: 1...60),
                trainers: values.options("trainer"), capacity: try values.integer("capacity", in: 1...10_000), pattern: pattern,
                code: values.option("code"), allowWeekend: values.flag("allow-weekend"), force: values.flag("force"))
            var planned = request
            planned.dryRun = values.flag("dry-run")
            let (event, sessions, clashes) = try Scheduler(database).schedule(planned, context: context.changeContext(values))
            for clash in clashes { context.stderr.write((planned.dryRun ? "clash: " : "warning: scheduled despite: ") + clash.description + "\n") }
            if values.flag("json") { return context.stdout.write(try JSONOutput.render(["event": AnyEncodable(event), "sessions": AnyEncodable(sessions)])) }
            context.print((planned.dryRun ? "Dry run, nothing stored: \(event.code) would have " : "Scheduled \(event.code): ")
                + "\(Plural.count(sessions.count, "session", "sessions")) from \(event.startDate) to \(event.endDate).")
            // The weekday beside each date: a sitting on a Saturday is seen before it is stored.
            for session in sessions {
                context.print("  \(session.number). \(session.date) \(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][session.date.isoWeekday - 1]) \(session.startTime)-\(session.endTime)")
            }
            // A dry run answers as the real run would: clashes without --force are a refusal.
            if planned.dryRun && !clashes.isEmpty && !planned.force { throw DryRunRefused(clashes: clashes.count) }
        }
    }

    static func runList(_ values: ParsedValues, _ context: CommandContext) throws {
        try context.withStore(values) { database in
            let centre = try values.option("centre").map { try database.scheduling.existingCentre($0).id }
            let events = try database.events.events(
                from: try context.dateOption(values, "from"),
                to: try context.dateOption(values, "to"), centreID: centre,
                status: values.option("status").flatMap(TrainingEvent.Status.init(typed:)))
            let courses = database.courses
            let store = database.events
            try context.table(events, values, headers: ["CODE", "COURSE", "FROM", "TO", "STATUS", "ENROLLED", "WAITLIST"]) { event in
                [
                    event.code, (try? courses.course(id: event.courseID)?.code) ?? "", event.startDate.iso, event.endDate.iso, event.status.rawValue,
                    String((try? store.count(of: event.id, status: .enrolled)) ?? 0), String((try? store.count(of: event.id, status: .waitlisted)) ?? 0),
                ]
            }
        }
    }

    static func runShow(_ values: ParsedValues, _ context: CommandContext) throws {
        try context.withStore(values) { database in
            let summary = try EventSummary.load(values.argument("code") ?? "", database: database)
            if values.flag("json") { return context.stdout.write(try JSONOutput.render(summary)) }
            let language = try context.language(values, database: database)
            context.stdout.write(summary.text(language: language))
        }
    }

    static func runEnroll(_ values: ParsedValues, _ context: CommandContext) throws {
        var references = values.arguments("refs")
        if let file = values.option("from-file") {
            let reader = try CSVReader(url: context.url(file))
            while let record = try reader.nextRecord() {
                if let first = record.fields.first.map(TextFolding.clean), !first.isEmpty, TraineeField.matching(header: first) != .ref {
                    references.append(first)
                }
            }
        }
        guard !references.isEmpty else { throw UsageError("Missing expected argument '<refs>' (or --from-file)", commandPath: values.commandPath) }
        try context.withStore(values) { database in
            let outcomes = try Scheduler(database, onOverride: context.overrideWarning("enrolled")).enroll(
                eventCode: values.argument("code") ?? "", references: references, force: values.flag("force"), context: context.changeContext(values))
            for warning in outcomes.compactMap(\.warning) { context.stderr.write("warning: \(warning)\n") }
            if values.flag("json") { return context.stdout.write(try JSONOutput.render(outcomes)) }
            let count = { (result: Scheduler.EnrollOutcome.Result) in outcomes.filter { $0.result == result }.count }
            context.print("\(count(.enrolled)) enrolled, \(count(.waitlisted)) waitlisted, \(count(.alreadyEnrolled) + count(.alreadyWaitlisted)) already there.")
        }
    }
}

/// What `event schedule --dry-run` says when the real run would be refused.
struct DryRunRefused: CadreError {
    let clashes: Int
    var category: ErrorCategory { .conflict }
    var description: String { "scheduling it would be refused: \(Plural.count(clashes, "clash", "clashes")) (listed above); --force overrides, audited" }
}

/// Wraps values of different types for one JSON object.
struct AnyEncodable: Encodable {
    let encode: (any Encoder) throws -> Void
    init(_ value: some Encodable) { encode = value.encode(to:) }
    func encode(to encoder: any Encoder) throws { try encode(encoder) }
}
