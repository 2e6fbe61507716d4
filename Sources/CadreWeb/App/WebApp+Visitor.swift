import CadreKit
import CadreModel
import CadreRender
import Foundation

/// The checks every signed-in page passes before it runs, and the frame it is drawn in.
extension WebApp {
    /// Runs `body` for the signed-in user of `request`: not signed in (or a session that ended)
    /// → the sign-in page; a POST without the session's form token → 403 and nothing done; an
    /// action the user's role does not allow → 403.
    func signedIn(_ request: HTTPRequest, language: Language, may action: Access.Action, _ body: (Visitor) throws -> HTTPResponse) throws -> HTTPResponse {
        let store = try openStore()
        defer { store.close() }
        guard let token = request.cookie(Self.sessionCookie), let (user, session) = try SignIn(store).current(token: token, now: now()) else {
            var redirect = HTTPResponse.redirect(to: "/login")
            redirect.logNote = "not signed in"
            return redirect
        }
        // A language chosen by a link now, else the one kept with the account, else the browser's.
        let language = request.queryValue("lang").flatMap(Language.init(rawValue:)) ?? user.language ?? language
        let visitor = try Visitor(
            user: user, session: session, language: language, messages: try library.messages(language), store: store, request: request, now: now())
        var response = try answer(visitor, may: action, body)
        response.logUser = user.login
        return response
    }

    private func answer(_ visitor: Visitor, may action: Access.Action, _ body: (Visitor) throws -> HTTPResponse) throws -> HTTPResponse {
        if visitor.request.method == "POST" {
            guard let sent = visitor.fields.first(where: { $0.name == "csrf" })?.value, Self.sameToken(sent, visitor.session.csrfToken) else {
                return try refusal(visitor, title: "web.forbidden.title", text: visitor.text("web.forbidden.token"), status: 403, note: "form token")
            }
        }
        guard visitor.access.may(action) else {
            return try refusal(visitor, title: "web.forbidden.title", text: visitor.text("web.forbidden.role"), status: 403, note: "role may not \(action.rawValue)")
        }
        do {
            return try body(visitor)
        } catch let error as any CadreError {
            // A refusal of the domain (a clash, an unknown reference, a state that forbids it):
            // its reason in the page's language, nothing stored — every write is one transaction.
            let status = error.category == .conflict ? 409 : 400
            let (text, lines) = RefusalWords(visitor: visitor).words(error)
            return try refusal(visitor, title: "web.refused.title", text: text, lines: lines, status: status, note: error.description)
        }
    }

    private func refusal(_ visitor: Visitor, title: String, text: String, lines: [String] = [], status: Int, note: String) throws -> HTTPResponse {
        var response = try message(visitor, title: title, text: text, lines: lines, status: status)
        response.logNote = "refused: " + note
        return response
    }

    /// A signed-in page: the template's values plus who is signed in, the form token, the
    /// navigation this user may follow and the language links.
    func page(_ name: String, _ visitor: Visitor, _ values: [String: TemplateValue], status: Int = 200) throws -> HTTPResponse {
        var context = values
        context["who"] = [
            "login": .string(visitor.user.login),
            "role": .string(visitor.text("role." + visitor.user.role.rawValue)),
            "centre": .text(visitor.centre?.names[visitor.language]),
        ]
        context["csrf"] = .string(visitor.session.csrfToken)
        context["here"] = .string(Self.currentPath(visitor.request))
        let access = visitor.access
        context["nav"] = [
            "trainees": .bool(access.may(.manageTrainees)), "events": .bool(access.may(.seeEvents)),
            "reports": .bool(access.may(.readReports)), "admin": .bool(access.may(.administer)),
        ]
        return try page(name, language: visitor.language, context, status: status)
    }

    /// A page that only says something: a refusal (with its list, if any), a thing not found.
    func message(_ visitor: Visitor, title: String, text: String, lines: [String] = [], status: Int) throws -> HTTPResponse {
        try page("web-message", visitor, [
            "title": .string(visitor.text(title)), "text": .string(text), "lines": .list(lines.map { .string($0) }), "hasLines": .bool(!lines.isEmpty),
        ], status: status)
    }

    func notFound(_ visitor: Visitor) throws -> HTTPResponse {
        try message(visitor, title: "web.notFound", text: visitor.text("web.notFoundText"), status: 404)
    }

    /// Compares two tokens in time that does not depend on where they differ.
    static func sameToken(_ sent: String, _ expected: String) -> Bool { ConstantTime.equal(sent.utf8, expected.utf8) }

    /// Whether a public form (sign-in, check-in, feedback) sent back the token its page set in
    /// the cookie `cookie`.
    static func formTokenMatches(_ request: HTTPRequest, cookie: String) -> Bool {
        guard let expected = request.cookie(cookie), expected.count == 64, let sent = request.formValue("csrf") else { return false }
        return sameToken(sent, expected)
    }
}
