import CadreModel
import CadreRender
import CadreStore
import CadreTemplates
import CadreWeb
import Foundation
import Testing

/// Signing in and out as a browser would: the sign-in form's own CSRF cookie, the session
/// cookie's flags, a new token each time, the throttle, sign-out, and a disabled user's
/// session ending at once.
@Suite("Signing in")
struct SignInTests {
    final class Clock: Sendable {
        let time = Mutex(Date(timeIntervalSince1970: 1_639_958_400))
        func advance(_ seconds: Double) { time.withLock { $0 += seconds } }
    }

    func app(secure: Bool = false) throws -> (CLIHarness, WebApp, Clock) {
        let cli = try CLIHarness()
        cli.environment["CADRE_PASSWORD_ITERATIONS"] = "1000"
        try cli.saatliEvent(names: ["Aynur Əliyeva"])
        cli.input = ["Uzun-şifrə-2021"]
        #expect(cli.run("user", "add", "--name", "leyla", "--role", "coordinator", "--centre", "SAATLI", "--password-stdin").exitCode == 0)
        let path = cli.databasePath
        let clock = Clock()
        let app = WebApp(
            openStore: cli.storeOpener, library: TemplateLibrary(root: BuiltInTemplates.folder), secureCookies: secure,
            passwordIterations: 1000, now: { clock.time.withLock { $0 } })
        return (cli, app, clock)
    }

    func send(
        _ app: WebApp, _ method: String, _ target: String, form: [String: String] = [:], cookies: [String: String] = [:], client: String = "10.0.0.1",
        origin: String? = "http://t"
    ) -> HTTPResponse {
        let body = form.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
        var head = "\(method) \(target) HTTP/1.1\r\nHost: t\r\n"
        if method == "POST", let origin { head += "Origin: \(origin)\r\n" }
        if !cookies.isEmpty { head += "Cookie: " + cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") + "\r\n" }
        if !form.isEmpty { head += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\n" }
        guard case .request(let request, _) = HTTPRequestParser().parse(Array((head + "\r\n" + body).utf8)) else { return HTTPResponse(status: 0) }
        return app.handle(request, client: client)
    }

    func cookie(_ response: HTTPResponse, _ name: String) -> (value: String, attributes: String)? {
        for (header, value) in response.headers where header == "Set-Cookie" && value.hasPrefix(name + "=") {
            let first = value.split(separator: ";", maxSplits: 1)
            return (String(first[0].dropFirst(name.count + 1)), first.count > 1 ? String(first[1]) : "")
        }
        return nil
    }

    /// Opens the sign-in form and posts it; returns the response.
    func signIn(_ app: WebApp, login: String = "leyla", password: String = "Uzun-şifrə-2021", client: String = "10.0.0.1") -> HTTPResponse {
        let form = send(app, "GET", "/login")
        let token = cookie(form, "cadre_login")?.value ?? ""
        return send(app, "POST", "/login", form: ["csrf": token, "login": login, "password": password], cookies: ["cadre_login": token], client: client)
    }

    @Test("signing in sets an HttpOnly, SameSite=Strict session cookie, new each time; /home shows the centre's events; sign-out ends it")
    func signInAndOut() throws {
        let (cli, app, _) = try app()
        defer { withExtendedLifetime(cli) {} }
        #expect(send(app, "GET", "/home").header("Location") == "/login", "not signed in: to the sign-in page")
        let form = send(app, "GET", "/login")
        #expect(form.status == 200 && String(decoding: form.body, as: UTF8.self).contains("autocomplete=\"current-password\""))
        #expect(cookie(form, "cadre_login")?.attributes == " Path=/login; HttpOnly; SameSite=Strict")
        let signed = signIn(app)
        #expect(signed.status == 303 && signed.header("Location") == "/home")
        let session = try #require(cookie(signed, "cadre_session"))
        #expect(session.value.count == 64 && session.attributes == " Path=/; HttpOnly; SameSite=Strict")
        let again = try #require(cookie(signIn(app), "cadre_session"))
        #expect(again.value != session.value, "a new token at every sign-in")

        let home = send(app, "GET", "/home", cookies: ["cadre_session": session.value])
        let page = String(decoding: home.body, as: UTF8.self)
        #expect(home.status == 200 && page.contains("leyla · koordinator · Saatlı Ailə və Uşaq Dəstək Xidməti Mərkəzi"))
        let csrf = try #require(page.range(of: "name=\"csrf\" value=\"").map { String(page[$0.upperBound...].prefix(64)) })
        // Another first digit: "0" + the rest was the right token whenever the token began with 0 (one run in sixteen).
        let wrongToken = (csrf.first == "0" ? "1" : "0") + csrf.dropFirst()
        #expect(send(app, "POST", "/logout", form: ["csrf": wrongToken], cookies: ["cadre_session": session.value]).status == 403,
                "a wrong form token changes nothing")
        #expect(send(app, "GET", "/home", cookies: ["cadre_session": session.value]).status == 200)
        let out = send(app, "POST", "/logout", form: ["csrf": csrf], cookies: ["cadre_session": session.value])
        #expect(out.status == 303 && cookie(out, "cadre_session")?.attributes.contains("Max-Age=0") == true)
        #expect(send(app, "GET", "/home", cookies: ["cadre_session": session.value]).header("Location") == "/login", "the token is dead")
        #expect(send(app, "GET", "/home", cookies: ["cadre_session": again.value]).status == 200, "the other session lives on")
        // The database keeps the token's hash, never the token.
        let database = try cli.openStore()
        defer { database.close() }
        #expect(try database.webSessions.session(tokenHash: SHA256.hash(Array(again.value.utf8))) != nil)
        let tokenBytes = stride(from: 0, to: again.value.count - 1, by: 2).compactMap { offset in
            UInt8(String(Array(again.value)[offset...offset + 1]), radix: 16)
        }
        #expect(try cli.scalar("SELECT count(*) FROM web_session WHERE token_hash = ?", [SQLValue.blob(tokenBytes)]).intValue == 0)
    }

    @Test("two servers on one database count sign-in failures and certificate checks together, and a restart forgets nothing")
    func countersShared() throws {
        let (cli, first, clock) = try app()
        let path = cli.databasePath
        // A second server on the same database, with its own connections.
        let second = WebApp(
            openStore: cli.storeOpener, library: TemplateLibrary(root: BuiltInTemplates.folder), verifyLimit: 3,
            passwordIterations: 1000, now: { clock.time.withLock { $0 } })
        for index in 0..<5 { _ = signIn(index % 2 == 0 ? first : second, password: "wrong-password-1") }
        #expect(signIn(second).status == 429 && signIn(first).status == 429, "five failures across the two: both make the guesser wait")
        let restarted = WebApp(
            openStore: cli.storeOpener, library: TemplateLibrary(root: BuiltInTemplates.folder), verifyLimit: 3,
            passwordIterations: 1000, now: { clock.time.withLock { $0 } })
        #expect(signIn(restarted).status == 429, "a restarted server remembers")
        for app in [second, restarted, second] { #expect(send(app, "GET", "/verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ").status == 404) }
        #expect(send(restarted, "GET", "/verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ").status == 429, "three checks a minute, counted across servers")
        clock.advance(15 * 60)
        #expect(signIn(second).status == 303 && send(second, "GET", "/verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ").status == 404, "the windows pass")
    }

    @Test("refused: the sign-in form without its cookie, a wrong password (the same as an unknown login), too many failures, idle and disabled sessions")
    func refusals() throws {
        let (cli, app, clock) = try app(secure: true)
        defer { withExtendedLifetime(cli) {} }
        #expect(send(app, "POST", "/login", form: ["csrf": String(repeating: "a", count: 64), "login": "leyla", "password": "Uzun-şifrə-2021"]).status == 403,
                "another site cannot post the form: it cannot set the cookie")
        let form = send(app, "GET", "/login")
        let issued = try #require(cookie(form, "cadre_login")?.value)
        #expect(send(app, "POST", "/login", form: ["csrf": String(repeating: "b", count: 64), "login": "leyla", "password": "Uzun-şifrə-2021"],
                     cookies: ["cadre_login": issued]).status == 403, "the form's token must be the cookie's")
        let wrong = signIn(app, password: "wrong-password-1")
        let unknown = signIn(app, login: "nobody")
        #expect(wrong.status == 401 && unknown.status == 401 && cookie(wrong, "cadre_session") == nil)
        #expect(String(decoding: wrong.body, as: UTF8.self).contains("İstifadəçi adı və ya parol yanlışdır"))
        for _ in 0..<4 { _ = signIn(app, password: "wrong-password-1") }
        #expect(signIn(app).status == 429, "five failures from this address: even the right password waits (a second, then longer)")
        #expect(signIn(app, client: "10.0.0.9").status == 303, "the user at another address is not locked out by someone else's guesses")
        clock.advance(15 * 60)
        let signed = signIn(app)
        let token = try #require(cookie(signed, "cadre_session"))
        #expect(token.attributes.contains("; Secure"), "behind TLS the cookie is Secure")
        #expect(send(app, "GET", "/home", cookies: ["cadre_session": token.value]).status == 200)
        clock.advance(SignInLimits.idle + 1)
        #expect(send(app, "GET", "/home", cookies: ["cadre_session": token.value]).status == 303, "an idle session is over")
        let fresh = try #require(cookie(signIn(app), "cadre_session"))
        #expect(send(app, "GET", "/home", cookies: ["cadre_session": fresh.value]).status == 200)
        _ = try #require(cookie(signIn(app), "cadre_session"), "a second browser, not used again")
        #expect(cli.run("user", "disable", "leyla").exitCode == 0)
        #expect(send(app, "GET", "/home", cookies: ["cadre_session": fresh.value]).status == 303, "disabling ends the session at once")
        #expect(try cli.scalar("SELECT count(*) FROM web_session").intValue == 0, "and removes every session of the user")
        #expect(signIn(app).status == 401, "and no new one starts")
        #expect(send(app, "GET", "/home", cookies: ["cadre_session": "../../etc/passwd"]).status == 303)
    }
}

import Synchronization
import CadreKit

/// The idle limit the tests step over.
enum SignInLimits {
    static let idle = SignIn.idleLimit
}
