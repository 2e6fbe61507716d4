import CadreKit
import CadreModel
import CadreRender
import Foundation

/// `cadre feedback import` and `cadre report feedback`: what participants thought of their training.
enum FeedbackCommands {
    static let command = Command(
        name: "feedback",
        abstract: "End-of-training feedback: paper forms in (reports: 'cadre report feedback').",
        subcommands: [form, importCommand])

    static let form = Command(
        name: "form", abstract: "Write an event's printable end-of-training questionnaire (A4), for forms collected on paper.",
        discussion: """
            The form asks no name: it is anonymous. Each question shows its key, the column to type its answers into
            for 'cadre feedback import'.
            """,
        arguments: [Argument(name: "event", help: "The event code.")],
        options: [
            .value("html", "file", help: "Where to write the page (default: EVENT-feedback-LANG.html)."), .flag("force", help: "Replace an existing file."),
            CommonOptions.language, CommonOptions.templates,
        ],
        action: { values, context in
            try context.withStore(values) { database in
                let event = try EventSummary.load(values.argument("event") ?? "", database: database)
                let questionnaire = try FeedbackBook(database).form(eventCode: event.event.code)
                let language = try context.language(values, database: database)
                var values = values
                if values.option("html") == nil { values.options["html"] = ["\(event.event.code)-feedback-\(language.rawValue).html"] }
                let file = try context.writeHTMLPage(values, database: database, template: "feedback-form") {
                    FeedbackFormPage.context(questionnaire, event: event, language: $0, messages: $1)
                }
                context.print("Wrote the feedback form of \(event.event.code) to \(file.path)")
            }
        })

    static let importCommand = Command(
        name: "import", abstract: "Import feedback forms collected on paper (all or nothing).",
        discussion: """
            One row per paper form. Columns: the questions' keys as the form names them (see 'cadre questionnaire show
            FEEDBACK-END'), event_code (or --event for the whole file) and, optionally, trainee_ref — who handed the form in,
            recorded apart from the answers so that they cannot answer twice. Scales take 1 to 5, yes/no questions yes or no
            (bəli/xeyr, да/нет), choices an option's key or its label. Answers are stored without any link to the person.
            """,
        arguments: [Argument(name: "file", help: "The CSV file.")],
        options: [
            .value("event", "code", help: "The event every form is about, when the file has no event_code column."),
            .flag("dry-run", help: "Check and count everything, store nothing."), CommonOptions.json, CommonOptions.actor,
        ],
        action: { values, context in
            try context.withStore(values) { database in
                let summary = try FeedbackBook(database).importForms(
                    context.url(values.argument("file") ?? ""), eventCode: values.option("event"), dryRun: values.flag("dry-run"),
                    context: context.changeContext(values))
                try context.report(summary, values) { summary in
                    (summary.dryRun ? "Dry run, nothing stored: " : "") + "\(Plural.count(summary.rows, "form", "forms")): \(summary.added) stored."
                }
            }
        })

    /// `cadre report feedback`.
    static let report = Command(
        name: "feedback", abstract: "How participants judged their trainings, and what they use months later: forms returned and every answer's distribution.",
        discussion: """
            Per event, course, centre or trainer: forms returned against participants, each scale's five points and mean, yes and no,
            each option. Groups with fewer forms than --suppress-below (default 5) show no answers, and smaller counts are shown
            as <5, so that no one's answers can be recognised. Free-text answers are listed only for one event (--event CODE
            --texts), for its coordinator, and not when its answers are hidden.
            """,
        options: [
            .value("from", "date", help: "Events starting on or after this date."), .value("to", "date", help: "Events starting on or before it."),
            .value("event", "code", help: "One event only."),
            .flag("texts", help: "With --event: list the free-text answers too, for the event's coordinator."),
            .value("by", "group", help: "event (default), course, centre or trainer.", choices: FeedbackReport.Grouping.allCases.map(\.rawValue)),
            .value("suppress-below", "n", help: "Hide groups with fewer forms, and smaller counts (default 5)."),
            .value("questionnaire", "code", help: "FEEDBACK-END (default; with --event, its course's own), a course's own, or FOLLOW-UP: the answers at the end, or months later."),
            ReportOutput.formatOption, ReportOutput.outOption, ReportOutput.forceOption, CommonOptions.language, CommonOptions.templates,
        ],
        action: { values, context in
            let suppress = try values.integer("suppress-below", in: 1...1000) ?? FeedbackReport.defaultSuppressBelow
            if values.flag("texts"), values.option("event") == nil {
                throw UsageError("--texts lists one event's free-text answers: give --event CODE", commandPath: values.commandPath)
            }
            try context.withStore(values) { database in
                let report = try FeedbackReport.make(
                    from: try context.dateOption(values, "from"), to: try context.dateOption(values, "to"), eventCode: values.option("event"),
                    grouping: values.option("by").flatMap(FeedbackReport.Grouping.init(rawValue:)) ?? .event, suppressBelow: suppress,
                    texts: values.flag("texts"), questionnaireCode: values.option("questionnaire"), database: database,
                    now: context.changeContext(values).now())
                if values.option("format") == "json" { return try ReportOutput.emit(try JSONOutput.render(report), context: context, values: values) }
                let words = try context.reportWords(values, database: database)
                try ReportOutput(report.table(words: words)).write(values.option("format") ?? "table", context: context, values: values, database: database)
            }
        })
}
