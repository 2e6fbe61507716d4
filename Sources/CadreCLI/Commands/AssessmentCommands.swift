import CadreKit
import CadreRender
import CadreModel
import Foundation

/// `cadre assessment record|import|show`: pre- and post-test scores and what was learned.
enum AssessmentCommands {
    static let command = Command(
        name: "assessment", abstract: "Record pre- and post-test scores and show knowledge gain.",
        subcommands: [record, importCommand, show])

    static let record = Command(
        name: "record", abstract: "Record one trainee's scores.",
        arguments: [Argument(name: "event", help: "The event code."), Argument(name: "ref", help: "The trainee's reference.")],
        options: [
            .value("pre", "score", help: "The pre-test score."), .value("post", "score", help: "The post-test score."),
            .value("max", "score", help: "The maximum score (default: the course's)."), CommonOptions.actor,
        ],
        action: { values, context in
            try context.withStore(values) { database in
                let outcomes = try AssessmentBook(database).record(
                    eventCode: values.argument("event") ?? "", reference: values.argument("ref") ?? "",
                    pre: try values.integer("pre", in: 0...1000), post: try values.integer("post", in: 0...1000),
                    maxScore: try values.integer("max", in: 1...1000), context: context.changeContext(values))
                let changed = outcomes.filter { $0 != .unchanged }.count
                context.print(changed == 0 ? "Nothing changed." : "Recorded \(Plural.count(changed, "score", "scores")).")
            }
        })

    static let importCommand = CSVImportCommand.make(
        what: "scores",
        discussion: "Columns: event_code, trainee_ref, kind, score, max_score (default: the course's maximum). Kinds (any case): \(AssessmentBook.kindWordsDescribed)."
    ) { request in
        try AssessmentBook(request.database).importFile(request.file, columnMap: request.columnMap, dryRun: request.dryRun, context: request.context)
    }

    static let show = Command(
        name: "show", abstract: "Each trainee's pre, post and gain, and the event's knowledge gain on matched pairs.",
        arguments: [Argument(name: "event", help: "The event code.")],
        options: [
            .value("html", "file", help: "Write a printable HTML page to this file."), .flag("force", help: "Replace an existing --html file."),
            CommonOptions.json, CommonOptions.language, CommonOptions.templates,
        ],
        action: { values, context in
            try context.withStore(values) { database in
                let results = try AssessmentResults.load(values.argument("event") ?? "", database: database)
                if values.option("html") != nil {
                    let file = try context.writeHTMLPage(values, database: database, template: "assessment") {
                        AssessmentPage.context(results, language: $0, messages: $1)
                    }
                    return context.print("Wrote the assessment results of \(results.summary.event.code) to \(file.path)")
                }
                if values.flag("json") { return context.stdout.write(try JSONOutput.render(results)) }
                var table = TextTable("REF", "NAME", "PRE", "POST", "GAIN")
                for row in results.rows {
                    table.append([row.shownRef, row.name, row.pre.map(String.init) ?? "—", row.post.map(String.init) ?? "—", row.gain.map { $0 > 0 ? "+\($0)" : String($0) } ?? "—"])
                }
                context.stdout.write(table.render())
                // The terminal speaks English unless --lang asks otherwise, as its column names do.
                let language = values.option("lang").flatMap(Language.init(rawValue:)) ?? .en
                let messages = try context.templates(values, database: database).messages(language)
                context.print(AssessmentPage.summaryLine(results.gain, language: language, messages: messages))
            }
        })
}
