import CadreKit
import CadreModel
import CadreRender
import Foundation

/// `/events/CODE/follow-up`: an event's follow-up for its coordinator — when it is due, who
/// has answered — and the personal links of those who have not, as a CSV for the centre's mail
/// merge or SMS tool (as `cadre followup list` writes it). The rules are ``FollowUpDesk``'s.
extension WebApp {
    func followUpPage(_ visitor: Visitor, code: String, values: [String: TemplateValue] = [:], status: Int = 200) throws -> HTTPResponse {
        guard let event = try visitor.event(code) else { return try notFound(visitor) }
        let standing = try FollowUpDesk(visitor.store).standing(eventCode: event.code)
        var context = values
        context["event"] = ["code": .string(event.code), "course": .string(standing.summary.course.title[visitor.language])]
        context["due"] = .string(DateWording.long(standing.dueOn, visitor.language))
        context["isDue"] = .bool(visitor.today >= standing.dueOn)
        context["completed"] = .number(Double(standing.completed))
        context["answered"] = .number(Double(standing.answered))
        context["title"] = .string(standing.questionnaire.title[visitor.language])
        context["days"] = .string(visitor.field("days") ?? String(FollowUpDesk.defaultValidDays))
        context["noAddress"] = .bool(checkInBase == nil)
        let chosen = visitor.field("language") ?? ""
        context["languages"] = .list(([""] + Language.allCases.map(\.rawValue)).map { code in
            ["value": .string(code), "label": .string(code.isEmpty ? visitor.text("web.followUp.ownLanguage") : code), "chosen": .bool(code == chosen)]
        })
        return try page("follow-up", visitor, context, status: status)
    }

    /// New links for everyone who completed and has not answered, as a CSV download; the
    /// links are stored in the same transaction that makes the file's rows.
    func issueFollowUpLinks(_ visitor: Visitor, code: String) throws -> HTTPResponse {
        guard let event = try visitor.event(code) else { return try notFound(visitor) }
        guard let base = checkInBase else {
            return try followUpPage(visitor, code: code, values: ["refused": .string(visitor.text("web.checkIn.noAddress"))], status: 409)
        }
        guard let days = Int(visitor.field("days")?.trimmingCharacters(in: .whitespaces) ?? ""), (1...365).contains(days) else {
            return try followUpPage(visitor, code: code, values: ["refused": .string(visitor.text("web.followUp.badDays"))], status: 422)
        }
        let language = visitor.field("language").flatMap(Language.init(rawValue:))
        do {
            let rows = try visitor.store.write { database in
                let wave = try FollowUpDesk(database).issue(
                    eventCode: event.code, today: visitor.today, validDays: days, language: language, force: visitor.field("now") == "1",
                    context: visitor.changeContext)
                return try FollowUpMessages.rows(wave, base: base) { try library.messages($0) }
            }
            var text = ""
            let writer = try CSVWriter { text += $0 }
            try writer.row(FollowUpMessages.header)
            for row in rows { try writer.row(row) }
            return Self.download(Array(text.utf8), name: "\(event.code)-followup-\(visitor.today.iso).csv", type: "text/csv; charset=utf-8")
        } catch FollowUpDesk.Refusal.notDue(_, let due) {
            let text = visitor.text("web.followUp.notDue").replacingOccurrences(of: "{date}", with: DateWording.long(due, visitor.language))
            return try followUpPage(visitor, code: code, values: ["refused": .string(text)], status: 409)
        }
    }
}
