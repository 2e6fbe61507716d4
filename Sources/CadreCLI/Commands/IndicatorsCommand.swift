import CadreKit
import Foundation

/// `cadre report indicators --targets FILE.json`: progress against the programme's targets.
enum IndicatorsCommand {
    static let command = Command(
        name: "indicators", abstract: "Progress against targets, with % achieved.",
        discussion: "The targets file is JSON; see docs/examples/targets.json.",
        options: [
            .value("targets", "file", help: "The targets file.", required: true),
            .value("format", "format", help: "table (default), csv, json.", choices: ["table", "csv", "json"]),
        ],
        action: { values, context in
            try context.withDatabase(values) { database in
                let indicators = try Indicators.evaluate(file: context.url(values.option("targets") ?? ""), database: database)
                if values.option("format") == "json" { return context.stdout.write(try JSONOutput.render(indicators)) }
                let header = ["indicator", "value", "target", "achieved_percent"]
                let lines = indicators.results.map { result in
                    [
                        result.name,
                        result.isShare ? String(format: "%.1f %% (%d of %d)", result.value, result.numerator, result.denominator ?? 0) : String(result.numerator),
                        result.isShare ? String(format: "%.0f %%", result.target) : String(format: "%.0f", result.target),
                        String(format: "%.0f %%", result.achievedPercent),
                    ]
                }
                if values.option("format") == "csv" {
                    let writer = try CSVWriter { context.stdout.write($0) }
                    try writer.row(header)
                    for line in lines { try writer.row(line) }
                    return
                }
                context.print("Progress against targets (persons who completed, unless a target says otherwise)")
                var table = TextTable(header.map { $0.uppercased() })
                for line in lines { table.append(line) }
                context.stdout.write(table.render())
            }
        })
}
