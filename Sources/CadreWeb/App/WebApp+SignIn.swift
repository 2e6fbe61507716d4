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

    func loginPage(language: Language, failed: Bool = false, tooMany: Bool = false, status: Int = 200) throws -> HTTPResponse {
        let token = SignIn.randomHex()
        var response = try page("login", language: language, ["csrf": .string(token), "failed": .bool(failed), "tooMany": .bool(tooMany)], status: status)
        response.headers.append(("Set-Cookie", cookie(Self.loginCookie, token, path: "/login")))
        return response
    }

    func signIn(_ request: HTTPRequest, language: Language, client: String) throws -> HTTPResponse {
        guard let expected = request.cookie(Self.loginCookie), expected.count == 64, request.formValue("csrf") == expected else {
            return .text("Forbidden: the form has expired; open /login again\n", status: 403)
        }
        let login = User.login(request.formValue("login") ?? "") ?? ""
        let time = now()
        guard logins.allows(login: login, address: client, now: time) else {
            return try loginPage(language: language, tooMany: true, status: 429)
        }
        let store = try openStore()
        defer { store.close() }
        guard let started = try SignIn(store, iterations: passwordIterations).start(login: login, password: request.formValue("password") ?? "", now: time) else {
            logins.failed(login: login, address: client)
            return try loginPage(language: language, failed: true, status: 401)
        }
        logins.succeeded(login: login)
        var response = HTTPResponse.redirect(to: "/home")
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
        guard request.formValue("csrf") == session.csrfToken else { return .text("Forbidden: missing or wrong form token\n", status: 403) }
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
