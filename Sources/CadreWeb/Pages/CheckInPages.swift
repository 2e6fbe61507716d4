import CadreKit
import CadreModel
import CadreRender
import Foundation

/// Self check-in by QR code (issue #23). The trainer's screen (`/events/CODE/sessions/N/check-in`,
/// signed in) shows a QR code and a typed code that change every 20 seconds, and the live list
/// to confirm or reject; the participant's phone (`/c/TOKEN` from the QR code, `/c` to type the
/// code; no account) says who they are. The rules are ``CheckInDesk``'s.
extension WebApp {
    static let checkInCookie = "cadre_checkin"

    // MARK: The trainer's screen

    func checkInScreen(_ visitor: Visitor, code: String, session number: String, values: [String: TemplateValue] = [:], status: Int = 200) throws -> HTTPResponse {
        guard let (event, session) = try eventSession(visitor, code, number) else { return try notFound(visitor) }
        let desk = CheckInDesk(visitor.store)
        let lines = try desk.lines(session: session)
        func people(_ chosen: (CheckIn) -> Bool) -> TemplateValue {
            .list(lines.filter { chosen($0.checkIn) }.map { line in
                ["name": .string(line.name), "ref": .string(line.traineeRef), "shownRef": .string(line.shownRef), "walkIn": .bool(line.checkIn.isWalkIn)]
            })
        }
        var context = values
        context["event"] = ["code": .string(event.code)]
        context["session"] = [
            "number": .number(Double(session.number)), "date": .string(DateWording.long(session.date, visitor.language)),
            "time": .string(session.startTime + "–" + session.endTime),
        ]
        // A code is shown only while phones would be accepted, and only with an address phones can use.
        switch CheckInDesk.opening(of: session, in: event, now: visitor.now) {
        case .open:
            if let base = checkInBase {
                let screen = try desk.screen(event: event, session: session, now: visitor.now)
                let url = base + "/c/" + screen.token
                context["qr"] = .string(try QRCode(url).svg(title: visitor.text("web.checkIn.qrTitle")))
                context["url"] = .string(url)
                context["typed"] = .string(screen.typedCode)
                context["typedAt"] = .string(base + "/c")
            } else {
                context["closedNote"] = .string(visitor.text("web.checkIn.noAddress"))
            }
        case .opensAt:
            let opens = ClockTime(parsing: session.startTime).flatMap { ClockTime(minutes: max(0, $0.minutes - Int(CheckInDesk.opensBefore / 60))) }
            context["closedNote"] = .string(visitor.text("web.checkIn.opensAt")
                .replacingOccurrences(of: "{date}", with: DateWording.long(session.date, visitor.language))
                .replacingOccurrences(of: "{time}", with: opens?.description ?? session.startTime))
        case .closed:
            context["closedNote"] = .string(visitor.text("web.checkIn.closed"))
        }
        // The last session also shows the feedback code, until an hour after its end.
        if let base = checkInBase, let token = try FeedbackDoor(visitor.store).screenToken(event: event, session: session, now: visitor.now) {
            let url = base + "/f/" + token
            context["feedbackQR"] = .string(try QRCode(url).svg(title: visitor.text("web.feedback.qrTitle")))
            context["feedbackURL"] = .string(url)
        }
        context["pending"] = people { $0.status == .pending && !$0.isWalkIn }
        context["walkIns"] = people { $0.status == .pending && $0.isWalkIn }
        context["confirmed"] = people { $0.status == .confirmed }
        context["hasWalkIns"] = .bool(lines.contains { $0.checkIn.status == .pending && $0.checkIn.isWalkIn })
        context["hasPending"] = .bool(lines.contains { $0.checkIn.status == .pending && !$0.checkIn.isWalkIn })
        context["refresh"] = .number(CheckInCode.window)
        return try page("check-in-screen", visitor, context, status: status)
    }

    func confirmCheckIns(_ visitor: Visitor, code: String, session number: String) throws -> HTTPResponse {
        guard let (event, session) = try eventSession(visitor, code, number) else { return try notFound(visitor) }
        _ = try CheckInDesk(visitor.store).confirmPending(event: event, session: session, context: visitor.changeContext)
        return .redirect(to: "/events/\(Self.pathEscaped(event.code))/sessions/\(session.number)/check-in")
    }

    /// One walk-in request, accepted by the trainer who sees it on the list.
    func confirmWalkIn(_ visitor: Visitor, code: String, session number: String) throws -> HTTPResponse {
        guard let (event, session) = try eventSession(visitor, code, number) else { return try notFound(visitor) }
        try CheckInDesk(visitor.store).confirmWalkIn(event: event, session: session, reference: visitor.field("ref") ?? "", context: visitor.changeContext)
        return .redirect(to: "/events/\(Self.pathEscaped(event.code))/sessions/\(session.number)/check-in")
    }

    func rejectCheckIn(_ visitor: Visitor, code: String, session number: String) throws -> HTTPResponse {
        guard let (event, session) = try eventSession(visitor, code, number) else { return try notFound(visitor) }
        try CheckInDesk(visitor.store).reject(event: event, session: session, reference: visitor.field("ref") ?? "", context: visitor.changeContext)
        return .redirect(to: "/events/\(Self.pathEscaped(event.code))/sessions/\(session.number)/check-in")
    }

    /// The visitor's event and its session `number`, if they may see them.
    func eventSession(_ visitor: Visitor, _ code: String, _ number: String) throws -> (TrainingEvent, TrainingSession)? {
        guard let event = try visitor.event(code), let number = Int(number),
            let session = try visitor.store.read({ try $0.events.sessions(of: event.id) }).first(where: { $0.number == number })
        else { return nil }
        return (event, session)
    }

    /// Where phones reach the server: `--public-url`, else the address the server listens on
    /// when that is one (never a header a client sent); nil: neither, so no code is shown.
    var checkInBase: String? { publicURL ?? listenURL }

    // MARK: The participant's phone

    /// The form: who are you (and, without a token, the code on the screen).
    func checkInForm(_ request: HTTPRequest, token: String?, language: Language, values: [String: TemplateValue] = [:], status: Int = 200) throws -> HTTPResponse {
        let csrf = SignIn.randomHex()
        var context = values
        context["csrf"] = .string(csrf)
        context["token"] = .text(token)
        context["action"] = .string("/c" + (token.map { "/" + $0 } ?? ""))
        if context["done"] == nil, context["refused"] == nil, let token {
            // Say at once when a scanned code is no longer good, before anyone types anything.
            let store = try openStore()
            defer { store.close() }
            do {
                let (_, session) = try CheckInDesk(store).session(token: token, now: now())
                context["session"] = ["number": .number(Double(session.number)), "date": .string(DateWording.long(session.date, language))]
            } catch let refusal as CheckInDesk.Refusal {
                context["refused"] = .string(try checkInWords(refusal, language))
                context["closed"] = true
                return try checkInPage(context, language: language, csrf: csrf, status: 410)
            }
        }
        return try checkInPage(context, language: language, csrf: csrf, status: status)
    }

    func checkIn(_ request: HTTPRequest, token: String?, language: Language, client: String) throws -> HTTPResponse {
        guard Self.formTokenMatches(request, cookie: Self.checkInCookie) else {
            return try checkInForm(request, token: token, language: language, values: ["refused": .string(try library.messages(language)["web.checkIn.formExpired"] ?? "")], status: 403)
        }
        let store = try openStore()
        defer { store.close() }
        guard try checkInsByAddress.allow(client, in: store) else {
            return try checkInForm(request, token: token, language: language, values: ["refused": .string(try library.messages(language)["verify.tooMany"] ?? "")], status: 429)
        }
        let desk = CheckInDesk(store)
        let time = now()
        do {
            let (event, session) = try token.map { try desk.session(token: $0, now: time) }
                ?? desk.session(typedCode: request.formValue("code") ?? "", now: time)
            guard try checkInsBySession.allow(session.id.uuidString, in: store) else {
                return try checkInForm(request, token: token, language: language, values: ["refused": .string(try library.messages(language)["verify.tooMany"] ?? "")], status: 429)
            }
            let identity: CheckInDesk.Identity
            if let reference = request.formValue("ref")?.trimmingCharacters(in: .whitespaces), !reference.isEmpty {
                identity = .reference(reference)
            } else {
                identity = .phoneAndName(lastDigits: request.formValue("phone") ?? "", letters: request.formValue("letters") ?? "")
            }
            let arrival = try desk.checkIn(identity, event: event, session: session, now: time)
            let messages = try library.messages(language)
            let key = arrival.isWalkIn ? "web.checkIn.walkIn" : (arrival.again ? "web.checkIn.again" : "web.checkIn.done")
            let text = (messages[key] ?? key).replacingOccurrences(of: "{name}", with: arrival.firstName)
            return try checkInPage(["done": .string(text)], language: language, csrf: nil, status: 200)
        } catch let refusal as CheckInDesk.Refusal {
            let status = refusal == .expired || refusal == .notOpen ? 410 : 422
            return try checkInPage(["refused": .string(try checkInWords(refusal, language)), "action": .string("/c" + (token.map { "/" + $0 } ?? "")),
                                    "token": .text(token), "closed": .bool(token != nil && (refusal == .expired || refusal == .notOpen))],
                                   language: language, csrf: nil, status: status)
        }
    }

    func checkInPage(_ values: [String: TemplateValue], language: Language, csrf: String?, status: Int) throws -> HTTPResponse {
        var context = values
        let token = csrf ?? SignIn.randomHex()
        context["csrf"] = .string(token)
        var response = try page("check-in", language: language, context, status: status)
        response.headers.append(("Set-Cookie", cookie(Self.checkInCookie, token, path: "/c")))
        return response
    }

    func checkInWords(_ refusal: CheckInDesk.Refusal, _ language: Language) throws -> String {
        let key: String = switch refusal {
        case .unknownCode: "web.checkIn.unknownCode"
        case .expired: "web.checkIn.expired"
        case .notOpen: "web.checkIn.notOpen"
        case .unknownPerson: "web.checkIn.unknownPerson"
        case .ambiguous: "web.checkIn.ambiguous"
        case .tooFewDetails: "web.checkIn.tooFewDetails"
        case .rejected: "web.checkIn.rejected"
        }
        return try library.messages(language)[key] ?? refusal.description
    }
}
