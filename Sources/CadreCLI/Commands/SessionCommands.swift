import CadreKit
import CadreModel

/// `cadre session …` and `cadre schedule check`: changing single sessions, finding clashes.
enum SessionCommands {
    static let slotOptions: [Option] = [
        .value("trainer", "trainer", help: "The trainer for this session only."),
        .value("venue", "venue", help: "The venue for this session only."),
        .flag("allow-weekend", help: "Allow a weekend or holiday."), .flag("force", help: "Despite clashes (audited)."),
        CommonOptions.json, CommonOptions.actor,
    ]

    static let command = Command(
        name: "session", abstract: "Add, move, cancel and list an event's sessions.",
        subcommands: [
            Command(
                name: "add", abstract: "Add a session to an event.",
                arguments: [Argument(name: "event", help: "The event code.")],
                options: [
                    .value("date", "date", help: "The date.", required: true),
                    .value("time", "slot", help: "The time, e.g. 09:30-12:30.", required: true),
                ] + slotOptions,
                action: { values, context in
                    try context.withStore(values) { database in
                        let session = try Scheduler(database, onOverride: context.overrideWarning("added")).addSession(
                            eventCode: values.argument("event") ?? "", date: try context.date(values.option("date") ?? "", name: "date"),
                            slot: try slot(values.option("time") ?? ""), trainer: values.option("trainer"), venue: values.option("venue"),
                            allowWeekend: values.flag("allow-weekend"), force: values.flag("force"), context: context.changeContext(values))
                        try context.report(session, values) { "Added session \($0.number): \($0.date) \($0.startTime)-\($0.endTime)" }
                    }
                }),
            Command(
                name: "move", abstract: "Move a session to another date, time, trainer or venue.",
                arguments: [Argument(name: "event", help: "The event code."), Argument(name: "number", help: "The session number.")],
                options: [.value("date", "date", help: "The new date."), .value("time", "slot", help: "The new time, e.g. 13:30-16:30.")] + slotOptions,
                action: { values, context in
                    try context.withStore(values) { database in
                        let session = try Scheduler(database, onOverride: context.overrideWarning("moved")).moveSession(
                            eventCode: values.argument("event") ?? "", number: try number(values),
                            date: try context.dateOption(values, "date"), slot: try values.option("time").map(slot),
                            trainer: values.option("trainer"), venue: values.option("venue"), allowWeekend: values.flag("allow-weekend"),
                            force: values.flag("force"), context: context.changeContext(values))
                        try context.report(session, values) { "Moved session \($0.number) to \($0.date) \($0.startTime)-\($0.endTime)" }
                    }
                }),
            Command(
                name: "cancel", abstract: "Cancel a session; it no longer counts for attendance.",
                arguments: [Argument(name: "event", help: "The event code."), Argument(name: "number", help: "The session number.")],
                options: [.value("reason", "text", help: "Why (recorded in the audit log)."), CommonOptions.actor],
                action: { values, context in
                    try context.withStore(values) { database in
                        let session = try Scheduler(database).cancelSession(
                            eventCode: values.argument("event") ?? "", number: try number(values), reason: values.option("reason"),
                            context: context.changeContext(values))
                        context.print("Cancelled session \(session.number) of \(values.argument("event") ?? "").")
                    }
                }),
            Command(
                name: "list", abstract: "List an event's sessions.",
                arguments: [Argument(name: "event", help: "The event code.")], options: [CommonOptions.json, CommonOptions.language],
                action: { values, context in
                    try context.withStore(values) { database in
                        let register = try AttendanceRegister.load(values.argument("event") ?? "", database: database)
                        let language = try context.language(values, database: database)
                        try context.table(register.sessionLines, values, headers: ["NO", "DATE", "TIME", "STATUS", "MODULE", "TRAINERS", "VENUE"]) { line in
                            [
                                String(line.session.number), line.session.date.iso, "\(line.session.startTime)-\(line.session.endTime)",
                                line.session.status.rawValue, line.module?[language] ?? "", line.trainerNames.joined(separator: ", "),
                                line.venueName ?? "",
                            ]
                        }
                    }
                }),
            ScheduleImportCommands.sessions,
        ])

    static let check = Command(
        name: "schedule", abstract: "Check the whole schedule.",
        subcommands: [
            Command(
                name: "check", abstract: "List every clash: trainers, venues or trainees booked twice at once.",
                discussion: "Exits 1 when there are clashes, so a cron job can alert.",
                options: [CommonOptions.json],
                action: { values, context in
                    try context.withStore(values) { database in
                        let clashes = try Scheduler(database).check()
                        if values.flag("json") {
                            context.stdout.write(try JSONOutput.render(clashes))
                        } else {
                            for clash in clashes { context.print("\(clash.kind.rawValue): \(clash.description)") }
                            context.print(clashes.isEmpty ? "No clashes." : "\(Plural.count(clashes.count, "clash", "clashes")).")
                        }
                        if !clashes.isEmpty { throw ClashesFound(count: clashes.count) }
                    }
                }),
        ])

    static func slot(_ text: String) throws -> TimeSlot {
        guard let slot = TimeSlot(parsing: text) else {
            throw InvalidOption(option: "time", value: text, reason: "is not a time slot like 09:30-12:30 that ends after it starts")
        }
        return slot
    }

    static func number(_ values: ParsedValues) throws -> Int {
        guard let text = values.argument("number"), let number = Int(text), number > 0 else {
            throw UsageError("The value '\(values.argument("number") ?? "")' is invalid for '<number>'", commandPath: values.commandPath)
        }
        return number
    }
}

/// `schedule check` found clashes: already printed, exit 1.
struct ClashesFound: CadreError {
    let count: Int
    var category: ErrorCategory { .conflict }
    var description: String { "\(count) clashes in the schedule" }
}
