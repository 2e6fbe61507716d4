import CadreKit
import CadreRender
import CadreModel
import Foundation

/// `cadre sheet`: printable sign-in sheets, one per session or one grid per event.
enum SheetCommand {
    static let command = Command(
        name: "sheet", abstract: "Write printable sign-in sheets (HTML, A4).",
        discussion: """
            By default one A4 portrait sheet per session (an event of 6 sessions gives 6 files); --grid gives
            one A4 landscape sheet per event with a column per session. Trainees are listed in Azerbaijani
            alphabetical order. Open the files in a browser and print them.
            """,
        arguments: [Argument(name: "events", help: "Event codes.", isOptional: true, isRepeating: true)],
        options: [
            .flag("all-events", help: "Every event (not cancelled) in --from/--to."),
            .value("from", "date", help: "With --all-events: events ending on or after this date."),
            .value("to", "date", help: "With --all-events: events starting on or before this date."),
            .value("session", "n", help: "Only this session."), .flag("grid", help: "One sheet per event with a column per session."),
            .flag("combined", help: "One file per event (EVENT-sessions.html) with every session's sheet: one print job."),
            .value("out", "dir", help: "The folder to write into (default: ./sheets)."),
            .value("blank-rows", "n", help: "Blank rows for walk-ins (default: 5)."),
            CommonOptions.force, CommonOptions.language, CommonOptions.templates,
        ],
        action: run)

    static func run(_ values: ParsedValues, _ context: CommandContext) throws {
        let session = try values.integer("session", in: 1...1000)
        let blankRows = try values.integer("blank-rows", in: 0...100) ?? 5
        if session != nil && values.flag("grid") { throw UsageError("--session and --grid cannot be used together", commandPath: values.commandPath) }
        if values.flag("combined") && values.flag("grid") {
            throw UsageError("--combined and --grid cannot be used together (a grid is one sheet per event already)", commandPath: values.commandPath)
        }
        try context.withStore(values) { database in
            let store = database.events
            var events = try values.arguments("events").map { code in
                guard let event = try store.event(code: EventCode(code)) else { throw NotFound(kind: "event", reference: code) }
                return event
            }
            if values.flag("all-events") {
                events += try store.events(
                    from: try context.dateOption(values, "from"),
                    to: try context.dateOption(values, "to"), centreID: nil, status: nil
                ).filter { $0.status != .cancelled }
            }
            guard !events.isEmpty else { throw UsageError("Missing expected argument '<events>' (or --all-events)", commandPath: values.commandPath) }
            let folder = try OutputFolder(context.url(values.option("out") ?? "sheets"), syncEachFile: false)
            try folder.checkCanFill(replacing: values.flag("force"))
            let printer = SignInSheetPrinter(
                library: try context.templates(values, database: database), language: try context.language(values, database: database),
                pages: values.flag("grid") ? .grid : .sessions(only: session), blankRows: blankRows, combined: values.flag("combined"))
            let progress = Progress(context)
            let written = try printer.print(events, database: database, into: folder) { progress.report("\($0) sheets written") }
            folder.flush()
            progress.finish()
            let sheets = Plural.count(written, "sign-in sheet", "sign-in sheets")
            context.print(values.flag("combined")
                ? "Wrote \(Plural.count(events.count, "file", "files")) (one per event) holding \(sheets) to \(folder.url.path)"
                : "Wrote \(sheets) to \(folder.url.path)")
        }
    }
}
