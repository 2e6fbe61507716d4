public import CadreModel
public import Foundation

/// How many professionals were trained, by the requested dimensions: every combination of
/// their values (zero rows included for the known professions and both sexes), subtotals by
/// the first dimension and a grand total. Persons are counted distinctly at every level, so
/// a person in several groups is counted once in each and once in the total.
public struct TrainedReport: Codable, Sendable {
    public struct Line: Codable, Sendable, Equatable {
        public let values: [String?]
        public let count: Int
    }

    public let query: Query
    public let lines: [Line]
    /// Subtotals by the first dimension, when there are two or more dimensions.
    public let subtotals: [Line]
    /// Totals by the second dimension alone (persons counted once per value): the total row
    /// of the cross table. Not in the JSON, which keeps its shape.
    public var secondTotals: [Line] = []
    public let total: Int
    public let madeAt: Date
    /// The first event's day, for the period's dates (not part of the JSON).
    public var firstDay: CalendarDate?

    enum CodingKeys: String, CodingKey { case query, lines, subtotals, total, madeAt }

    /// The query, in a form that encodes as the report's stated definitions.
    public struct Query: Codable, Sendable {
        public let from: String?
        public let to: String?
        public let dimensions: [TrainedQuery.Dimension]
        public let measure: TrainedQuery.Measure
        public let counting: TrainedQuery.Counting
    }

    public static func make(_ query: TrainedQuery, database: any Store, now: Date) throws -> TrainedReport {
        try database.read { database in
            let store = try database.reports.snapshot(query)
            let professions = try database.referenceData.professions().map(\.code)
            let domains = query.dimensions.map { dimension -> [String?] in
                // A filtered dimension lists only the values asked for: a centre's report
                // does not list the other centres, even with zeros.
                let allowed = query.filters[dimension]
                return allDomain(dimension).filter { value in allowed.map { list in value.map(list.contains) ?? false } ?? true }
            }
            func allDomain(_ dimension: TrainedQuery.Dimension) -> [String?] {
                switch dimension {
                case .profession:
                    let seen = store.values(of: .profession)
                    return professions + seen.filter { value in !professions.contains { $0 == value } }
                case .sex:
                    let seen = store.values(of: .sex)
                    return Sex.allCases.map(\.rawValue) + seen.filter { $0 == nil }
                default:
                    return store.values(of: dimension)
                }
            }
            let counts = store.trained(groupedBy: query.dimensions)
            var lines: [Line] = []
            func combine(_ prefix: [String?], _ index: Int) {
                guard index < domains.count else {
                    lines.append(Line(values: prefix, count: counts[prefix] ?? 0))
                    return
                }
                for value in domains[index] { combine(prefix + [value], index + 1) }
            }
            combine([], 0)
            var subtotals: [Line] = []
            var secondTotals: [Line] = []
            if query.dimensions.count >= 2 {
                let byFirst = store.trained(groupedBy: [query.dimensions[0]])
                subtotals = domains[0].map { Line(values: [$0], count: byFirst[[$0]] ?? 0) }
                let bySecond = store.trained(groupedBy: [query.dimensions[1]])
                secondTotals = domains[1].map { Line(values: [$0], count: bySecond[[$0]] ?? 0) }
            }
            let total = store.trained(groupedBy: [])[[]] ?? 0
            var report = TrainedReport(
                query: Query(from: query.from?.iso, to: query.to?.iso, dimensions: query.dimensions, measure: query.measure, counting: query.counting),
                lines: lines, subtotals: subtotals, secondTotals: secondTotals, total: total, madeAt: now)
            report.firstDay = try database.reports.firstEventDay()
            return report
        }
    }

    /// The definitions a reader needs, in plain words, in `words`' language.
    public func definitions(_ words: ReportWords) -> [String] {
        var text = [
            words("report.trained.measure." + query.measure.rawValue),
            words("report.trained.counting." + query.counting.rawValue),
            words("report.trained.asRecorded"),
            words.period(from: query.from.flatMap(CalendarDate.init(parsing:)), to: query.to.flatMap(CalendarDate.init(parsing:)), firstDay: firstDay, madeAt: madeAt),
            words("report.percentRule"),
        ]
        if query.counting == .persons && !query.dimensions.isEmpty { text.append(words("report.trained.overlap")) }
        return text
    }

    /// The report in words: dimension values labelled in `labels`' language, counts from 1 to
    /// `suppressBelow` − 1 shown as `<n` (for publishing small groups safely), subtotals by the
    /// first dimension, the total, and a chart of the first dimension.
    public func table(labels: DimensionLabels, words: ReportWords, suppressBelow suppress: Int? = nil) -> ReportTable {
        let dimensions = query.dimensions
        let cell = { (count: Int) in Self.shown(count, suppressBelow: suppress) }
        let rows = dimensions.isEmpty ? [ReportTable.Row(.total, [cell(total)])]
            : lines.map { ReportTable.Row(.line, zip(dimensions, $0.values).map { labels.label($0, $1) } + [cell($0.count)]) }
                + subtotals.map { line in
                    ReportTable.Row(.subtotal, [words("report.subtotal", ["group": labels.label(dimensions[0], line.values[0])])]
                        + Array(repeating: "", count: dimensions.count - 1) + [cell(line.count)])
                }
                + [ReportTable.Row(.total, ReportTable.totalLabel(columns: dimensions.count, words) + [cell(total)])]
        let bars = dimensions.isEmpty ? [] : (dimensions.count == 1 ? lines : subtotals).map {
            ReportTable.Bar(labels.label(dimensions[0], $0.values[0]), $0.count, cell($0.count))
        }
        return ReportTable(
            title: words("report.trained.title"), notes: notes(words, suppressBelow: suppress),
            header: dimensions.map(\.rawValue) + [query.counting.rawValue],
            words: words, rows: rows, chart: bars,
            chartTitle: dimensions.first.map { words("report.chart", ["title": words("report.trained.title"), "dimension": words.column($0.rawValue)]) })
    }

    /// The donors' table: a row per value of the first dimension, a column per value of the
    /// second (women, men) and their total, and a total row — each cell persons counted as in
    /// the long form, so a row's total is the first dimension's subtotal, not the sum of its
    /// cells when a person belongs to both. Nil unless there are exactly two dimensions. The
    /// chart splits each bar by the second dimension.
    public func crossTable(labels: DimensionLabels, words: ReportWords, suppressBelow suppress: Int? = nil) -> ReportTable? {
        guard query.dimensions.count == 2 else { return nil }
        let (first, second) = (query.dimensions[0], query.dimensions[1])
        let columns = secondTotals.map { $0.values[0] }
        var counts: [[String?]: Int] = [:]
        for line in lines { counts[line.values] = line.count }
        let cell = { (count: Int) in Self.shown(count, suppressBelow: suppress) }
        let rows = subtotals.map { row in
            ReportTable.Row(.line, [labels.label(first, row.values[0])] + columns.map { cell(counts[[row.values[0], $0]] ?? 0) } + [cell(row.count)])
        } + [ReportTable.Row(.total, [words("report.total")] + secondTotals.map { cell($0.count) } + [cell(total)])]
        let title = words("report.trained.title")
        // Sexes head columns as groups of people ("Women", "Men"), not as a value ("female").
        let columnTitle = { (value: String?) in second == .sex && value != nil ? words("report.sex." + (value ?? "")) : labels.label(second, value) }
        var table = ReportTable(
            title: title, notes: notes(words, suppressBelow: suppress),
            header: [first.rawValue] + columns.map { $0 ?? "unknown" } + ["total"],
            columnTitles: [words.column(first.rawValue)] + columns.map(columnTitle) + [words("report.total")],
            rows: rows,
            chart: subtotals.map { row in
                ReportTable.Bar(labels.label(first, row.values[0]), row.count, cell(row.count), parts: columns.map { counts[[row.values[0], $0]] ?? 0 })
            },
            chartSeries: columns.map(columnTitle),
            chartTitle: words("report.chart", ["title": title, "dimension": words.column(first.rawValue) + " × " + words.column(second.rawValue)]))
        table.notesTitle = words("report.notesSheet")
        table.language = words.language
        return table
    }

    /// The definitions, when it was made, and what suppression hides: the notes of both layouts.
    private func notes(_ words: ReportWords, suppressBelow suppress: Int?) -> [String] {
        definitions(words) + [words.made(madeAt)]
            + (suppress.map { [words("report.trained.suppressed", ["below": String($0 - 1), "limit": String($0)])] } ?? [])
    }

    /// A count as published: 1 to `suppress` − 1 become `<suppress`, so small groups are not told apart.
    private static func shown(_ count: Int, suppressBelow suppress: Int?) -> String {
        guard let suppress, count > 0, count < suppress else { return String(count) }
        return "<\(suppress)"
    }
}
