import CadreKit
import CadreModel
import CadreRender
import Foundation

/// Moving and cancelling one session from the event's page. A move that clashes with another
/// booking of the venue or the trainer is refused with the domain's message naming both.
extension WebApp {
    func moveSession(_ visitor: Visitor, code: String, session number: String) throws -> HTTPResponse {
        guard let event = try visitor.event(code), let number = Int(number) else { return try notFound(visitor) }
        let date = try visitor.field("date").map { text in
            guard let date = CalendarDate(parsing: text) else { throw FormProblem(visitor.text("web.schedule.badDate") + ": " + text) }
            return date
        }
        let slot = try visitor.field("time").map { text in
            guard let slot = TimeSlot(parsing: text) else { throw FormProblem(visitor.text("web.session.badTime") + ": " + text) }
            return slot
        }
        guard date != nil || slot != nil else { throw FormProblem(visitor.text("web.session.nothingToMove")) }
        // Overriding a clash is what the page offers after showing it: the reason, audited.
        let reason = visitor.field("override-reason")
        var context = visitor.changeContext
        context.overrideReason = reason
        let moved: TrainingSession
        do {
            moved = try Scheduler(visitor.store).moveSession(
                eventCode: event.code, number: number, date: date, slot: slot, trainer: nil, venue: nil, allowWeekend: false,
                force: visitor.field("override") != nil && reason != nil, context: context)
        } catch let clashes as ScheduleClashes {
            let (text, lines) = RefusalWords(visitor: visitor).words(clashes)
            return try eventPage(visitor, code: event.code, values: [
                "problem": .string(text), "problems": .list(lines.map { .string($0) }),
                "moveAnyway": [
                    "number": .number(Double(number)), "date": .text(visitor.field("date")), "time": .text(visitor.field("time")),
                    "reason": .text(reason),
                ],
            ], status: 409)
        }
        let done = visitor.text("web.session.moved") + " \(moved.number): " + DateWording.long(moved.date, visitor.language) + " \(moved.startTime)–\(moved.endTime)"
        return try eventPage(visitor, code: event.code, values: ["done": .string(done)])
    }

    func cancelSession(_ visitor: Visitor, code: String, session number: String) throws -> HTTPResponse {
        guard let event = try visitor.event(code), let number = Int(number) else { return try notFound(visitor) }
        let cancelled = try Scheduler(visitor.store).cancelSession(
            eventCode: event.code, number: number, reason: visitor.field("reason"), context: visitor.changeContext)
        return try eventPage(visitor, code: event.code, values: ["done": .string(visitor.text("web.session.cancelled") + " \(cancelled.number)")])
    }
}

/// A form field that does not read: answered 400 with its message, nothing stored.
struct FormProblem: CadreError {
    let description: String
    init(_ description: String) { self.description = description }
    var category: ErrorCategory { .invalidInput }
}
