import CadreKit
import CadreModel
import CadreRender
import Foundation

/// Signing in and out, and the signed-in home page.
///
/// The session cookie is `HttpOnly; SameSite=Strict` (and `Secure` behind TLS), a new random
/// token at every sign-in. Every POST carries a CSRF token: the session's, or — for the sign-in
/// form itself, before there is a session — a random one set in a cookie of its own and
/// repeated in the form (double submit), so no other site can sign a browser in.
extension WebApp {
    static let sessionCookie = "cadre_session"
    static let loginCookie = "cadre_login"
    static let languageCookie = "cadre_lang"

    func loginPage(language: Language, failed: Bool = false, wait: Int? = nil, login: String? = nil, status: Int = 200) throws -> HTTPResponse {
        let token = SignIn.randomHex()
        let waitText = try wait.map { seconds in
            (try library.messages(language)["login.wait"] ?? "{seconds}").replacingOccurrences(of: "{seconds}", with: String(seconds))
        }
        var response = try page("login", language: language, [
            "csrf": .string(token), "failed": .bool(failed), "tooMany": .text(waitText), "login": .text(login),
        ], status: status)
        response.headers.append(("Set-Cookie", cookie(Self.loginCookie, token, path: "/login")))
        return response
    }

    func signIn(_ request: HTTPRequest, language: Language, client: String) throws -> HTTPResponse {
        guard Self.formTokenMatches(request, cookie: Self.loginCookie) else {
            var refused = try protocolPage(403, language: language)
            refused.logNote = "sign-in form token"
            return refused
        }
        let typed = request.formValue("login") ?? ""
        let login = User.login(typed) ?? ""
        let store = try openStore()
        defer { store.close() }
        let signIn = SignIn(store, iterations: passwordIterations)
        let known = try signIn.isKnown(login: login)
        if case .wait(let seconds) = try logins.check(login: login, address: client, known: known, in: store) {
            var refused = try loginPage(language: language, wait: seconds, login: String(typed.prefix(64)), status: 429)
            refused.logNote = "sign-in throttled for \(seconds) s"
            return refused
        }
        guard let started = try signIn.start(login: login, password: request.formValue("password") ?? "", now: now()) else {
            try logins.failed(login: login, address: client, known: known, in: store)
            var refused = try loginPage(language: language, failed: true, login: String(typed.prefix(64)), status: 401)
            refused.logNote = "sign-in failed"
            return refused
        }
        try logins.succeeded(login: login, address: client, in: store)
        var response = HTTPResponse.redirect(to: "/home")
        response.logUser = started.user.login
        response.headers.append(("Set-Cookie", cookie(Self.sessionCookie, started.token, path: "/")))
        response.headers.append(("Set-Cookie", cookie(Self.loginCookie, "", path: "/login", expired: true)))
        return response
    }

    func signOut(_ request: HTTPRequest) throws -> HTTPResponse {
        let store = try openStore()
        defer { store.close() }
        guard let token = request.cookie(Self.sessionCookie), let (_, session) = try SignIn(store).current(token: token, now: now()) else {
            return .redirect(to: "/login")
        }
        guard let sent = request.formValue("csrf"), Self.sameToken(sent, session.csrfToken) else {
            var refused = try protocolPage(403, language: Self.language(request))
            refused.logNote = "sign-out form token"
            return refused
        }
        try SignIn(store).end(token: token)
        var response = HTTPResponse.redirect(to: "/login")
        response.headers.append(("Set-Cookie", cookie(Self.sessionCookie, "", path: "/", expired: true)))
        return response
    }

    func cookie(_ name: String, _ value: String, path: String, expired: Bool = false, maxAge: Int? = nil) -> String {
        "\(name)=\(value); Path=\(path); HttpOnly; SameSite=Strict" + (secureCookies ? "; Secure" : "")
            + (expired ? "; Max-Age=0" : maxAge.map { "; Max-Age=\($0)" } ?? "")
    }
}
