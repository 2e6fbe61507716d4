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
            ReportOutput.formatOption, ReportOutput.outOption, ReportOutput.forceOption, CommonOptions.language, CommonOptions.templates,
        ],
        action: { values, context in
            try context.withStore(values) { database in
                let indicators = try Indicators.evaluate(file: context.url(values.option("targets") ?? ""), database: database)
                if values.option("format") == "json" { return try ReportOutput.emit(try JSONOutput.render(indicators), context: context, values: values) }
                let table = indicators.table(
                    targetsFile: context.url(values.option("targets") ?? "").lastPathComponent, now: context.changeContext(values).now(),
                    words: try context.reportWords(values, database: database))
                try ReportOutput(table).write(values.option("format") ?? "table", context: context, values: values, database: database)
            }
        })
}
