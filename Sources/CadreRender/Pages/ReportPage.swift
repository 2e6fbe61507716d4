public import CadreKit
public import CadreModel

/// A ``ReportTable`` on a page: the same rows, notes and chart for `cadre report … --format
/// html` and for the site's report pages.
public enum ReportPage {
    /// The `chart`, `tables` and `notes` of a `site-page`; `links` gives cells that link
    /// somewhere (by row and column).
    public static func content(_ table: ReportTable, caption: String? = nil, masthead: TemplateValue = .null) -> [String: TemplateValue] {
        let rows: [TemplateValue] = table.rows.map { row in
            ["kind": .string(row.kind.rawValue), "cells": .list(table.shownCells(row).map { ["text": .string($0), "href": .null] })]
        }
        return [
            "masthead": masthead,
            "chart": chart(table),
            "tables": .list([["caption": .string(caption ?? table.title), "header": .list(table.columnTitles.map { .string($0) }), "rows": .list(rows)]]),
            "notes": .list(table.notes.map { .string($0) }),
        ]
    }

    /// The context of the `report-trained` page: every row's cells and its count apart, so
    /// the counts line up and subtotals and the total stand out.
    public static func trained(_ table: ReportTable, language: Language, masthead: TemplateValue = .null) -> [String: TemplateValue] {
        [
            "masthead": masthead,
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

    /// A report on a page of its own (`site-page` without navigation), as `cadre report
    /// --format html` writes it and the web application downloads it.
    public static func printable(_ table: ReportTable, masthead: TemplateValue) -> [String: TemplateValue] {
        var page = content(table, masthead: masthead)
        page["lang"] = .string(table.language.rawValue)
        page["site"] = "Cadre"
        page["title"] = .string(table.title)
        page["nav"] = .list([])
        return page
    }

    /// What heads a report a donor reads: the ministry's logo, the programme's name and the
    /// donor's emblem as set with `cadre branding`; nothing when none is set.
    public static func masthead(_ brandings: Brandings, _ words: ReportWords) -> TemplateValue {
        let branding = brandings.everyone
        guard brandings.programme != nil || branding.ministryLogo != nil || branding.donorLogo != nil else { return .null }
        return [
            "ministry": .text(branding.ministryLogo?.dataURI), "ministryName": .string(words("report.logo.ministry")),
            "programme": .text(brandings.programme?[words.language]),
            "donor": .text(branding.donorLogo?.dataURI), "donorName": .string(words("report.logo.donor")),
        ]
    }

    /// The table's chart as inline SVG, bars split by the chart's series when it has some.
    static func chart(_ table: ReportTable) -> TemplateValue {
        guard !table.chart.isEmpty else { return .null }
        return .string(BarChart.svg(table.chart.map { ($0.label, $0.value, NumberWording.written($0.display, table.language), $0.parts) }, series: table.chartSeries, title: table.chartTitle))
    }
}
