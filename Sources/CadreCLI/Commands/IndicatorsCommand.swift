import CadreKit
import CadreModel
import Foundation

/// `cadre report indicators --targets FILE.json`: progress against the programme's targets.
enum IndicatorsCommand {
    static let command = Command(
        name: "indicators", abstract: "Progress against targets, with % achieved.",
        discussion: "The targets file is JSON; see docs/examples/targets.json.",
        options: [
            .value("targets", "file", help: "The targets file.", required: true),
            ReportOutput.formatOption, CommonOptions.language, CommonOptions.templates,
        ],
        action: { values, context in
            try context.withStore(values) { database in
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
                try ReportOutput(
                    title: "Progress against targets",
                    notes: ["Persons who completed, unless a target says otherwise; shares are of the target's own group.",
                            "Targets from \(context.url(values.option("targets") ?? "").lastPathComponent)", "Made: \(Timestamp.string(from: context.changeContext(values).now()))"],
                    header: header, lines: lines,
                    chart: indicators.results.map { ($0.name, Int($0.achievedPercent.rounded()), String(format: "%.0f %%", $0.achievedPercent)) }
                ).write(values.option("format") ?? "table", context: context, values: values, database: database)
            }
        })
}
