import CadreKit
import CadreModel
import CadreRender
import Foundation

/// `/reports`: the ministry's reports with the period and the dimensions as form fields, the
/// table and its chart on screen, and the same report to download as CSV, an Excel workbook
/// or a printable page. A user of one centre gets their centre's trained report only.
extension WebApp {
    func reports(_ visitor: Visitor) throws -> HTTPResponse {
        let (request, problem) = try reportRequest(visitor)
        var context: [String: TemplateValue] = [:]
        let kinds = ReportRequest.kinds(scoped: visitor.user.centreID != nil)
        context["kinds"] = .list(kinds.map { ["value": .string($0.rawValue), "label": .string(visitor.text("report.\($0.rawValue).title")), "chosen": .bool($0 == request.kind)] })
        let dimensionChoices = [""] + TrainedQuery.Dimension.allCases.map(\.rawValue)
        context["by"] = .list((0..<2).map { index in
            let chosen = request.dimensions.indices.contains(index) ? request.dimensions[index].rawValue : ""
            return [
                "name": .string("by\(index + 1)"),
                "options": .list(dimensionChoices.map { value in
                    ["value": .string(value), "label": .string(value.isEmpty ? "—" : visitor.text("report.column." + value)), "chosen": .bool(value == chosen)]
                }),
            ]
        })
        context["measures"] = .list(TrainedQuery.Measure.allCases.map {
            ["value": .string($0.rawValue), "label": .string(visitor.text("web.reports.measure." + $0.rawValue)), "chosen": .bool($0 == request.measure)]
        })
        context["countings"] = .list(TrainedQuery.Counting.allCases.map {
            ["value": .string($0.rawValue), "label": .string(visitor.text("web.reports.count." + $0.rawValue)), "chosen": .bool($0 == request.counting)]
        })
        let groupings = FeedbackReport.Grouping.allCases.filter { $0 != .trainer || visitor.access.mayGroupFeedbackByTrainer }
        context["feedbackGroups"] = .list(groupings.map {
            ["value": .string($0.rawValue), "label": .string(visitor.text("report.column." + $0.rawValue)), "chosen": .bool($0 == request.feedbackGrouping)]
        })
        context["isFeedback"] = .bool(request.kind == .feedback || request.kind == .followUp)
        context["from"] = .text(request.from?.iso)
        context["to"] = .text(request.to?.iso)
        context["problem"] = .text(problem)
        if problem == nil {
            let words = ReportWords(language: visitor.language, messages: visitor.messages)
            let table = try request.table(database: visitor.store, words: words, now: visitor.now)
            context.merge(ReportPage.content(table, masthead: ReportPage.masthead(try BrandingBook(visitor.store).forReports(), words))) { _, new in new }
            context["reportTitle"] = .string(table.title)
            context["query"] = .string(visitor.request.query.filter { $0.name != "format" }.map { "\(Self.pathEscaped($0.name))=\(Self.pathEscaped($0.value))" }.joined(separator: "&"))
        }
        return try page("reports", visitor, context, status: problem == nil ? 200 : 400)
    }

    /// The report of the form's fields as a file: `format=csv`, `xlsx` or `html`.
    func downloadReport(_ visitor: Visitor) throws -> HTTPResponse {
        let (request, problem) = try reportRequest(visitor)
        guard problem == nil else { return try reports(visitor) }
        let words = ReportWords(language: visitor.language, messages: visitor.messages)
        let table = try request.table(database: visitor.store, words: words, now: visitor.now)
        let name = "cadre-\(request.kind.rawValue)-\(visitor.today.iso)"
        switch visitor.query("format") {
        case "xlsx":
            return Self.download(XLSXWriter.data(table.spreadsheet), name: name + ".xlsx", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        case "html":
            let masthead = ReportPage.masthead(try BrandingBook(visitor.store).forReports(), words)
            return .html(try library.render("site-page", .object(ReportPage.printable(table, masthead: masthead))))
        default:
            // CSVWriter begins with a byte-order mark, so Excel opens the letters intact.
            return Self.download(Array(try table.csv().utf8), name: name + ".csv", type: "text/csv; charset=utf-8")
        }
    }

    /// The report the query asks for, limited to the visitor's centre when they have one;
    /// a date that does not read is a problem to show, not a report of everything.
    func reportRequest(_ visitor: Visitor) throws -> (ReportRequest, String?) {
        let scoped = visitor.user.centreID != nil
        let kind = visitor.query("report").flatMap(ReportRequest.Kind.init(rawValue:)).flatMap { ReportRequest.kinds(scoped: scoped).contains($0) ? $0 : nil } ?? .trained
        var problem: String?
        func date(_ name: String) -> CalendarDate? {
            guard let text = visitor.query(name) else { return nil }
            guard let date = CalendarDate(parsing: text) else {
                problem = visitor.text("web.schedule.badDate") + ": " + text
                return nil
            }
            return date
        }
        var dimensions: [TrainedQuery.Dimension] = []
        for name in ["by1", "by2"] {
            if let dimension = visitor.query(name).flatMap(TrainedQuery.Dimension.init(rawValue:)), !dimensions.contains(dimension) { dimensions.append(dimension) }
        }
        if visitor.request.queryValue("by1") == nil && kind == .trained { dimensions = [.profession, .sex] }
        let request = ReportRequest(
            kind: kind, from: date("from"), to: date("to"), dimensions: dimensions,
            measure: visitor.query("measure").flatMap(TrainedQuery.Measure.init(rawValue:)) ?? .completed,
            counting: visitor.query("count").flatMap(TrainedQuery.Counting.init(rawValue:)) ?? .persons,
            centreCode: visitor.centre?.code)
        var asked = request
        asked.feedbackGrouping = visitor.query("group").flatMap(FeedbackReport.Grouping.init(rawValue:)) ?? .event
        asked.mayGroupByTrainer = visitor.access.mayGroupFeedbackByTrainer
        return (asked, problem)
    }

    static func download(_ bytes: [UInt8], name: String, type: String) -> HTTPResponse {
        HTTPResponse(status: 200, headers: [("Content-Type", type), ("Content-Disposition", "attachment; filename=\"\(name)\"")], body: bytes)
    }
}
