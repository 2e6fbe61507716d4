public import CadreModel
public import Foundation

/// What participants learned: matched pre/post pairs, mean and normalised gain, grouped by
/// course, profession, centre or period, with a total.
public struct AssessmentReport: Encodable, Sendable {
    public let rows: [AssessmentRow]
    /// The whole period in one row; empty when no pairs were found.
    public let total: [AssessmentRow]
    let dimensions: [TrainedQuery.Dimension]
    let from: CalendarDate?
    let to: CalendarDate?
    let madeAt: Date
    /// The first event's day, for the period's dates.
    var firstDay: CalendarDate?

    /// `rows` and `total` only: what `--format json` has always printed.
    enum CodingKeys: String, CodingKey { case rows, total }

    init(rows: [AssessmentRow], total: [AssessmentRow], dimensions: [TrainedQuery.Dimension], from: CalendarDate?, to: CalendarDate?, madeAt: Date) {
        (self.rows, self.total, self.dimensions, self.from, self.to, self.madeAt) = (rows, total, dimensions, from, to, madeAt)
    }

    public static func make(
        from: CalendarDate?, to: CalendarDate?, groupedBy dimensions: [TrainedQuery.Dimension], database: any Store, now: Date
    ) throws -> AssessmentReport {
        try database.read { database in
            var report = AssessmentReport(
                rows: try database.reports.assessment(from: from, to: to, groupedBy: dimensions),
                total: Array(try database.reports.assessment(from: from, to: to, groupedBy: []).prefix(1)),
                dimensions: dimensions, from: from, to: to, madeAt: now)
            report.firstDay = try database.reports.firstEventDay()
            return report
        }
    }

    public func table(labels: DimensionLabels, words: ReportWords) -> ReportTable {
        func cells(_ gain: KnowledgeGain) -> [String] {
            [
                String(gain.pairs), String(format: "%.1f", gain.meanPre), String(format: "%.1f", gain.meanPost), String(format: "%.1f", gain.meanGain),
                String(format: "%.1f", gain.meanGainPercent), gain.normalisedGain.map { String(format: "%.2f", $0) } ?? "", String(gain.improved),
                String(gain.stayed), String(gain.dropped),
            ]
        }
        let lines = rows.map { row in ReportTable.Row(.line, zip(dimensions, row.values).map { labels.label($0, $1) } + cells(row.gain)) }
            + (dimensions.isEmpty ? [] : total.map { ReportTable.Row(.total, ReportTable.totalLabel(columns: dimensions.count, words) + cells($0.gain)) })
        return ReportTable(
            title: words("report.assessment.title"),
            notes: [
                words("report.assessment.pairs"), words("report.assessment.normalised"), words.period(from: from, to: to, firstDay: firstDay, madeAt: madeAt), words.made(madeAt),
            ],
            header: dimensions.map(\.rawValue)
                + ["pairs", "mean_pre", "mean_post", "mean_gain", "mean_gain_percent", "normalised_gain", "improved", "stayed", "dropped"],
            words: words, rows: lines)
    }
}
