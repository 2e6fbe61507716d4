public import CadreKit
public import CadreModel

/// A ``ReportTable`` on a page: the same rows, notes and chart for `cadre report … --format
/// html` and for the site's report pages.
public enum ReportPage {
    /// The `chart`, `tables` and `notes` of a `site-page`; `links` gives cells that link
    /// somewhere (by row and column).
    public static func content(_ table: ReportTable, caption: String? = nil) -> [String: TemplateValue] {
        let rows: [TemplateValue] = table.rows.map { row in
            ["kind": .string(row.kind.rawValue), "cells": .list(table.shownCells(row).map { ["text": .string($0), "href": .null] })]
        }
        return [
            "chart": chart(table),
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
            "chart": chart(table),
            "header": .list(table.columnTitles.map { .string($0) }),
            "cross": .bool(table.isCross),
            "rows": .list(table.rows.map { row in
                ["kind": .string(row.kind.rawValue), "cells": .list(table.shownCells(row).dropLast().map { .string($0) }), "count": .string(row.cells.last ?? "")]
            }),
        ]
    }

    /// The table's chart as inline SVG, bars split by the chart's series when it has some.
    static func chart(_ table: ReportTable) -> TemplateValue {
        guard !table.chart.isEmpty else { return .null }
        return .string(BarChart.svg(table.chart.map { ($0.label, $0.value, NumberWording.written($0.display, table.language), $0.parts) }, series: table.chartSeries, title: table.chartTitle))
    }
}
