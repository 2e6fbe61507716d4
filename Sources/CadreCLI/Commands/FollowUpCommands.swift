import CadreKit
import CadreModel
import CadreRender
import Foundation

/// `cadre followup list`: personal follow-up links for an event's completers, some months after it.
enum FollowUpCommands {
    static let command = Command(
        name: "followup",
        abstract: "Follow-up questionnaires months after a training: personal links to send.",
        subcommands: [list])

    static let list = Command(
        name: "list", abstract: "Make a personal link for each completer of an event who has not answered, with a text to send, as CSV.",
        discussion: """
            One row per person: reference, name, phone, e-mail, language, the link, its first and last day and a short text in
            the person's language (Russian when their name is written in Cyrillic, else Azerbaijani; --lang for everyone) for the
            centre's own mail merge or SMS tool. The link opens the FOLLOW-UP questionnaire without an account, once; only its
            hash is stored, so the file is the only copy — keep it as you keep the register. Links are made from the day the
            follow-up is due (the questionnaire's months after the event's last day); --now makes them earlier. Running it
            again makes new links for those who have not answered; the earlier ones still work until they expire.
            """,
        arguments: [Argument(name: "event", help: "The event code.")],
        options: [
            .value("out", "file", help: "Where to write the CSV (default: EVENT-followup.csv)."),
            .flag("force", help: "Replace an existing --out file."),
            .flag("now", help: "Make the links before the follow-up is due."),
            .value("valid-days", "n", help: "How many days each link opens the questionnaire (default 30)."),
            .value("public-url", "url", help: "The address phones reach the web server at (default: the one 'cadre serve --public-url' remembered)."),
            CommonOptions.language, CommonOptions.templates, CommonOptions.json, CommonOptions.actor,
        ],
        action: { values, context in
            let days = try values.integer("valid-days", in: 1...365) ?? FollowUpDesk.defaultValidDays
            try context.withStore(values) { database in
                guard let base = try VerificationAddress.publicURL(given: values.option("public-url"), in: database) else {
                    throw UsageError(
                        "give --public-url: the address phones open the links at (as 'cadre serve --public-url' takes it)", commandPath: values.commandPath)
                }
                let event = try EventSummary.load(values.argument("event") ?? "", database: database).event.code
                let out = context.url(values.option("out") ?? "\(event)-followup.csv")
                try AtomicFile.checkCanWrite(out, overwrite: values.flag("force"))
                let templates = try context.templates(values, database: database)
                let change = context.changeContext(values)
                let language = values.option("lang").flatMap(Language.init(rawValue:))
                // The links are stored only once the file holding them is in place.
                let wave = try database.write { _ in
                    let wave = try FollowUpDesk(database).issue(
                        eventCode: event, today: CalendarDate.today(now: change.now()), validDays: days, language: language, force: values.flag("now"),
                        context: change)
                    let rows = try FollowUpMessages.rows(wave, base: base) { try templates.messages($0) }
                    _ = try AtomicFile.write(to: out, overwrite: values.flag("force")) { write in
                        let writer = try CSVWriter(write: write)
                        try writer.row(FollowUpMessages.header)
                        for row in rows { try writer.row(row) }
                        return rows.count
                    }
                    return wave
                }
                let summary = Summary(
                    event: wave.summary.event.code, questionnaire: wave.questionnaire.code, dueOn: wave.dueOn.iso, links: wave.links.count,
                    answered: wave.answered, notCompleted: wave.notCompleted, file: out.path)
                try context.report(summary, values) { summary in
                    "Wrote \(Plural.count(summary.links, "follow-up link", "follow-up links")) for \(summary.event) to \(summary.file) "
                        + "(due \(summary.dueOn); \(summary.answered) answered already, \(summary.notCompleted) did not complete)."
                }
            }
        })

    struct Summary: Encodable {
        let event: String
        let questionnaire: String
        let dueOn: String
        let links: Int
        let answered: Int
        let notCompleted: Int
        let file: String
    }
}
