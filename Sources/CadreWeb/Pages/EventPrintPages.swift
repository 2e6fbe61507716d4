import CadreKit
import CadreModel
import CadreRender
import Foundation

/// What the event page offers to print, as the CLI prints it: the sign-in sheets of every held
/// session (or the landscape grid) and the attendance matrix, in the visitor's language —
/// pages a browser prints as they are (A4, the printed pages' own styles).
extension WebApp {
    func printSheets(_ visitor: Visitor, code: String) throws -> HTTPResponse {
        guard let event = try visitor.event(code) else { return try notFound(visitor) }
        let printer = SignInSheetPrinter(
            library: library, language: visitor.language, pages: visitor.query("grid") != nil ? .grid : .sessions(only: nil), blankRows: 5)
        return .html(try printer.page(for: event, database: visitor.store))
    }

    func printAttendance(_ visitor: Visitor, code: String) throws -> HTTPResponse {
        guard let event = try visitor.event(code) else { return try notFound(visitor) }
        let register = try AttendanceRegister.load(event.code, database: visitor.store)
        return .html(try library.render("attendance", AttendancePage.context(register, language: visitor.language, messages: visitor.messages)))
    }

    /// Withdraws one person from the event; the first on the waitlist takes the place.
    func withdraw(_ visitor: Visitor, code: String) throws -> HTTPResponse {
        guard let event = try visitor.event(code) else { return try notFound(visitor) }
        guard let reference = visitor.field("ref") else { return try eventPage(visitor, code: event.code, values: ["problem": .string(visitor.text("web.enrol.none"))], status: 400) }
        let promoted = try Scheduler(visitor.store).withdraw(eventCode: event.code, reference: reference, context: visitor.changeContext)
        var done = visitor.text("web.event.withdrawn").replacingOccurrences(of: "{ref}", with: reference)
        if let promoted { done += " " + visitor.text("web.event.promoted").replacingOccurrences(of: "{name}", with: promoted.fullName ?? promoted.ref) }
        return try eventPage(visitor, code: event.code, values: ["done": .string(done)])
    }
}
