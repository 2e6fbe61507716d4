import CadreKit
import CadreModel
import CadreRender
import Foundation

/// How a report prints: an aligned table with its definitions, Excel-safe CSV, or a
/// printable HTML page (definitions, the bar chart, the table). Every report goes through
/// here as a ``ReportTable``; `--format json` is the caller's, as the report's own values are
/// richer than its table.
struct ReportOutput {
    let table: ReportTable

    init(_ table: ReportTable) { self.table = table }

    static let formatOption = Option.value(
        "format", "format", help: "table (default), csv, json, html (printable A4), or xlsx (an Excel workbook; needs --out).",
        choices: ["table", "csv", "json", "html", "xlsx"])
    /// Where a report goes instead of standard output; an Excel workbook always needs one.
    static let outOption = Option.value("out", "file", help: "Write to this file instead of standard output (needed for --format xlsx).")
    static let forceOption = Option.flag("force", help: "Replace an existing --out file.")

    /// Writes text a report made itself (its JSON, its own page) to `--out` or standard output.
    static func emit(_ text: String, context: CommandContext, values: ParsedValues) throws {
        guard let out = values.option("out") else { return context.stdout.write(text) }
        try AtomicFile.write(to: context.url(out), overwrite: values.flag("force")) { write in try write(text) }
        context.print("Wrote \(context.url(out).path)")
    }

    /// Writes the report as `format` to `--out` (atomically) or to standard output.
    func write(_ format: String, context: CommandContext, values: ParsedValues, database: any Store) throws {
        if format == "xlsx" {
            guard let out = values.option("out") else {
                throw UsageError("--format xlsx writes a workbook, which needs --out FILE.xlsx", commandPath: values.commandPath)
            }
            try AtomicFile.write(XLSXWriter.data(table.spreadsheet), to: context.url(out), overwrite: values.flag("force"))
            return context.print("Wrote \(context.url(out).path)")
        }
        guard values.option("out") != nil else { return try render(format, to: context, values: values, database: database) }
        let text = TextBuffer()
        try render(format, to: context.writing(to: text), values: values, database: database)
        try Self.emit(text.text, context: context, values: values)
    }

    private func render(_ format: String, to context: CommandContext, values: ParsedValues, database: any Store) throws {
        switch format {
        case "csv":
            context.stdout.write(try table.csv())
        case "html":
            let library = try context.templates(values, database: database)
            let words = ReportWords(language: table.language, messages: try library.messages(table.language))
            let masthead = ReportPage.masthead(try BrandingBook(database).forReports(), words)
            context.stdout.write(try library.render("site-page", .object(ReportPage.printable(table, masthead: masthead))))
        default:
            context.print(table.title)
            for note in table.notes { context.print("  \(note)") }
            context.print()
            var text = TextTable(table.columnTitles)
            var afterLines = false
            for row in table.rows {
                if row.kind == .subtotal && !afterLines {
                    text.append(Array(repeating: "", count: table.header.count))
                    afterLines = true
                }
                text.append(table.shownCells(row))
            }
            context.stdout.write(text.render())
        }
    }
}
