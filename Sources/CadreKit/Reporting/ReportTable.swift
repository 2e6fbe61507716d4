public import CadreModel
public import Foundation

/// A report as people read it: its title, the definitions and filters it states, its
/// columns, its rows (lines, subtotals, the total) and the bars of its chart, with every
/// number already written. The terminal table, CSV, the printable page and the site all
/// render this, so they never disagree on a label, a rounding or a total. (`--format json`
/// gives the report's own values instead, unformatted.)
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

    /// One bar of the chart: its label, its length, and the value written beside it.
    public struct Bar: Sendable, Equatable {
        public let label: String
        public let value: Int
        public let display: String

        public init(_ label: String, _ value: Int, _ display: String) {
            self.label = label
            self.value = value
            self.display = display
        }
    }

    public var title: String
    /// Definitions, filters and when it was made: every report states them.
    public var notes: [String]
    /// Column names, as CSV headers (`training_hours`).
    public var header: [String]
    public var rows: [Row]
    public var chart: [Bar]
    public var chartTitle: String

    public init(title: String, notes: [String], header: [String], rows: [Row], chart: [Bar] = [], chartTitle: String? = nil) {
        self.title = title
        self.notes = notes
        self.header = header
        self.rows = rows
        self.chart = chart
        self.chartTitle = chartTitle ?? title
    }

    /// The columns as pages title them (`Training hours` for `training_hours`).
    public var columnTitles: [String] { header.map { Self.columnTitles[$0] ?? $0 } }

    private static let columnTitles = [
        "profession": "Profession", "sex": "Sex", "region": "Region", "course": "Course", "centre": "Centre", "month": "Month",
        "quarter": "Quarter", "year": "Year", "persons": "Persons", "participations": "Participations", "events": "Events",
        "sessions": "Sessions", "training_hours": "Training hours", "participant_hours": "Participant-hours",
        "average_class_size": "Average class size", "attendance_rate_percent": "Attendance rate, %", "trainer_hours": "Trainers' hours",
        "pairs": "Pairs", "mean_pre": "Mean pre-test", "mean_post": "Mean post-test", "mean_gain": "Mean gain",
        "mean_gain_percent": "Mean gain, %", "normalised_gain": "Normalised gain", "improved": "Improved", "stayed": "Stayed",
        "dropped": "Dropped", "indicator": "Indicator", "value": "Value", "target": "Target", "achieved_percent": "Achieved, %",
    ]

    /// The report's period and when it was made, as every report states them.
    public static func stamp(from: CalendarDate?, to: CalendarDate?, now: Date) -> [String] {
        ["Period: events starting from \(from?.iso ?? "the beginning") to \(to?.iso ?? "today")", "Made: \(Timestamp.string(from: now))"]
    }

    /// `Total` in the first column, the rest blank up to the values.
    static func totalLabel(columns: Int) -> [String] {
        ["Total"] + Array(repeating: "", count: max(0, columns - 1))
    }
}
