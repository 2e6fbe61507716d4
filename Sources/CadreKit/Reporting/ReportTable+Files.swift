public import Foundation

/// A report as the files people download: the same cells as CSV (formulas neutralised by
/// ``CSVWriter``) or as an Excel sheet.
extension ReportTable {
    /// The columns people read as its header, then the same cells as the CSV, numbers as numbers;
    /// the title, definitions, period and time made on a second sheet.
    public var spreadsheet: Spreadsheet {
        var sheet = Spreadsheet(title: title, header: columnTitles, rows: rows.map(\.cells), kinds: Array(repeating: .number, count: columnTitles.count))
        sheet.notes = [title] + notes
        sheet.notesTitle = notesTitle
        return sheet
    }

    /// The CSV text: the machine header (`training_hours`), then every row.
    public func csv() throws -> String {
        var text = ""
        let writer = try CSVWriter { text += $0 }
        try writer.row(header)
        for row in rows { try writer.row(row.cells) }
        return text
    }
}
