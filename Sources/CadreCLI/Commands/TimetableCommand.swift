import CadreKit
import CadreRender
import CadreModel

/// `cadre timetable`: the agenda of sessions, filtered by period, centre, trainer or venue.
enum TimetableCommand {
    static let command = Command(
        name: "timetable", abstract: "Show the agenda of sessions.",
        discussion: "Prints the agenda as text or JSON; --html writes a printable A4 timetable through the templates.",
        options: [
            .value("from", "date", help: "From this date."), .value("to", "date", help: "Up to this date."),
            .value("centre", "code", help: "Only this centre's events."), .value("trainer", "trainer", help: "Only this trainer's sessions."),
            .value("venue", "venue", help: "Only sessions in this venue."),
            .value("html", "file", help: "Write a printable HTML timetable to this file."),
            .flag("force", help: "Replace an existing --html file."),
            CommonOptions.json, CommonOptions.language, CommonOptions.templates,
        ],
        action: { values, context in
            try context.withStore(values) { database in
                let places = database.scheduling
                func resolve<T>(_ name: String, _ kind: String, _ find: (String) throws -> T?) throws -> T? {
                    guard let reference = values.option(name) else { return nil }
                    guard let found = try find(reference) else { throw NotFound(kind: kind, reference: reference) }
                    return found
                }
                let from = try context.dateOption(values, "from")
                let to = try context.dateOption(values, "to")
                let entries = try database.timetable.entries(
                    from: from, to: to,
                    centreID: try resolve("centre", "centre", places.centre)?.id,
                    trainerID: try resolve("trainer", "trainer", places.trainer)?.id,
                    venueID: try resolve("venue", "venue", places.venue)?.id)
                if values.option("html") != nil {
                    let file = try context.writeHTMLPage(values, database: database, template: "timetable", permissions: 0o644) {
                        TimetablePage.context(entries, from: from, to: to, language: $0, messages: $1)
                    }
                    return context.print("Wrote the timetable (\(Plural.count(entries.count, "session", "sessions"))) to \(file.path)")
                }
                if values.flag("json") { return context.stdout.write(try JSONOutput.render(entries)) }
                var day = ""
                for entry in entries {
                    if entry.date != day {
                        day = entry.date
                        context.print(day)
                    }
                    var line = "  \(entry.startTime)-\(entry.endTime)  \(entry.eventCode) #\(entry.sessionNumber)"
                    if let venue = entry.venue { line += "  \(venue)" }
                    if !entry.trainers.isEmpty { line += "  (\(entry.trainers.joined(separator: ", ")))" }
                    if entry.status == "cancelled" { line += "  [cancelled]" }
                    context.print(line)
                }
                if entries.isEmpty { context.print("No sessions.") }
            }
        })
}
