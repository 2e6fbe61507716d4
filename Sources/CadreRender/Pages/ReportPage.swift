public import CadreKit
public import CadreModel

/// A ``ReportTable`` on a page: the same rows, notes and chart for `cadre report … --format
/// html` and for the site's report pages.
public enum ReportPage {
    /// The `chart`, `tables` and `notes` of a `site-page`; `links` gives cells that link
    /// somewhere (by row and column).
    public static func content(_ table: ReportTable, caption: String? = nil) -> [String: TemplateValue] {
        let rows: [TemplateValue] = table.rows.map { row in
            ["kind": .string(row.kind.rawValue), "cells": .list(row.cells.map { ["text": .string($0), "href": .null] })]
        }
        return [
            "chart": .text(table.chart.isEmpty ? nil : BarChart.svg(table.chart.map { ($0.label, $0.value, $0.display) }, title: table.chartTitle)),
            "tables": .list([["caption": .string(caption ?? table.title), "header": .list(table.columnTitles.map { .string($0) }), "rows": .list(rows)]]),
            "notes": .list(table.notes.map { .string($0) }),
        ]
    }

    /// The context of the `report-trained` page: every row's cells and its count apart, so
    /// the counts line up and subtotals and the total stand out.
    public static func trained(_ table: ReportTable, language: Language) -> [String: TemplateValue] {
        [
            "lang": .string(language.rawValue), "title": .string(table.title),
            "definitions": .list(table.notes.map { .string($0) }),
            "chart": .text(table.chart.isEmpty ? nil : BarChart.svg(table.chart.map { ($0.label, $0.value, $0.display) }, title: table.chartTitle)),
            "header": .list(table.columnTitles.map { .string($0) }),
            "rows": .list(table.rows.map { row in
                ["kind": .string(row.kind.rawValue), "cells": .list(row.cells.dropLast().map { .string($0) }), "count": .string(row.cells.last ?? "")]
            }),
        ]
    }
}
