import CadreKit
import CadreRender
import CadreModel
import Foundation

/// `cadre report …`: the ministry's numbers.
enum ReportCommands {
    static let command = Command(
        name: "report", abstract: "Reports for the ministry and donors.",
        subcommands: [trained, delivery, assessment, IndicatorsCommand.command])

    static let assessment = Command(
        name: "assessment", abstract: "What participants learned: matched pre/post pairs, mean gain, normalised gain.",
        options: [
            .value("from", "date", help: "Events starting on or after this date."), .value("to", "date", help: "Events starting on or before it."),
            .value("by", "dims", help: "Comma-separated: course, profession, sex, region, centre, month, quarter, year (default: course)."),
            ReportOutput.formatOption, CommonOptions.templates,
            CommonOptions.language,
        ],
        action: { values, context in
            let dimensions = try dimensions(values, allowed: TrainedQuery.Dimension.allCases, default: "course")
            try context.withStore(values) { database in
                let from = try values.option("from").map { try context.date($0, name: "from") }
                let to = try values.option("to").map { try context.date($0, name: "to") }
                let rows = try database.reports.assessment(from: from, to: to, groupedBy: dimensions)
                let total = try database.reports.assessment(from: from, to: to, groupedBy: []).first
                if values.option("format") == "json" { return context.stdout.write(try JSONOutput.render(["rows": rows, "total": total.map { [$0] } ?? []])) }
                let labels = try ReportLabels(database, language: try context.language(values, database: database))
                let header = dimensions.map(\.rawValue) + ["pairs", "mean_pre", "mean_post", "mean_gain", "mean_gain_percent", "normalised_gain", "improved", "stayed", "dropped"]
                func cells(_ gain: KnowledgeGain) -> [String] {
                    [String(gain.pairs), String(format: "%.1f", gain.meanPre), String(format: "%.1f", gain.meanPost), String(format: "%.1f", gain.meanGain),
                     String(format: "%.1f", gain.meanGainPercent), gain.normalisedGain.map { String(format: "%.2f", $0) } ?? "", String(gain.improved),
                     String(gain.stayed), String(gain.dropped)]
                }
                let lines = rows.map { row in zip(dimensions, row.values).map { labels.label($0, $1) } + cells(row.gain) }
                    + (dimensions.isEmpty ? [] : total.map { [["Total"] + Array(repeating: "", count: dimensions.count - 1) + cells($0.gain)] } ?? [])
                try ReportOutput(
                    title: "What participants learned",
                    notes: [
                        "Matched pairs only (people with both a pre- and a post-test). Gain = post − pre; % of the maximum score;",
                        "normalised gain = mean of (post − pre) / (max − pre) over people who could still improve.",
                    ] + ReportOutput.stamp(from: from, to: to, now: context.changeContext(values).now()),
                    header: header, lines: lines
                ).write(values.option("format") ?? "table", context: context, values: values, database: database)
            }
        })

    static let delivery = Command(
        name: "delivery", abstract: "How much training was delivered: events, sessions, hours, participant-hours, class size, attendance.",
        options: [
            .value("from", "date", help: "Events starting on or after this date."), .value("to", "date", help: "Events starting on or before it."),
            .value("by", "dims", help: "Comma-separated: centre, course, month, quarter, year (default: none, one total line)."),
            ReportOutput.formatOption, CommonOptions.templates,
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
        let dimensions = try dimensions(values, allowed: [.centre, .course, .month, .quarter, .year], default: "")
        try context.withStore(values) { database in
            let from = try values.option("from").map { try context.date($0, name: "from") }
            let to = try values.option("to").map { try context.date($0, name: "to") }
            let rows = try database.reports.delivery(from: from, to: to, groupedBy: dimensions)
            let total = try database.reports.delivery(from: from, to: to, groupedBy: [])
            if values.option("format") == "json" {
                return context.stdout.write(try JSONOutput.render(["rows": rows, "total": total]))
            }
            let header = dimensions.map(\.rawValue) + ["events", "sessions", "training_hours", "participant_hours", "average_class_size", "attendance_rate_percent", "trainer_hours"]
            func cells(_ row: DeliveryRow) -> [String] {
                [
                    String(row.events), String(row.sessions), Format.hours(row.trainingMinutes), Format.hours(row.participantMinutes),
                    String(format: "%.1f", row.averageClassSize), String(format: "%.1f", row.attendanceRate * 100), Format.hours(row.trainerMinutes),
                ]
            }
            let lines = dimensions.isEmpty
                ? total.map(cells)
                : rows.map { row in row.values.map { $0 ?? "(none)" } + cells(row) }
                    + total.map { ["Total"] + Array(repeating: "", count: dimensions.count - 1) + cells($0) }
            let output = ReportOutput(
                title: "Training delivered",
                notes: [
                    "Events that are not cancelled, by their start date; sessions that are not cancelled.",
                    "Participant-hours count present or late marks; the attendance rate is those marks over enrolled trainees × held sessions.",
                ] + ReportOutput.stamp(from: from, to: to, now: context.changeContext(values).now()),
                header: header, lines: lines,
                chart: dimensions.isEmpty ? [] : rows.map { row in (row.values.map { $0 ?? "(none)" }.joined(separator: " "), row.participantMinutes / 60, Format.hours(row.participantMinutes)) })
            try output.write(values.option("format") ?? "table", context: context, values: values, database: database)
        }
    }

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
            .value("format", "format", help: "table (default), csv, json, or html (printable A4 with a bar chart).", choices: ["table", "csv", "json", "html"]),
            .value("suppress-below", "n", help: "Show counts from 1 to n−1 as <n, for publishing."),
            CommonOptions.language, CommonOptions.templates,
        ],
        action: runTrained)

    static func runTrained(_ values: ParsedValues, _ context: CommandContext) throws {
        let dimensions = try dimensions(values, allowed: TrainedQuery.Dimension.allCases, default: "profession,sex")
        let suppress = try values.integer("suppress-below", in: 2...1000)
        try context.withStore(values) { database in
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
            case "html":
                let chartItems: [(label: String, value: Int, display: String)] =
                    dimensions.count == 1 ? report.lines.map { (labels.label(dimensions[0], $0.values[0]), $0.count, cell($0.count)) }
                    : report.subtotals.map { (labels.label(dimensions[0], $0.values[0]), $0.count, cell($0.count)) }
                let lines: [TemplateValue] = rows.map { ["kind": "line", "cells": .list($0.dropLast().map { .string($0) }), "count": .string($0.last ?? "")] }
                    + subtotals.map { ["kind": "subtotal", "cells": .list($0.dropLast().map { .string($0) }), "count": .string($0.last ?? "")] }
                    + [["kind": "total", "cells": .list(total.dropLast().map { .string($0) }), "count": .string(total.last ?? "")]]
                let library = try context.templates(values, database: database)
                context.stdout.write(try library.render("report-trained", [
                    "lang": .string(language.rawValue), "title": "Professionals trained",
                    "definitions": .list(report.definitions.map { .string($0) }), "made": .string("Made: \(Timestamp.string(from: report.madeAt))"),
                    "chart": .text(chartItems.isEmpty ? nil : BarChart.svg(chartItems, title: "Professionals trained by \(dimensions[0].rawValue)")),
                    "header": .list(header.map { .string($0) }), "rows": .list(lines),
                    "suppressed": .text(suppress.map { "Counts from 1 to \($0 - 1) are shown as <\($0) to protect small groups." }),
                ]))
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

    init(_ database: any Store, language: Language) throws {
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
