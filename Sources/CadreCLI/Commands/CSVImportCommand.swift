import CadreKit
import CadreModel
import Foundation

/// The `import` subcommand every bulk import shares: the same arguments, `--map`, `--dry-run`,
/// `--json`, the same summary line.
enum CSVImportCommand {
    /// What an import needs from the command line.
    struct Request {
        let database: any Store
        let file: URL
        let columnMap: [String: String]
        let dryRun: Bool
        let strict: Bool
        let context: ChangeContext
    }

    /// - Parameters:
    ///   - discussion: the columns and rules, for `--help`.
    ///   - strict: whether the import offers `--strict` (clashes as errors).
    ///   - addedWord: how the summary names new rows ("added", "recorded").
    static func make(
        what: String, discussion: String, strict: Bool = false, addedWord: String = "added",
        run: @escaping @Sendable (Request) throws -> ImportSummary
    ) -> Command {
        Command(
            name: "import", abstract: "Import \(what) from a CSV file (all or nothing).", discussion: discussion,
            arguments: [Argument(name: "file", help: "The CSV file.")],
            options: [.repeated("map", "column=field", help: "Read a column as a field, or 'column=ignore' to skip it.")]
                + (strict ? [.flag("strict", help: "Refuse rows that clash with other bookings.")] : [])
                + [.flag("dry-run", help: "Check and count everything, store nothing."), CommonOptions.json, CommonOptions.actor],
            action: { values, context in
                let columnMap = try ColumnMapOption.parse(values)
                try context.withStore(values) { database in
                    let summary = try run(Request(
                        database: database, file: context.url(values.argument("file") ?? ""), columnMap: columnMap,
                        dryRun: values.flag("dry-run"), strict: values.flag("strict"), context: context.changeContext(values)))
                    try context.report(summary, values) { summary in
                        (summary.dryRun ? "Dry run, nothing stored: " : "")
                            + "\(Plural.count(summary.rows, "row", "rows")): \(summary.added) \(addedWord), \(summary.updated) updated, \(summary.unchanged) unchanged"
                            + (summary.warnings > 0 ? ", \(summary.warnings) outside the course's audience" : "")
                            + (summary.clashes > 0 ? ", \(Plural.count(summary.clashes, "clash", "clashes")) (see 'cadre schedule check')" : "") + "."
                    }
                }
            })
    }
}
