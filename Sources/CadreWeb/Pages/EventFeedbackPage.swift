import CadreKit
import CadreModel
import CadreRender
import Foundation

/// `/events/CODE/feedback`: what an event's participants said at its end and at the follow-up,
/// with small numbers hidden as in every report; the free-text answers only for the coordinator
/// of the event's centre (``Access/mayReadFeedbackTexts(of:)``).
extension WebApp {
    func eventFeedback(_ visitor: Visitor, code: String) throws -> HTTPResponse {
        guard let event = try visitor.event(code) else { return try notFound(visitor) }
        let words = ReportWords(language: visitor.language, messages: visitor.messages)
        let texts = visitor.access.mayReadFeedbackTexts(of: event)
        var tables: [TemplateValue] = []
        var notes: [TemplateValue] = []
        for questionnaire in [FeedbackBook.endOfTrainingCode, FollowUpDesk.followUpCode] {
            let report: FeedbackReport
            do {
                report = try FeedbackReport.make(
                    from: nil, to: nil, eventCode: event.code, grouping: .event, suppressBelow: FeedbackReport.defaultSuppressBelow, texts: texts,
                    questionnaireCode: questionnaire, database: visitor.store, now: visitor.now)
            } catch FeedbackBook.FeedbackError.noQuestionnaire {
                continue
            }
            let content = ReportPage.content(report.table(words: words))
            if case .list(let shown)? = content["tables"] { tables += shown }
            if case .list(let said)? = content["notes"], notes.isEmpty { notes = said }
        }
        return try page("event-feedback", visitor, [
            "event": ["code": .string(event.code)], "tables": .list(tables), "notes": .list(notes), "textsHidden": .bool(!texts),
        ])
    }
}
