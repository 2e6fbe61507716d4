import CadreKit
import CadreRender
import CadreModel
import Foundation

/// How the tabular reports print: an aligned table with their definitions, Excel-safe CSV,
/// or a printable HTML page (definitions, an optional bar chart, the table).
struct ReportOutput {
    let title: String
    /// Definitions, filters and when it was made: every report states them.
    let notes: [String]
    let header: [String]
    let lines: [[String]]
    var chart: [(label: String, value: Int, display: String)] = []

    static let formatOption = Option.value(
        "format", "format", help: "table (default), csv, json, or html (printable A4).", choices: ["table", "csv", "json", "html"])

    /// Writes the report in `format` (json is the caller's, as its shape is richer).
    func write(_ format: String, context: CommandContext, values: ParsedValues, database: any Store) throws {
        switch format {
        case "csv":
            let writer = try CSVWriter { context.stdout.write($0) }
            try writer.row(header)
            for line in lines { try writer.row(line) }
        case "html":
            let library = try context.templates(values, database: database)
            context.stdout.write(try library.render("site-page", [
                "lang": .string(try context.language(values, database: database).rawValue), "site": "Cadre", "title": .string(title),
                "nav": .list([]), "notes": .list(notes.map { .string($0) }),
                "chart": .text(chart.isEmpty ? nil : BarChart.svg(chart, title: title)),
                "tables": .list([[
                    "caption": .string(title), "header": .list(header.map { .string($0) }),
                    "rows": .list(lines.map { ["cells": .list($0.map { ["text": .string($0), "href": .null] })] }),
                ]]),
            ]))
        default:
            context.print(title)
            for note in notes { context.print("  \(note)") }
            context.print()
            var table = TextTable(header.map { $0.uppercased() })
            for line in lines { table.append(line) }
            context.stdout.write(table.render())
        }
    }

    /// `Period: 2021-01-01 to today` and `Made: …` lines.
    static func stamp(from: CalendarDate?, to: CalendarDate?, now: Date) -> [String] {
        ["Period: events starting from \(from?.iso ?? "the beginning") to \(to?.iso ?? "today")", "Made: \(Timestamp.string(from: now))"]
    }
}
