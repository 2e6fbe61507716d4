import CadreKit
import CadreModel
import CadreRender
import Foundation

/// The roll call at the door, on a tablet: the enrolled people in Azerbaijani order, four
/// large buttons each (present, late, excused, absent). Every person is a form of their own,
/// so each tap is stored at once and the page comes back at that person — no JavaScript
/// needed. Walk-ins are added at the bottom: someone registered (by reference) or someone new.
extension WebApp {
    static let tapOrder: [AttendanceMark.Status] = [.present, .late, .excused, .absent]

    func rollCall(_ visitor: Visitor, code: String, session number: String, values: [String: TemplateValue] = [:], status: Int = 200) throws -> HTTPResponse {
        guard let event = try visitor.event(code), let number = Int(number) else { return try notFound(visitor) }
        let register = try AttendanceRegister.load(event.code, database: visitor.store)
        guard let index = register.sessions.firstIndex(where: { $0.number == number }) else { return try notFound(visitor) }
        let session = register.sessions[index]
        let line = register.summary.sessions.first { $0.session.id == session.id }
        let marks = register.rows.map { $0.marks[index] }
        var context = values
        context["event"] = ["code": .string(event.code), "course": .string(register.summary.course.title[visitor.language])]
        context["session"] = [
            "number": .number(Double(number)), "date": .string(DateWording.long(session.date, visitor.language)),
            "time": .string(session.startTime + "–" + session.endTime), "module": .text(line?.module?[visitor.language]),
        ]
        context["counts"] = [
            "marked": .number(Double(marks.compactMap { $0 }.count)), "of": .number(Double(marks.count)),
            "here": .number(Double(marks.filter { $0?.countsAsAttended == true }.count)),
        ]
        context["people"] = .list(register.rows.map { row in
            let mark = row.marks[index]
            return [
                "name": .string(row.name), "ref": .string(row.traineeRef), "printedRef": .string(row.printedRef), "walkIn": .bool(row.isWalkIn),
                "state": .string(mark.map { visitor.text("web.rollCall.status." + $0.rawValue) } ?? visitor.text("web.rollCall.notMarked")),
                "taps": .list(Self.tapOrder.map { status in
                    ["value": .string(status.rawValue), "label": .string(visitor.text("web.rollCall.status." + status.rawValue)), "chosen": .bool(mark == status)]
                }),
            ]
        })
        context["choices"] = personChoices(try PersonLabels(visitor.store, language: visitor.language))
        context["idPrefix"] = "walkin-"  // the page's other forms have fields of their own
        return try page("roll-call", visitor, context, status: status)
    }

    /// One tap: stores the person's mark and goes back to them on the list.
    func mark(_ visitor: Visitor, code: String, session number: String) throws -> HTTPResponse {
        guard let event = try visitor.event(code), let number = Int(number) else { return try notFound(visitor) }
        guard let reference = visitor.field("ref"), let status = visitor.field("status").flatMap(AttendanceMark.Status.init(rawValue:)) else {
            return try rollCall(visitor, code: code, session: String(number), values: ["problem": .string(visitor.text("web.rollCall.badTap"))], status: 400)
        }
        _ = try AttendanceBook(visitor.store).mark(
            eventCode: event.code, session: number, references: [reference], status: status, context: visitor.changeContext)
        return .redirect(to: "/events/\(Self.pathEscaped(event.code))/sessions/\(number)#p-\(Self.pathEscaped(reference))")
    }

    /// A walk-in: by reference (already registered), or new with name, sex and profession.
    func walkIn(_ visitor: Visitor, code: String, session number: String) throws -> HTTPResponse {
        guard let event = try visitor.event(code), let number = Int(number) else { return try notFound(visitor) }
        let book = AttendanceBook(visitor.store)
        let admitted: String
        if let reference = visitor.field("ref") {
            admitted = try book.mark(
                eventCode: event.code, session: number, references: [reference], status: .present, walkIn: true, context: visitor.changeContext
            )[0].traineeRef
        } else {
            let resolver = try ReferenceResolver(visitor.store)
            do {
                let details = TraineeDetails(
                    fullName: try visitor.field("name").map(TraineeNormalizer.name), sex: try visitor.field("sex").map(TraineeNormalizer.sex),
                    professionCode: try visitor.field("profession").map(resolver.profession),
                    organization: try visitor.field("organization").map { raw throws(InvalidValue) in try TraineeNormalizer.text(raw) })
                admitted = try book.admitNewWalkIn(eventCode: event.code, session: number, details: details, context: visitor.changeContext).trainee.ref
            } catch let error as InvalidValue {
                return try rollCall(visitor, code: code, session: String(number), values: ["problem": .string(visitor.words(error))], status: 400)
            }
        }
        return .redirect(to: "/events/\(Self.pathEscaped(event.code))/sessions/\(number)#p-\(Self.pathEscaped(admitted))")
    }
}
