import CadreKit
import CadreModel
import Foundation

/// `cadre event|session|enrollment import`: bulk loading of historic records.
enum ScheduleImportCommands {
    static func command(columns: String, what: String, importer: @escaping @Sendable (ScheduleImporter, URL, ScheduleImporter.Options, ChangeContext) throws -> ImportSummary) -> Command {
        CSVImportCommand.make(
            what: what,
            discussion: """
                Columns: \(columns). Any invalid row stops the import with every problem listed and
                nothing written; re-importing the same file changes nothing. Clashes in historic records
                are counted, not refused (see 'cadre schedule check'); --strict makes them errors.
                """,
            strict: true
        ) { request in
            try importer(
                ScheduleImporter(request.database), request.file,
                ScheduleImporter.Options(columnMap: request.columnMap, dryRun: request.dryRun, strict: request.strict), request.context)
        }
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
