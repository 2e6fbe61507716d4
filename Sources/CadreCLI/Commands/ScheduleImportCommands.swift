import CadreKit
import Foundation

/// `cadre event|session|enrollment import`: bulk loading of historic records.
enum ScheduleImportCommands {
    static func command(columns: String, what: String, importer: @escaping @Sendable (ScheduleImporter, URL, ScheduleImporter.Options, ChangeContext) throws -> ImportSummary) -> Command {
        Command(
            name: "import", abstract: "Import \(what) from a CSV file (all or nothing).",
            discussion: """
                Columns: \(columns). Any invalid row stops the import with every problem listed and
                nothing written; re-importing the same file changes nothing. Clashes in historic records
                are counted, not refused (see 'cadre schedule check'); --strict makes them errors.
                """,
            arguments: [Argument(name: "file", help: "The CSV file.")],
            options: [
                .repeated("map", "column=field", help: "Read a column as a field, or 'column=ignore' to skip it."),
                .flag("strict", help: "Refuse rows that clash with other bookings."),
                .flag("dry-run", help: "Check and count everything, store nothing."), CommonOptions.json, CommonOptions.actor,
            ],
            action: { values, context in
                let options = ScheduleImporter.Options(
                    columnMap: try ColumnMapOption.parse(values), dryRun: values.flag("dry-run"), strict: values.flag("strict"))
                try context.withDatabase(values) { database in
                    let summary = try importer(ScheduleImporter(database), context.url(values.argument("file") ?? ""), options, context.changeContext(values))
                    try context.report(summary, values) { summary in
                        (summary.dryRun ? "Dry run, nothing stored: " : "")
                            + "\(summary.rows) rows: \(summary.added) added, \(summary.updated) updated, \(summary.unchanged) unchanged"
                            + (summary.warnings > 0 ? ", \(summary.warnings) outside the course's audience" : "")
                            + (summary.clashes > 0 ? ", \(summary.clashes) clashes (see 'cadre schedule check')" : "") + "."
                    }
                }
            })
    }

    static let events = command(columns: "event_code, course_code, venue, region, start_date, end_date (and centre, capacity)", what: "events") {
        try $0.importEvents($1, options: $2, context: $3)
    }
    static let sessions = command(columns: "event_code, session_no, date, start_time, end_time, hours", what: "sessions") {
        try $0.importSessions($1, options: $2, context: $3)
    }
    static let enrollments = command(columns: "event_code, trainee_ref", what: "enrollments") {
        try $0.importEnrollments($1, options: $2, context: $3)
    }

    static let enrollment = Command(name: "enrollment", abstract: "Bulk enrollments.", subcommands: [enrollments])
}

/// `--map column=field`, shared by every import.
enum ColumnMapOption {
    static func parse(_ values: ParsedValues) throws -> [String: String] {
        var columnMap: [String: String] = [:]
        for entry in values.options("map") {
            guard let equals = entry.lastIndex(of: "="), equals != entry.startIndex else {
                throw UsageError("The value '\(entry)' is invalid for '--map <column=field>'", commandPath: values.commandPath)
            }
            columnMap[String(entry[..<equals])] = String(entry[entry.index(after: equals)...])
        }
        return columnMap
    }
}
