import CadreKit
import Foundation

/// `cadre report …`: the ministry's numbers.
enum ReportCommands {
    static let command = Command(
        name: "report", abstract: "Reports for the ministry and donors.",
        subcommands: [trained])

    static let trained = Command(
        name: "trained", abstract: "How many professionals were trained, by profession, sex, region, course, centre and period.",
        discussion: """
            Every combination of the requested dimensions is listed, with zero rows for the known professions and both
            sexes; subtotals by the first dimension and a grand total follow. Persons are counted distinctly at every level.
            """,
        options: [
            .value("from", "date", help: "Events starting on or after this date."), .value("to", "date", help: "Events starting on or before it."),
            .value("by", "dims", help: "Comma-separated: profession, sex, region, course, centre, month, quarter, year (default: profession,sex)."),
            .value("measure", "measure", help: "What counts as trained (default: completed).", choices: TrainedQuery.Measure.allCases.map(\.rawValue)),
            .value("count", "what", help: "Count persons or participations (default: persons).", choices: TrainedQuery.Counting.allCases.map(\.rawValue)),
            .value("format", "format", help: "table (default), csv, json.", choices: ["table", "csv", "json"]),
            .value("suppress-below", "n", help: "Show counts from 1 to n−1 as <n, for publishing."),
            CommonOptions.language,
        ],
        action: runTrained)

    static func runTrained(_ values: ParsedValues, _ context: CommandContext) throws {
        var dimensions: [TrainedQuery.Dimension] = []
        for name in (values.option("by") ?? "profession,sex").split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let dimension = TrainedQuery.Dimension(rawValue: name) else {
                throw UsageError(
                    "The value '\(name)' is invalid for '--by <dims>'. Please provide any of \(ArgumentParser.list(TrainedQuery.Dimension.allCases.map(\.rawValue)))"
                        + Suggestion.phrase(for: name, among: TrainedQuery.Dimension.allCases.map(\.rawValue)),
                    commandPath: values.commandPath)
            }
            if dimensions.contains(dimension) { continue }
            dimensions.append(dimension)
        }
        let suppress = try values.integer("suppress-below", in: 2...1000)
        try context.withDatabase(values) { database in
            let query = TrainedQuery(
                from: try values.option("from").map { try context.date($0, name: "from") },
                to: try values.option("to").map { try context.date($0, name: "to") }, dimensions: dimensions,
                measure: values.option("measure").flatMap(TrainedQuery.Measure.init(rawValue:)) ?? .completed,
                counting: values.option("count").flatMap(TrainedQuery.Counting.init(rawValue:)) ?? .persons)
            let report = try TrainedReport.make(query, database: database, now: context.changeContext(values).now())
            let language = try context.language(values, database: database)
            let labels = try ReportLabels(database, language: language)
            let cell = { (count: Int) -> String in
                guard let suppress, count > 0, count < suppress else { return String(count) }
                return "<\(suppress)"
            }
            let header = dimensions.map(\.rawValue) + [query.counting.rawValue]
            let rows = report.lines.map { line in zip(dimensions, line.values).map { labels.label($0, $1) } + [cell(line.count)] }
            let subtotals = report.subtotals.map { line in
                [labels.label(dimensions[0], line.values[0])] + Array(repeating: "", count: dimensions.count - 1) + [cell(line.count)]
            }
            let total = ["Total"] + Array(repeating: "", count: max(0, dimensions.count - 1)) + [cell(report.total)]
            switch values.option("format") ?? "table" {
            case "json":
                context.stdout.write(try JSONOutput.render(report))
            case "csv":
                let writer = try CSVWriter { context.stdout.write($0) }
                try writer.row(header)
                for row in rows { try writer.row(row) }
                for row in subtotals { try writer.row(row.enumerated().map { $0.offset == 0 ? "Subtotal: \($0.element)" : $0.element }) }
                if !dimensions.isEmpty { try writer.row(total) }
            default:
                context.print("Professionals trained")
                for line in report.definitions { context.print("  \(line)") }
                context.print("  Made: \(Timestamp.string(from: report.madeAt))" + (suppress.map { "; counts below \($0) shown as <\($0)" } ?? ""))
                context.print()
                var table = TextTable(header.map { $0.uppercased() })
                for row in rows { table.append(row) }
                if !subtotals.isEmpty {
                    table.append(Array(repeating: "", count: header.count))
                    for row in subtotals { table.append(["Subtotal: " + row[0]] + row.dropFirst()) }
                }
                table.append(total)
                context.stdout.write(table.render())
            }
        }
    }
}

/// Labels of dimension values in one language.
struct ReportLabels {
    let labels: ReferenceLabels
    let language: Language

    init(_ database: Database, language: Language) throws {
        labels = try ReferenceLabels(database, language: language)
        self.language = language
    }

    func label(_ dimension: TrainedQuery.Dimension, _ value: String?) -> String {
        guard let value else { return "(unknown)" }
        switch dimension {
        case .profession: return labels.profession(value)
        case .region: return labels.region(value)
        case .sex:
            let words: [Language: [String: String]] = [
                .az: ["female": "qadın", "male": "kişi"], .en: ["female": "female", "male": "male"], .ru: ["female": "женщины", "male": "мужчины"],
            ]
            return words[language]?[value] ?? value
        default: return value
        }
    }
}
