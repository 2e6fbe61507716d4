import CadreKit
import CadreModel
import Foundation

/// Every way into the web application, in one table. Signed-in routes pass
/// ``WebApp/signedIn(_:language:may:_:)`` before their handler runs, so no page forgets the
/// session, the form token or the role; pages under an event look it up through
/// ``Visitor/event(_:)``, so another centre's event answers 404 like a missing one.
extension WebApp {
    static let routes: [Route] = [
        // Public: no account.
        Route(method: "GET", pattern: "/healthz", handler: .open { app, _ in try app.health() }, purpose: "monitoring: 200 when the database reads"),
        Route(method: "GET", pattern: "/", handler: .open { app, call in try app.verifyForm(call) }, purpose: "the certificate check's form"),
        Route(method: "GET", pattern: "/verify/:code", handler: .open { app, call in
            try app.verify(call.parameters["code"] ?? "", language: call.language, client: call.client)
        }, purpose: "a certificate by its verification code (rate-limited per client)"),
        Route(method: "GET", pattern: "/login", handler: .open { app, call in try app.loginPage(language: call.language) }, purpose: "the sign-in form"),
        Route(method: "POST", pattern: "/login", handler: .open { app, call in
            try app.signIn(call.request, language: call.language, client: call.client)
        }, purpose: "signing in (form token, origin, throttled per address and login)"),
        Route(method: "POST", pattern: "/logout", handler: .open { app, call in try app.signOut(call.request) }, purpose: "signing out (the session's form token)"),
        Route(method: "GET", pattern: "/c", handler: .open { app, call in
            try app.checkInForm(call.request, token: nil, language: call.language)
        }, purpose: "a phone's check-in form, for the typed code"),
        Route(method: "GET", pattern: "/c/:token", handler: .open { app, call in
            try app.checkInForm(call.request, token: call.parameters["token"], language: call.language)
        }, purpose: "a phone's check-in form, from the QR code"),
        Route(method: "POST", pattern: "/c", handler: .open { app, call in
            try app.checkIn(call.request, token: nil, language: call.language, client: call.client)
        }, purpose: "checking in with the typed code (rate-limited per client and per session)"),
        Route(method: "POST", pattern: "/c/:token", handler: .open { app, call in
            try app.checkIn(call.request, token: call.parameters["token"], language: call.language, client: call.client)
        }, purpose: "checking in from the QR code (rate-limited per client and per session)"),
        Route(method: "GET", pattern: "/f/:token", handler: .open { app, call in
            try app.doorFeedbackForm(call.request, token: call.parameters["token"] ?? "", language: call.language)
        }, purpose: "a phone's end-of-training form, from the last session's feedback QR code"),
        Route(method: "POST", pattern: "/f", handler: .open { app, call in
            try app.sendDoorFeedback(call.request, language: call.language, client: call.client)
        }, purpose: "end-of-training answers: enrolled people only, once each, stored apart from who (rate-limited per client and per session)"),
        Route(method: "GET", pattern: "/q/:token", handler: .open { app, call in
            try app.followUpForm(call.request, token: call.parameters["token"] ?? "", language: call.language, client: call.client)
        }, purpose: "a personal follow-up link's questionnaire (rate-limited per client)"),
        Route(method: "POST", pattern: "/q/:token", handler: .open { app, call in
            try app.sendFollowUp(call.request, token: call.parameters["token"] ?? "", language: call.language, client: call.client)
        }, purpose: "follow-up answers: once a person, until the link expires (rate-limited per client)"),

        // Signed in.
        Route(method: "GET", pattern: "/home", handler: .signedIn(.seeEvents) { app, v, _ in try app.dashboard(v) }, purpose: "the dashboard"),
        Route(method: "POST", pattern: "/account/language", handler: .signedIn(.seeEvents) { app, v, _ in try app.chooseLanguage(v) }, purpose: "the language of the user's own pages and downloads"),
        Route(method: "GET", pattern: "/trainees", handler: .signedIn(.manageTrainees) { app, v, _ in try app.trainees(v) }, purpose: "search the registry (names, professions, regions only)"),
        Route(method: "POST", pattern: "/trainees", handler: .signedIn(.manageTrainees) { app, v, _ in try app.addTrainee(v) }, purpose: "register one person"),
        Route(method: "GET", pattern: "/trainees/duplicates", handler: .signedIn(.manageTrainees) { app, v, _ in try app.duplicates(v) }, purpose: "probable duplicates among the people the user may edit"),
        Route(method: "POST", pattern: "/trainees/merge", handler: .signedIn(.manageTrainees) { app, v, _ in try app.merge(v) }, purpose: "merge two people the user may edit"),
        Route(method: "GET", pattern: "/trainees/upload", handler: .signedIn(.manageTrainees) { app, v, _ in try app.uploadForm(v) }, purpose: "the sign-up sheet upload form"),
        Route(method: "POST", pattern: "/trainees/upload", handler: .signedIn(.manageTrainees) { app, v, _ in try app.upload(v) }, purpose: "upload a sign-up sheet (rows may change only people the user may edit)"),
        Route(method: "GET", pattern: "/trainees/:ref", handler: .signedIn(.manageTrainees) { app, v, p in
            try app.traineeRecord(v, reference: p["ref"] ?? "")
        }, purpose: "a person's record, if the user may edit it (else 404)"),
        Route(method: "POST", pattern: "/trainees/:ref", handler: .signedIn(.manageTrainees) { app, v, p in
            try app.editTrainee(v, reference: p["ref"] ?? "")
        }, purpose: "correct a person's record, if the user may edit it (else 404)"),
        Route(method: "GET", pattern: "/events", handler: .signedIn(.seeEvents) { app, v, _ in try app.events(v) }, purpose: "the user's centre's events (all, for national users)"),
        Route(method: "GET", pattern: "/events/new", handler: .signedIn(.schedule) { app, v, _ in try app.scheduleForm(v) }, purpose: "the scheduling form"),
        Route(method: "POST", pattern: "/events", handler: .signedIn(.schedule) { app, v, _ in try app.schedule(v) }, purpose: "schedule an event (a coordinator: for their own centre)"),
        Route(method: "GET", pattern: "/events/:code", handler: .signedIn(.seeEvents) { app, v, p in try app.eventPage(v, code: p["code"] ?? "") }, purpose: "an event of the user's centre"),
        Route(method: "GET", pattern: "/events/:code/sheets.html", handler: .signedIn(.takeRollCall) { app, v, p in try app.printSheets(v, code: p["code"] ?? "") }, purpose: "the event's sign-in sheets to print (?grid for the landscape grid)"),
        Route(method: "GET", pattern: "/events/:code/attendance.html", handler: .signedIn(.seeEvents) { app, v, p in try app.printAttendance(v, code: p["code"] ?? "") }, purpose: "the event's attendance matrix to print"),
        Route(method: "POST", pattern: "/events/:code/withdraw", handler: .signedIn(.schedule) { app, v, p in try app.withdraw(v, code: p["code"] ?? "") }, purpose: "withdraw one person (the waitlist moves up)"),
        Route(method: "POST", pattern: "/events/:code/enrol", handler: .signedIn(.schedule) { app, v, p in try app.enrol(v, code: p["code"] ?? "") }, purpose: "enrol people found by search (does not open their records)"),
        Route(method: "GET", pattern: "/events/:code/sessions/:n", handler: .signedIn(.takeRollCall) { app, v, p in
            try app.rollCall(v, code: p["code"] ?? "", session: p["n"] ?? "")
        }, purpose: "the roll call"),
        Route(method: "POST", pattern: "/events/:code/sessions/:n/mark", handler: .signedIn(.takeRollCall) { app, v, p in
            try app.mark(v, code: p["code"] ?? "", session: p["n"] ?? "")
        }, purpose: "one tap of the roll call"),
        Route(method: "POST", pattern: "/events/:code/sessions/:n/walk-in", handler: .signedIn(.takeRollCall) { app, v, p in
            try app.walkIn(v, code: p["code"] ?? "", session: p["n"] ?? "")
        }, purpose: "a walk-in, registered or new"),
        Route(method: "GET", pattern: "/events/:code/sessions/:n/check-in", handler: .signedIn(.takeRollCall) { app, v, p in
            try app.checkInScreen(v, code: p["code"] ?? "", session: p["n"] ?? "")
        }, purpose: "the trainer's QR screen (a code only while the session is open)"),
        Route(method: "POST", pattern: "/events/:code/sessions/:n/check-in/confirm", handler: .signedIn(.takeRollCall) { app, v, p in
            try app.confirmCheckIns(v, code: p["code"] ?? "", session: p["n"] ?? "")
        }, purpose: "confirm the enrolled people's check-ins (never walk-ins)"),
        Route(method: "POST", pattern: "/events/:code/sessions/:n/check-in/confirm-walk-in", handler: .signedIn(.takeRollCall) { app, v, p in
            try app.confirmWalkIn(v, code: p["code"] ?? "", session: p["n"] ?? "")
        }, purpose: "confirm one walk-in request the trainer has seen"),
        Route(method: "POST", pattern: "/events/:code/sessions/:n/check-in/reject", handler: .signedIn(.takeRollCall) { app, v, p in
            try app.rejectCheckIn(v, code: p["code"] ?? "", session: p["n"] ?? "")
        }, purpose: "reject one check-in"),
        Route(method: "POST", pattern: "/events/:code/sessions/:n/move", handler: .signedIn(.schedule) { app, v, p in
            try app.moveSession(v, code: p["code"] ?? "", session: p["n"] ?? "")
        }, purpose: "move a session (clashes refused)"),
        Route(method: "POST", pattern: "/events/:code/sessions/:n/cancel", handler: .signedIn(.schedule) { app, v, p in
            try app.cancelSession(v, code: p["code"] ?? "", session: p["n"] ?? "")
        }, purpose: "cancel a session"),
        Route(method: "GET", pattern: "/events/:code/scores", handler: .signedIn(.enterScores) { app, v, p in try app.scores(v, code: p["code"] ?? "") }, purpose: "the scores form"),
        Route(method: "POST", pattern: "/events/:code/scores", handler: .signedIn(.enterScores) { app, v, p in try app.saveScores(v, code: p["code"] ?? "") }, purpose: "save scores, all or none"),
        Route(method: "GET", pattern: "/events/:code/certificates", handler: .signedIn(.certify) { app, v, p in
            try app.certificates(v, code: p["code"] ?? "")
        }, purpose: "who completed, and the event's certificates"),
        Route(method: "POST", pattern: "/events/:code/certificates", handler: .signedIn(.certify) { app, v, p in
            try app.issueCertificates(v, code: p["code"] ?? "")
        }, purpose: "issue certificates"),
        Route(method: "GET", pattern: "/events/:code/certificates.html", handler: .signedIn(.certify) { app, v, p in
            try app.printCertificates(v, code: p["code"] ?? "")
        }, purpose: "the event's certificates as one page to print"),
        Route(method: "POST", pattern: "/events/:code/certificates/revoke", handler: .signedIn(.certify) { app, v, p in
            try app.revokeCertificate(v, code: p["code"] ?? "")
        }, purpose: "revoke a certificate of this event, with a reason"),
        Route(method: "GET", pattern: "/events/:code/feedback", handler: .signedIn(.seeEvents) { app, v, p in
            try app.eventFeedback(v, code: p["code"] ?? "")
        }, purpose: "an event's feedback, small numbers hidden, for its coordinator and its own trainers (else 404); free text for its centre's coordinator only"),
        Route(method: "GET", pattern: "/events/:code/follow-up", handler: .signedIn(.certify) { app, v, p in
            try app.followUpPage(v, code: p["code"] ?? "")
        }, purpose: "an event's follow-up: when due, how many answered"),
        Route(method: "POST", pattern: "/events/:code/follow-up", handler: .signedIn(.certify) { app, v, p in
            try app.issueFollowUpLinks(v, code: p["code"] ?? "")
        }, purpose: "new personal follow-up links for the event's completers, as CSV"),
        Route(method: "GET", pattern: "/reports", handler: .signedIn(.readReports) { app, v, _ in try app.reports(v) }, purpose: "reports (a centre's users: their centre only)"),
        Route(method: "GET", pattern: "/reports/download", handler: .signedIn(.readReports) { app, v, _ in try app.downloadReport(v) }, purpose: "a report as CSV, Excel or a printable page"),
        Route(method: "GET", pattern: "/admin/users", handler: .signedIn(.administer) { app, v, _ in try app.users(v) }, purpose: "users"),
        Route(method: "POST", pattern: "/admin/users", handler: .signedIn(.administer) { app, v, _ in try app.addUser(v) }, purpose: "add a user"),
        Route(method: "POST", pattern: "/admin/users/:login/disable", handler: .signedIn(.administer) { app, v, p in
            try app.disableUser(v, login: p["login"] ?? "")
        }, purpose: "disable a user (their sessions end at once)"),
    ]

    /// Every route as docs/SECURITY.md lists it (method, pattern, who may, what for); a test
    /// keeps the document and the application equal.
    public static var routeTable: [String] { routes.map(\.documentation) }

    /// The route for `request`: the handler's answer; a path some route knows but not with this
    /// method → 405 naming the methods it takes; no route → 404.
    func route(_ request: HTTPRequest, language: Language, client: String) throws -> HTTPResponse {
        let path = request.path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map { $0 }
        var allowed: [String] = []
        for route in Self.routes {
            guard let parameters = route.match(path) else { continue }
            guard route.accepts(request.method) else {
                allowed.append(route.method)
                continue
            }
            if request.method == "POST", !isSameOrigin(request) {
                var refused = try protocolPage(403, language: language)
                refused.logNote = "refused: origin \(request.header("origin") ?? request.header("referer") ?? "missing")"
                return refused
            }
            switch route.handler {
            case .signedIn(let action, let handler):
                return try signedIn(request, language: language, may: action) { try handler(self, $0, parameters) }
            case .open(let handler):
                return try handler(self, Route.Call(request: request, language: language, client: client, parameters: parameters))
            }
        }
        if !allowed.isEmpty {
            let methods = (allowed.contains("GET") ? ["GET", "HEAD"] : []) + allowed.filter { $0 != "GET" }
            var response = try protocolPage(405, language: language)
            response.headers.append(("Allow", methods.joined(separator: ", ")))
            return response
        }
        return try protocolPage(404, language: language)
    }
}
