import CadreKit
import CadreRender
import CadreModel
import Foundation

/// `cadre attendance …` and `cadre completion`: who came, and who completed.
enum AttendanceCommands {
    static let command = Command(
        name: "attendance", abstract: "Record and show attendance.",
        subcommands: [mark, importCommand, RollCallCommand.command, show])

    static let mark = Command(
        name: "mark", abstract: "Mark trainees in one session.",
        discussion: "Marking someone not enrolled is an error unless --walk-in, which enrols them as a walk-in. Statuses: \(AttendanceStatusWords.described).",
        arguments: [
            Argument(name: "event", help: "The event code."),
            Argument(name: "refs", help: "Trainee references.", isOptional: true, isRepeating: true),
        ],
        options: [
            .value("session", "n", help: "The session number.", required: true),
            .value("status", "status", help: "present, late, excused or absent (also P/L/E/A, 1/0, az/ru words)."),
            .flag("all-present", help: "Mark every enrolled trainee present…"),
            .repeated("except", "ref", help: "…except these (marked absent)."),
            .value("note", "text", help: "A note kept with the marks."),
            .flag("walk-in", help: "Enrol people not enrolled as walk-ins."),
            CommonOptions.json, CommonOptions.actor,
        ],
        action: runMark)

    static let importCommand = CSVImportCommand.make(
        what: "marks",
        discussion: """
            Columns: event_code, session_no, trainee_ref, status (and note). trainee_ref is the reference printed on the
            sign-in sheet (the centre's own, or T-…). Re-importing changes nothing; a changed mark is an update recorded in
            the audit log. Statuses (any case): \(AttendanceStatusWords.described).
            """,
        addedWord: "recorded"
    ) { request in
        try AttendanceBook(request.database).importFile(request.file, columnMap: request.columnMap, dryRun: request.dryRun, context: request.context)
    }

    static let show = Command(
        name: "show", abstract: "The attendance matrix: trainee × session, totals and completion.",
        arguments: [Argument(name: "event", help: "The event code.")],
        options: [
            .value("html", "file", help: "Write a printable HTML matrix to this file."), .flag("force", help: "Replace an existing --html file."),
            CommonOptions.json, CommonOptions.language, CommonOptions.templates,
        ],
        action: runShow)

    static let completion = Command(
        name: "completion", abstract: "Who completed an event's course, and why the others did not.",
        arguments: [Argument(name: "event", help: "The event code.")], options: [CommonOptions.json],
        action: { values, context in
            try context.withStore(values) { database in
                let register = try AttendanceRegister.load(values.argument("event") ?? "", database: database)
                if values.flag("json") {
                    return context.stdout.write(try JSONOutput.render(register.rows.map { row in
                        CompletionLine(ref: row.traineeRef, name: row.name, completion: row.completion)
                    }))
                }
                var table = TextTable("REF", "NAME", "ATTENDED", "POST-TEST", "COMPLETED", "WHY NOT")
                for row in register.rows {
                    let completion = row.completion
                    table.append([
                        row.printedRef, row.name, "\(completion.attended)/\(completion.held) (\(completion.percent) %)",
                        completion.postScore.map { "\($0)/\(completion.maxScore)" } ?? "—", completion.completed ? "yes" : "no",
                        completion.reasons.joined(separator: "; "),
                    ])
                }
                context.stdout.write(table.render())
                context.print("\(register.rows.filter(\.completion.completed).count) of \(register.rows.count) completed.")
            }
        })

    static func runMark(_ values: ParsedValues, _ context: CommandContext) throws {
        guard let number = try values.integer("session", in: 1...1000) else { return }
        let references = values.arguments("refs")
        try context.withStore(values) { database in
            let book = AttendanceBook(database)
            let outcomes: [AttendanceBook.MarkOutcome]
            if values.flag("all-present") {
                guard references.isEmpty, values.option("status") == nil else {
                    throw UsageError("--all-present takes no references or --status (use --except)", commandPath: values.commandPath)
                }
                outcomes = try book.markAllPresent(
                    eventCode: values.argument("event") ?? "", session: number, except: values.options("except"), context: context.changeContext(values))
            } else {
                guard !references.isEmpty else { throw UsageError("Missing expected argument '<refs>' (or --all-present)", commandPath: values.commandPath) }
                guard let status = try TraineeOptions.value(values, "status", AttendanceStatusWords.status) else {
                    throw UsageError("Missing expected argument '--status <status>'", commandPath: values.commandPath)
                }
                outcomes = try book.mark(
                    eventCode: values.argument("event") ?? "", session: number, references: references, status: status,
                    note: values.option("note"), walkIn: values.flag("walk-in"), context: context.changeContext(values))
            }
            if values.flag("json") { return context.stdout.write(try JSONOutput.render(outcomes)) }
            let count = { (result: AttendanceBook.MarkResult) in outcomes.filter { $0.result == result }.count }
            var line = "\(count(.recorded)) recorded, \(count(.updated)) updated, \(count(.unchanged)) unchanged"
            if values.flag("all-present") {
                // Say who is not present, by the reference typed: "--except" is easy to mistype,
                // and the count alone hides it.
                let registry = TraineeRegistry(database)
                let typed = Dictionary(try values.options("except").map { (try registry.find($0).ref, $0) }) { first, _ in first }
                let notPresent = outcomes.filter { $0.status != .present }
                line += ": \(outcomes.count - notPresent.count) present"
                    + notPresent.map { ", \(typed[$0.traineeRef] ?? $0.traineeRef) \(($0.status ?? .absent).rawValue)" }.joined()
            }
            context.print(line + ".")
        }
    }

    static func runShow(_ values: ParsedValues, _ context: CommandContext) throws {
        try context.withStore(values) { database in
            let register = try AttendanceRegister.load(values.argument("event") ?? "", database: database)
            if values.option("html") != nil {
                let file = try context.writeHTMLPage(values, database: database, template: "attendance") {
                    AttendancePage.context(register, language: $0, messages: $1)
                }
                return context.print("Wrote the attendance matrix of \(register.summary.event.code) to \(file.path)")
            }
            if values.flag("json") { return context.stdout.write(try JSONOutput.render(register)) }
            let symbols: [AttendanceMark.Status: String] = [.present: "P", .late: "L", .excused: "E", .absent: "A"]
            var table = TextTable(["REF", "NAME"] + register.sessions.map { "S\($0.number)" } + ["ATTENDED", "%", "COMPLETED"])
            for row in register.rows {
                table.append(
                    [row.printedRef, row.name] + row.marks.map { $0.flatMap { symbols[$0] } ?? "·" }
                        + [String(row.completion.attended), String(row.completion.percent), row.completion.completed ? "yes" : "no"])
            }
            table.append(["", "present or late"] + register.attendedPerSession.map(String.init) + ["", "", ""])
            context.stdout.write(table.render())
            context.print("P present, L late, E excused, A absent, · not recorded (counts as not attended)")
        }
    }
}

/// One line of `completion --json`.
struct CompletionLine: Encodable {
    let ref: String
    let name: String
    let completion: Completion
}
