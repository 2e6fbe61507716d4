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
        "format", "format", help: "table (default), csv, json, or html (printable A4).", choices: ["table", "csv", "json", "html"])

    func write(_ format: String, context: CommandContext, values: ParsedValues, database: any Store) throws {
        switch format {
        case "csv":
            let writer = try CSVWriter { context.stdout.write($0) }
            try writer.row(table.header)
            for row in table.rows { try writer.row(row.cells) }
        case "html":
            let library = try context.templates(values, database: database)
            var page = ReportPage.content(table)
            page["lang"] = .string(try context.language(values, database: database).rawValue)
            page["site"] = "Cadre"
            page["title"] = .string(table.title)
            page["nav"] = .list([])
            context.stdout.write(try library.render("site-page", .object(page)))
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
                text.append(row.cells)
            }
            context.stdout.write(text.render())
        }
    }
}
