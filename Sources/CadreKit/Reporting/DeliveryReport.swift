public import CadreModel
public import Foundation

/// How much training was delivered: events held, sessions, hours, participant-hours, class
/// sizes, attendance and trainers' hours, grouped by centre, course or period, with a total.
public struct DeliveryReport: Encodable, Sendable {
    public let rows: [DeliveryRow]
    /// The whole period in one row; empty when nothing was held.
    public let total: [DeliveryRow]
    let dimensions: [TrainedQuery.Dimension]
    let from: CalendarDate?
    let to: CalendarDate?
    let madeAt: Date
    /// The first event's day, for the period's dates.
    var firstDay: CalendarDate?

    /// `rows` and `total` only: what `--format json` has always printed.
    enum CodingKeys: String, CodingKey { case rows, total }

    public static let dimensions: [TrainedQuery.Dimension] = [.centre, .course, .month, .quarter, .year]

    init(rows: [DeliveryRow], total: [DeliveryRow], dimensions: [TrainedQuery.Dimension], from: CalendarDate?, to: CalendarDate?, madeAt: Date) {
        (self.rows, self.total, self.dimensions, self.from, self.to, self.madeAt) = (rows, total, dimensions, from, to, madeAt)
    }

    public static func make(
        from: CalendarDate?, to: CalendarDate?, groupedBy dimensions: [TrainedQuery.Dimension], database: any Store, now: Date
    ) throws -> DeliveryReport {
        try database.read { database in
            var report = DeliveryReport(
                rows: try database.reports.delivery(from: from, to: to, groupedBy: dimensions),
                total: try database.reports.delivery(from: from, to: to, groupedBy: []),
                dimensions: dimensions, from: from, to: to, madeAt: now)
            report.firstDay = try database.reports.firstEventDay()
            return report
        }
    }

    public func table(labels: DimensionLabels, words: ReportWords) -> ReportTable {
        let none = words("report.none")
        // Centres and courses by name; an event without a centre is the ministry's programme.
        func label(_ index: Int, _ value: String?) -> String {
            let dimension = dimensions[index]
            return value == nil && dimension != .centre ? none : labels.label(dimension, value)
        }
        func cells(_ row: DeliveryRow) -> [String] {
            [
                String(row.events), String(row.sessions), Hours.text(row.trainingMinutes), Hours.text(row.participantMinutes),
                String(format: "%.1f", row.averageClassSize), String(format: "%.1f", row.attendanceRate * 100), Hours.text(row.trainerMinutes),
            ]
        }
        let lines = dimensions.isEmpty
            ? total.map { ReportTable.Row(.total, cells($0)) }
            : rows.map { ReportTable.Row(.line, $0.values.enumerated().map { label($0, $1) } + cells($0)) }
                + total.map { ReportTable.Row(.total, ReportTable.totalLabel(columns: dimensions.count, words) + cells($0)) }
        return ReportTable(
            title: words("report.delivery.title"),
            notes: [words("report.delivery.scope"), words("report.delivery.rates"), words.period(from: from, to: to, firstDay: firstDay, madeAt: madeAt), words.made(madeAt)],
            header: dimensions.map(\.rawValue)
                + ["events", "sessions", "training_hours", "participant_hours", "average_class_size", "attendance_rate_percent", "trainer_hours"],
            words: words, rows: lines,
            chart: dimensions.isEmpty ? [] : rows.map {
                ReportTable.Bar($0.values.enumerated().map { label($0, $1) }.joined(separator: " · "), $0.participantMinutes / 60, Hours.text($0.participantMinutes))
            },
            chartTitle: words("report.chart", [
                "title": words("report.delivery.chart"), "dimension": dimensions.map { words.column($0.rawValue) }.joined(separator: ", "),
            ]))
    }
}
