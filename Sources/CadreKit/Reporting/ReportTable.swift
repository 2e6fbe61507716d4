public import CadreModel
public import Foundation

/// A report as people read it: its title, the definitions and filters it states, its
/// columns, its rows (lines, subtotals, the total) and the bars of its chart, with every
/// number already written. The terminal table, CSV, the printable page and the site all
/// render this, so they never disagree on a label, a rounding or a total; its words are in
/// one language (``ReportWords``). (`--format json` gives the report's own values instead.)
public struct ReportTable: Sendable, Equatable {
    public enum RowKind: String, Sendable {
        case line, subtotal, total
    }

    public struct Row: Sendable, Equatable {
        public let kind: RowKind
        public let cells: [String]

        public init(_ kind: RowKind, _ cells: [String]) {
            self.kind = kind
            self.cells = cells
        }
    }

    /// One bar of the chart: its label, its length, and the value written beside it; with
    /// ``ReportTable/chartSeries``, the bar is split into `parts`, one per series.
    public struct Bar: Sendable, Equatable {
        public let label: String
        public let value: Int
        public let display: String
        public let parts: [Int]

        public init(_ label: String, _ value: Int, _ display: String, parts: [Int] = []) {
            self.label = label
            self.value = value
            self.display = display
            self.parts = parts
        }
    }

    public var title: String
    /// Definitions, filters and when it was made: every report states them.
    public var notes: [String]
    /// Column names, as CSV headers (`training_hours`).
    public var header: [String]
    /// The columns as people read them, in the report's language ("Training hours").
    public var columnTitles: [String]
    public var rows: [Row]
    public var chart: [Bar]
    public var chartTitle: String
    /// The names of the parts each bar is split into (women, men), for the legend; empty
    /// for plain bars.
    public var chartSeries: [String] = []
    /// True for a cross table: every column after the first holds counts.
    public var isCross = false
    /// The name of the workbook's second sheet, which holds ``notes`` ("Qeydlər").
    public var notesTitle = "Notes"
    /// The language of its words, which also decides how pages write its decimals (``shownCells(_:)``).
    public var language = Language.en

    public init(
        title: String, notes: [String], header: [String], words: ReportWords, rows: [Row], chart: [Bar] = [], chartTitle: String? = nil
    ) {
        self.title = title
        self.notes = notes
        self.header = header
        columnTitles = header.map(words.column)
        notesTitle = words("report.notesSheet")
        language = words.language
        self.rows = rows
        self.chart = chart
        self.chartTitle = chartTitle ?? title
    }

    /// A table whose columns are values of a dimension (a cross table), titled as given.
    public init(
        title: String, notes: [String], header: [String], columnTitles: [String], rows: [Row], chart: [Bar], chartSeries: [String],
        chartTitle: String
    ) {
        self.title = title
        self.notes = notes
        self.header = header
        self.columnTitles = columnTitles
        self.rows = rows
        self.chart = chart
        self.chartSeries = chartSeries
        self.chartTitle = chartTitle
        isCross = true
    }

    /// A row's cells as people read them on a page or a terminal: decimals with the language's
    /// separator (`92,9` in az and ru). CSV and workbooks keep ``Row/cells`` as they are.
    public func shownCells(_ row: Row) -> [String] {
        row.cells.map { NumberWording.written($0, language) }
    }

    /// `Total` in the first column, the rest blank up to the values.
    static func totalLabel(columns: Int, _ words: ReportWords) -> [String] {
        [words("report.total")] + Array(repeating: "", count: max(0, columns - 1))
    }
}
