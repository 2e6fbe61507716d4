import CadreKit
import CadreModel
import CadreRender
import Foundation

/// `/events/CODE/feedback`: what an event's participants said at its end and at the follow-up,
/// with small numbers hidden as in every report — for its centre's coordinator and its own
/// trainers (``Access/mayReadFeedback(of:)``); the free-text answers only for the coordinator
/// of the event's centre (``Access/mayReadFeedbackTexts(of:)``).
extension WebApp {
    func eventFeedback(_ visitor: Visitor, code: String) throws -> HTTPResponse {
        guard let event = try visitor.event(code), visitor.access.mayReadFeedback(of: event) else { return try notFound(visitor) }
        let words = ReportWords(language: visitor.language, messages: visitor.messages)
        let texts = visitor.access.mayReadFeedbackTexts(of: event)
        var tables: [TemplateValue] = []
        // The event's own end-of-training questionnaire (nil: its course's), then the follow-up.
        for questionnaire in [nil, FollowUpDesk.followUpCode] {
            let report: FeedbackReport
            do {
                report = try FeedbackReport.make(
                    from: nil, to: nil, eventCode: event.code, grouping: .event, suppressBelow: FeedbackReport.defaultSuppressBelow, texts: texts,
                    questionnaireCode: questionnaire, database: visitor.store, now: visitor.now)
            } catch FeedbackBook.FeedbackError.noQuestionnaire {
                continue
            }
            // Each cell with its column's name, which a phone shows beside it (a table becomes cards).
            let table = report.table(words: words)
            tables.append([
                "caption": .string(table.title), "header": .list(table.columnTitles.map { .string($0) }),
                "rows": .list(table.rows.map { row in
                    ["cells": .list(zip(table.columnTitles, table.shownCells(row)).map { ["label": .string($0), "text": .string($1)] })]
                }),
                "note": .string(words("report.feedback.questionnaire", ["code": report.questionnaire, "version": String(report.version)])),
            ])
        }
        let limit = ["limit": String(FeedbackReport.defaultSuppressBelow)]
        return try page("event-feedback", visitor, [
            "event": ["code": .string(event.code)], "tables": .list(tables), "textsHidden": .bool(!texts),
            "notes": .list([.string(words("report.feedback.anonymous")), .string(words("report.feedback.suppressed", limit))]),
        ])
    }
}
