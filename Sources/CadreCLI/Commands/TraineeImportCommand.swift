import CadreKit
import CadreModel
import Foundation

/// `cadre trainee import`: registering people from a sign-up spreadsheet saved as CSV.
enum TraineeImportCommand {
    static let command = Command(
        name: "import",
        abstract: "Import trainees from a CSV file (all or nothing).",
        discussion: """
            Columns: full_name, sex, profession, organization, region, email, phone, national_id, ref, birth_date
            in any order, or their Azerbaijani and Russian names (Ad Soyad, ФИО, Cins, Пол, Peşə, Rayon, E-poçt,
            Telefon, FİN…). UTF-8 with or without BOM, ',' or ';', CRLF or LF. Any invalid row stops the import
            and every problem is listed; nothing is written. Re-importing the same file changes nothing.
            """,
        arguments: [Argument(name: "file", help: "The CSV file.")],
        options: [
            .repeated("map", "column=field", help: "Read a column as a field, or 'column=ignore' to skip it."),
            .flag("skip-invalid", help: "Import the valid rows and leave out the invalid ones."),
            .value("rejects", "file", help: "With --skip-invalid: write the left-out rows, with a reason column, here."),
            .flag("dry-run", help: "Check and count everything, store nothing."),
            .flag("force", help: "Replace an existing --rejects file."),
            .flag("verbose", help: "Name every row merged into someone already registered, and why."),
            CommonOptions.json, CommonOptions.actor,
        ],
        action: run)

    static func run(_ values: ParsedValues, _ context: CommandContext) throws {
        let columnMap = try ColumnMapOption.parse(values)
        if values.option("rejects") != nil && !values.flag("skip-invalid") {
            throw UsageError("--rejects needs --skip-invalid", commandPath: values.commandPath)
        }
        let file = context.url(values.argument("file") ?? "")
        // Checked before anything is stored: a non-zero exit always means nothing was.
        if let rejectsPath = values.option("rejects"), !values.flag("dry-run") {
            // Even with --force: replacing the sheet being read would lose the rows it keeps.
            if Self.sameFile(context.url(rejectsPath), file) {
                throw UsageError("--rejects '\(rejectsPath)' is the file being imported; write the left-out rows to another file", commandPath: values.commandPath)
            }
            try AtomicFile.checkCanWrite(context.url(rejectsPath), overwrite: values.flag("force"))
        }
        let database = try context.openStore(values)
        defer { database.close() }
        let options = TraineeImporter.Options(
            columnMap: columnMap, skipInvalid: values.flag("skip-invalid"), dryRun: values.flag("dry-run"))
        let progress = Progress(context)
        let (summary, header, rejected) = try TraineeImporter(database).importFile(
            file, options: options, context: context.changeContext(values), progress: { progress.report("\($0) rows read") })
        progress.finish()
        if let rejectsPath = values.option("rejects"), !options.dryRun {
            try AtomicFile.write(to: context.url(rejectsPath), overwrite: values.flag("force")) { write in
                let writer = try CSVWriter(write: write)
                try writer.row(header + ["reason"])
                for row in rejected { try writer.row(row.fields + ["line \(row.line): \(row.reason)"]) }
            }
        } else if !rejected.isEmpty && !values.flag("json") {
            for row in rejected.prefix(20) { context.stderr.write("skipped: \(row.reason)\n") }
            if rejected.count > 20 { context.stderr.write("skipped: … and \(rejected.count - 20) more (use --rejects FILE)\n") }
        }
        if values.flag("json") { return context.stdout.write(try JSONOutput.render(summary)) }
        context.print(
            (summary.dryRun ? "Dry run, nothing stored: " : "")
                + "\(Plural.count(summary.rows, "row", "rows")): \(summary.added) added, \(summary.updated) updated, \(summary.unchanged) unchanged, "
                + "\(summary.merged) merged as duplicates, \(summary.rejected) rejected.")
        if values.flag("verbose") {
            for row in summary.mergedRows { context.print("merged: \(row)") }
        } else if summary.merged > 0 {
            context.print("Use --verbose to see which rows were merged into whom.")
        }
    }

    /// Whether two paths name one file (through links, `./`, another spelling of the folder).
    static func sameFile(_ a: URL, _ b: URL) -> Bool {
        var first = stat()
        var second = stat()
        if stat(a.path, &first) == 0, stat(b.path, &second) == 0 { return first.st_dev == second.st_dev && first.st_ino == second.st_ino }
        return a.standardizedFileURL.resolvingSymlinksInPath().path == b.standardizedFileURL.resolvingSymlinksInPath().path
    }
}
