public import CadreModel
public import Foundation

/// Progress against a programme's targets, read from a JSON file:
///
/// ```json
/// {"targets": [
///   {"name": "Professionals trained in Saatli and Shuvalan", "target": 50,
///    "where": {"region": ["saatly", "khazar"]}, "from": "2021-01-01", "to": "2021-12-31"},
///   {"name": "Judges and social workers among them", "targetPercent": 40,
///    "where": {"region": ["saatly", "khazar"]}, "share": {"profession": ["judge", "social-worker"]}}
/// ]}
/// ```
/// A name is one text, or `{"az": …, "en": …, "ru": …}` so that each language's report names
/// the indicator in its own words.
/// Counts are persons who completed, unless `measure` (completed, attended, enrolled) or
/// `count` (persons, participations) say otherwise.
public struct Indicators: Codable, Sendable {
    public struct Result: Codable, Sendable, Equatable {
        public let name: LocalizedText
        /// The count, or the share in percent.
        public let value: Double
        public let target: Double
        public let isShare: Bool
        public let achievedPercent: Double
        public let numerator: Int
        public let denominator: Int?
    }

    public let results: [Result]

    /// The targets as a report table: the value (with its numerator and denominator for
    /// shares), the target and the percentage achieved, and a chart of the percentages.
    public func table(targetsFile: String, now: Date, words: ReportWords) -> ReportTable {
        ReportTable(
            title: words("report.indicators.title"),
            notes: [words("report.indicators.scope"), words("report.indicators.file", ["file": targetsFile]), words.made(now)],
            header: ["indicator", "value", "target", "achieved_percent"],
            words: words,
            rows: results.map { result in
                ReportTable.Row(.line, [
                    result.name[words.language],
                    result.isShare
                        ? words("report.indicators.share", [
                            "percent": NumberWording.decimal(result.value, digits: 1, words.language), "count": String(result.numerator), "total": String(result.denominator ?? 0),
                        ])
                        : String(result.numerator),
                    result.isShare ? String(format: "%.0f %%", result.target) : String(format: "%.0f", result.target),
                    String(format: "%.0f %%", result.achievedPercent),
                ])
            },
            chart: results.map { ReportTable.Bar($0.name[words.language], Int($0.achievedPercent.rounded()), String(format: "%.0f %%", $0.achievedPercent)) })
    }

    public static func evaluate(file: URL, database: any Store) throws -> Indicators {
        let name = file.lastPathComponent
        let fail = { (location: String, message: String) in CurriculumError(file: name, location: location, message: message) }
        let document: JSONValue
        do {
            document = try JSONParser.parse(try InputFiles.read(file))
        } catch let error as JSONParser.SyntaxError {
            throw fail("\(error.line):\(error.column)", "invalid JSON: \(error.message)")
        }
        var root = try JSONObjectReader(document, path: "$", fail: fail)
        let targets = try root.array("targets")
        try root.finish()
        let results = try targets.enumerated().map { index, value -> Result in
            let path = "$.targets[\(index)]"
            var reader = try JSONObjectReader(value, path: path, fail: fail)
            let title: LocalizedText
            switch reader.optional("name") {
            case .string(let text)?: title = LocalizedText(everywhere: text)
            case .object(let texts)?: title = try CurriculumDecoder.localized(.object(texts), at: path + ".name", fail: fail)
            default: throw reader.error("name", "expected a name, or {\"az\": …, \"en\": …, \"ru\": …}")
            }
            var query = TrainedQuery(dimensions: [])
            if let measure = reader.optional("measure") {
                guard case .string(let text) = measure, let parsed = TrainedQuery.Measure(rawValue: text) else {
                    throw reader.error("measure", "expected completed, attended or enrolled")
                }
                query.measure = parsed
            }
            if let counting = reader.optional("count") {
                guard case .string(let text) = counting, let parsed = TrainedQuery.Counting(rawValue: text) else {
                    throw reader.error("count", "expected persons or participations")
                }
                query.counting = parsed
            }
            for key in ["from", "to"] {
                if let value = reader.optional(key) {
                    guard case .string(let text) = value, let date = CalendarDate(parsing: text) else { throw reader.error(key, "expected a date like 2021-01-01") }
                    if key == "from" { query.from = date } else { query.to = date }
                }
            }
            query.filters = try filters(reader.optional("where"), at: reader.childPath("where"), fail: fail)
            let share = try reader.optional("share").map { try filters($0, at: reader.childPath("share"), fail: fail) }
            let count = try reader.optional("target").map { value -> Double in
                guard case .number(let text) = value, let number = Double(text), number > 0 else { throw reader.error("target", "expected a positive number") }
                return number
            }
            let percent = try reader.optional("targetPercent").map { value -> Double in
                guard case .number(let text) = value, let number = Double(text), number > 0, number <= 100 else {
                    throw reader.error("targetPercent", "expected a percentage above 0, at most 100")
                }
                return number
            }
            try reader.finish()
            // The share's part and its whole come from one snapshot of the period's participations.
            let snapshot = try database.reports.snapshot(query, also: share.map { Array($0.keys) } ?? [])
            let base = snapshot.trained(groupedBy: [])[[]] ?? 0
            if let share {
                guard let percent else { throw fail(path, "a share needs targetPercent") }
                let filters = query.filters.merging(share) { _, part in part }
                let numerator = snapshot.trained(groupedBy: [], filters: filters)[[]] ?? 0
                let value = base == 0 ? 0 : Double(numerator) * 100 / Double(base)
                return Result(name: title, value: value, target: percent, isShare: true, achievedPercent: value * 100 / percent, numerator: numerator, denominator: base)
            }
            guard let count else { throw fail(path, "give target (a count) or share with targetPercent") }
            return Result(name: title, value: Double(base), target: count, isShare: false, achievedPercent: Double(base) * 100 / count, numerator: base, denominator: nil)
        }
        return Indicators(results: results)
    }

    private static func filters(_ value: JSONValue?, at path: String, fail: @escaping (String, String) -> CurriculumError) throws -> [TrainedQuery.Dimension: [String]] {
        guard let value else { return [:] }
        guard case .object(let members) = value else { throw fail(path, "expected an object of dimension → list of codes") }
        var result: [TrainedQuery.Dimension: [String]] = [:]
        for (key, list) in members {
            guard let dimension = TrainedQuery.Dimension(rawValue: key) else { throw fail("\(path).\(key)", "unknown dimension '\(key)'") }
            guard case .array(let items) = list else { throw fail("\(path).\(key)", "expected a list of codes") }
            result[dimension] = try items.map { item in
                guard case .string(let code) = item else { throw fail("\(path).\(key)", "expected codes as strings") }
                return code
            }
        }
        return result
    }
}
