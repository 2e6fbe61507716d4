public import CadreModel
public import Foundation

/// A table as a spreadsheet holds it: typed cells under a header row. What the CSV exports
/// write as text, a workbook writes as what it is — numbers as numbers, days as dates — so
/// an officer can sum, sort and filter without converting anything (``XLSXWriter``).
public struct Spreadsheet: Sendable {
    public enum Cell: Equatable, Sendable {
        case empty
        case text(String)
        case number(Double)
        case date(CalendarDate)
        case instant(Date)
    }

    /// How a column's text is read when the table comes as text (``init(title:header:rows:kinds:)``).
    public enum Kind: Sendable {
        /// Kept as written (references, names, phone numbers with their leading zeros).
        case text
        /// A number when it is one (`12`, `15.73`, `-3`), else kept as written.
        case number
        /// A day written `2021-10-25`, else kept as written.
        case date
        /// A time written `2021-10-25T09:30:00Z`, else kept as written.
        case instant
    }

    public let title: String
    public let header: [String]
    public let rows: [[Cell]]
    /// What the table needs to be read rightly — its title, period, definitions, when it was
    /// made — on a second sheet named `notesTitle`; none when empty.
    public var notes: [String] = []
    public var notesTitle = "Notes"

    public init(title: String, header: [String], rows: [[Cell]]) {
        self.title = title
        self.header = header
        self.rows = rows
    }

    /// The table a CSV export writes, read column by column as `kinds` say (missing kinds are text).
    public init(title: String, header: [String], rows: [[String]], kinds: [Kind]) {
        self.init(title: title, header: header, rows: rows.map { row in
            row.enumerated().map { index, text in Self.cell(text, as: index < kinds.count ? kinds[index] : .text) }
        })
    }

    static func cell(_ text: String, as kind: Kind) -> Cell {
        guard !text.isEmpty else { return .empty }
        switch kind {
        case .text: return .text(text)
        case .number:
            // Plain decimal numbers only: no leading zeros, exponents or thousands separators,
            // which would turn a code into a different value.
            let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
            let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
                parts[0] == "0" || !parts[0].hasPrefix("0"), digits.count <= 15, let number = Double(text)
            else { return .text(text) }
            return .number(number)
        case .date:
            // Only the ISO form the CSV holds; a day written another way stays as written.
            guard let date = CalendarDate(parsing: text), date.iso == text else { return .text(text) }
            return .date(date)
        case .instant: return Timestamp.date(from: text).map(Cell.instant) ?? .text(text)
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
