import CadreKit
import CadreRender
import CadreModel
import Foundation

/// `cadre report …`: the ministry's numbers.
enum ReportCommands {
    static let command = Command(
        name: "report", abstract: "Reports for the ministry and donors.",
        subcommands: [trained, delivery, assessment, FeedbackCommands.report, IndicatorsCommand.command])

    static let assessment = Command(
        name: "assessment", abstract: "What participants learned: matched pre/post pairs, mean gain, normalised gain.",
        options: [
            .value("from", "date", help: "Events starting on or after this date."), .value("to", "date", help: "Events starting on or before it."),
            .value("by", "dims", help: "Comma-separated: course, profession, sex, region, centre, month, quarter, year (default: course)."),
            ReportOutput.formatOption, ReportOutput.outOption, ReportOutput.forceOption, CommonOptions.templates,
            CommonOptions.language,
        ],
        action: { values, context in
            let dimensions = try dimensions(values, allowed: TrainedQuery.Dimension.allCases, default: "course")
            try context.withStore(values) { database in
                let report = try AssessmentReport.make(
                    from: try context.dateOption(values, "from"),
                    to: try context.dateOption(values, "to"),
                    groupedBy: dimensions, database: database, now: context.changeContext(values).now())
                if values.option("format") == "json" { return try ReportOutput.emit(try JSONOutput.render(report), context: context, values: values) }
                let words = try context.reportWords(values, database: database)
                try ReportOutput(report.table(labels: try DimensionLabels(database, words: words), words: words)).write(values.option("format") ?? "table", context: context, values: values, database: database)
            }
        })

    static let delivery = Command(
        name: "delivery", abstract: "How much training was delivered: events, sessions, hours, participant-hours, class size, attendance.",
        options: [
            .value("from", "date", help: "Events starting on or after this date."), .value("to", "date", help: "Events starting on or before it."),
            .value("by", "dims", help: "Comma-separated: centre, course, month, quarter, year (default: none, one total line)."),
            ReportOutput.formatOption, ReportOutput.outOption, ReportOutput.forceOption, CommonOptions.language, CommonOptions.templates,
        ],
        action: runDelivery)

    static func dimensions(_ values: ParsedValues, allowed: [TrainedQuery.Dimension], default fallback: String) throws -> [TrainedQuery.Dimension] {
        var dimensions: [TrainedQuery.Dimension] = []
        let names = allowed.map(\.rawValue)
        for name in (values.option("by") ?? fallback).split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let dimension = TrainedQuery.Dimension(rawValue: name), allowed.contains(dimension) else {
                throw UsageError(
                    "The value '\(name)' is invalid for '--by <dims>'. Please provide any of \(ArgumentParser.list(names))" + Suggestion.phrase(for: name, among: names),
                    commandPath: values.commandPath)
            }
            if !dimensions.contains(dimension) { dimensions.append(dimension) }
        }
        return dimensions
    }

    static func runDelivery(_ values: ParsedValues, _ context: CommandContext) throws {
        let dimensions = try dimensions(values, allowed: DeliveryReport.dimensions, default: "")
        try context.withStore(values) { database in
            let report = try DeliveryReport.make(
                from: try context.dateOption(values, "from"),
                to: try context.dateOption(values, "to"),
                groupedBy: dimensions, database: database, now: context.changeContext(values).now())
            if values.option("format") == "json" { return try ReportOutput.emit(try JSONOutput.render(report), context: context, values: values) }
            let words = try context.reportWords(values, database: database)
            try ReportOutput(report.table(labels: try DimensionLabels(database, words: words), words: words))
                .write(values.option("format") ?? "table", context: context, values: values, database: database)
        }
    }

    static let trained = Command(
        name: "trained", abstract: "How many professionals were trained, by profession, sex, region, course, centre and period.",
        discussion: """
            Every combination of the requested dimensions is counted, with zeros for the known professions and both sexes.
            With two dimensions the table and the page show the donors' cross table (a row per profession, a column per
            sex, totals); --layout long (the CSV default) lists every combination with subtotals by the first dimension.
            Persons are counted distinctly at every level, so a row's total can be less than the sum of its cells.
            """,
        options: [
            .value("from", "date", help: "Events starting on or after this date."), .value("to", "date", help: "Events starting on or before it."),
            .value("by", "dims", help: "Comma-separated: profession, sex, region, course, centre, month, quarter, year (default: profession,sex)."),
            .value("measure", "measure", help: "What counts as trained (default: completed).", choices: TrainedQuery.Measure.allCases.map(\.rawValue)),
            .value("count", "what", help: "Count persons or participations (default: persons).", choices: TrainedQuery.Counting.allCases.map(\.rawValue)),
            .value(
                "format", "format", help: "table (default), csv, json, html (printable A4 with a bar chart), or xlsx (an Excel workbook; needs --out).",
                choices: ["table", "csv", "json", "html", "xlsx"]),
            ReportOutput.outOption, ReportOutput.forceOption,
            .value("suppress-below", "n", help: "Show counts from 1 to n−1 as <n, for publishing."),
            .value(
                "layout", "layout",
                help: "cross: a row per value of the first dimension, a column per value of the second (the default for table, html and xlsx with two dimensions); long: a row per combination (the default for csv).",
                choices: ["long", "cross"]),
            CommonOptions.language, CommonOptions.templates,
        ],
        action: runTrained)

    static func runTrained(_ values: ParsedValues, _ context: CommandContext) throws {
        let dimensions = try dimensions(values, allowed: TrainedQuery.Dimension.allCases, default: "profession,sex")
        let suppress = try values.integer("suppress-below", in: 2...1000)
        try context.withStore(values) { database in
            let query = TrainedQuery(
                from: try context.dateOption(values, "from"),
                to: try context.dateOption(values, "to"), dimensions: dimensions,
                measure: values.option("measure").flatMap(TrainedQuery.Measure.init(rawValue:)) ?? .completed,
                counting: values.option("count").flatMap(TrainedQuery.Counting.init(rawValue:)) ?? .persons)
            let report = try TrainedReport.make(query, database: database, now: context.changeContext(values).now())
            if values.option("format") == "json" { return try ReportOutput.emit(try JSONOutput.render(report), context: context, values: values) }
            let words = try context.reportWords(values, database: database)
            let labels = try DimensionLabels(database, words: words)
            let format = values.option("format") ?? "table"
            let cross = (values.option("layout") ?? (format == "csv" ? "long" : "cross")) == "cross"
            let table = (cross ? report.crossTable(labels: labels, words: words, suppressBelow: suppress) : nil)
                ?? report.table(labels: labels, words: words, suppressBelow: suppress)
            if values.option("format") == "html" {
                let library = try context.templates(values, database: database)
                return try ReportOutput.emit(
                    try library.render(
                        "report-trained",
                        .object(ReportPage.trained(table, language: words.language, masthead: ReportPage.masthead(try BrandingBook(database).forReports(), words)))),
                    context: context, values: values)
            }
            try ReportOutput(table).write(values.option("format") ?? "table", context: context, values: values, database: database)
        }
    }
}
