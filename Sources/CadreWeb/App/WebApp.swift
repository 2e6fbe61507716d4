public import CadreKit
public import CadreModel
public import CadreRender
import Dispatch
public import Foundation

/// The web application: every request comes in through ``handle(_:client:)``, which decides
/// who the client is (``clientAddress(_:peer:)``), refuses a POST from another site, finds the
/// route (``routes``, the one table of every way in), and writes one line of the request log.
/// Handlers open the store per request (the CLI can write to the same database meanwhile) and
/// never see SQL.
public struct WebApp: Sendable {
    /// Opens the store for one request; the store is closed when the request is answered.
    public typealias StoreOpener = @Sendable () throws -> any Store

    let openStore: StoreOpener
    let library: TemplateLibrary
    let verifications: RateLimiter
    /// Self check-ins: per address (a phone tries a few times), per session (a room of thirty).
    let checkInsByAddress: RateLimiter
    let checkInsBySession: RateLimiter
    /// Follow-up links opened or sent, per address: a token cannot be guessed, nor tried for.
    let followUpsByAddress: RateLimiter
    /// How phones reach this server (`https://cadre.example.gov.az`), for the check-in QR code.
    let publicURL: String?
    /// The address the server listens on (`http://127.0.0.1:8080`), for the QR code when there
    /// is no ``publicURL``; nil when that is no address a phone could use (0.0.0.0).
    let listenURL: String?
    /// The reverse proxy whose `X-Forwarded-For` names the client; nil: no header is believed.
    let trustedProxy: String?
    /// The programme's indicator targets (`cadre report indicators` reads the same file), shown
    /// on the dashboard of users who see every centre; nil: none.
    let targetsFile: URL?
    let logins: LoginThrottle
    let now: @Sendable () -> Date
    /// Cookies marked `Secure`: when a TLS proxy stands in front (`cadre serve --behind-tls`).
    let secureCookies: Bool
    /// The PBKDF2 iterations of the users' passwords, which an unknown login's check costs too.
    let passwordIterations: Int
    /// Where the request log goes (one line a request; `cadre serve`: standard error).
    let log: RequestLog

    /// `verifyLimit` checks per client per minute.
    public init(
        openStore: @escaping StoreOpener, library: TemplateLibrary, verifyLimit: Int = 30, secureCookies: Bool = false,
        passwordIterations: Int = PasswordHash.recommendedIterations, publicURL: String? = nil, listenURL: String? = nil,
        trustedProxy: String? = nil, checkInLimit: Int = 20, targetsFile: URL? = nil, log: RequestLog = RequestLog(),
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.targetsFile = targetsFile
        self.publicURL = publicURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.listenURL = listenURL
        self.trustedProxy = trustedProxy
        checkInsByAddress = RateLimiter(scope: "check-in", limit: checkInLimit, window: 60, now: now)
        checkInsBySession = RateLimiter(scope: "check-in-session", limit: 300, window: 60, now: now)
        followUpsByAddress = RateLimiter(scope: "follow-up", limit: checkInLimit, window: 60, now: now)
        logins = LoginThrottle(now: now)
        self.passwordIterations = passwordIterations
        self.openStore = openStore
        self.library = library
        self.secureCookies = secureCookies
        self.log = log
        self.now = now
        verifications = RateLimiter(scope: "verify", limit: verifyLimit, window: 60, now: now)
    }

    /// Answers one request from `peer` (the socket's address) and logs it.
    public func handle(_ request: HTTPRequest, client peer: String) -> HTTPResponse {
        let started = DispatchTime.now()
        let client = clientAddress(request, peer: peer)
        let language = Self.language(request)
        var response = respond(request, language: language, client: client)
        if let chosen = request.queryValue("lang"), chosen == language.rawValue {
            // The language chosen by a link stays chosen on the pages that follow.
            response.headers.append(("Set-Cookie", cookie(Self.languageCookie, chosen, path: "/", maxAge: 365 * 24 * 3600)))
        }
        log.request(request, client: client, response: response, started: started, now: now())
        return response
    }

    func respond(_ request: HTTPRequest, language: Language, client: String) -> HTTPResponse {
        do {
            return try route(request, language: language, client: client)
        } catch {
            // The reason goes to no one but the operator's log.
            var failed = (try? protocolPage(500, language: language)) ?? .text("Internal Server Error\n", status: 500)
            failed.logNote = "error: \(error)"
            return failed
        }
    }

    /// A page of the server's own about a request it cannot answer (a status 4xx or 5xx), in
    /// the language of the request, in the public pages' frame.
    public func protocolPage(_ status: Int, language: Language) throws -> HTTPResponse {
        let messages = try library.messages(language)
        let title = messages["web.status.\(status).title"] ?? HTTPResponse.reason(status)
        return try page("web-status", language: language, ["title": .string(title), "text": .text(messages["web.status.\(status).text"])], status: status)
    }

    /// The server's own refusals (a body too large, a request too slow, too many connections),
    /// before any route: the same page, in the language the request's head asked for.
    public func refusal(_ status: Int, head: [(name: String, value: String)]) -> HTTPResponse {
        let language = Self.language(HTTPRequest(method: "GET", path: "/", headers: head))
        return (try? protocolPage(status, language: language)) ?? .text(HTTPResponse.reason(status) + "\n", status: status)
    }

    /// The certificate check's form; a code typed into it goes to its page.
    func verifyForm(_ call: Route.Call) throws -> HTTPResponse {
        if let code = call.request.queryValue("code")?.trimmingCharacters(in: .whitespaces), !code.isEmpty {
            return .redirect(to: "/verify/" + Self.pathEscaped(code) + "?lang=\(call.language.rawValue)")
        }
        return try page("verify", language: call.language, ["lookup": true])
    }

    /// 200 `ok` when the database can be read, 503 otherwise.
    func health() throws -> HTTPResponse {
        do {
            let store = try openStore()
            defer { store.close() }
            _ = try store.read { try $0.settings.value("lang") }
            return .text("ok\n")
        } catch {
            return .text("unavailable\n", status: 503)
        }
    }

    func verify(_ typed: String, language: Language, client: String) throws -> HTTPResponse {
        let store = try openStore()
        defer { store.close() }
        guard try verifications.allow(client, in: store) else { return try page("verify", language: language, ["tooMany": true], status: 429) }
        let record: CertificateRecord
        switch try CertificateRegistry(store).verify(code: typed) {
        case .found(let found): record = found
        case .serialOnly:
            return try page("verify", language: language, ["serialOnly": true, "typed": .string(typed), "lookup": true], status: 404)
        case .unknown:
            return try page("verify", language: language, ["unknown": true, "typed": .string(typed), "lookup": true], status: 404)
        }
        let messages = try library.messages(language)
        let certificate = record.certificate
        let status = record.status.rawValue
        return try page("verify", language: language, [
            "found": true,
            "valid": .bool(record.status == .valid),
            "status": .string(messages["register.status." + status] ?? status),
            "statusClass": .string(status),
            "serial": .string(certificate.serial),
            "holder": .string(record.holder),
            "course": .string(record.course.title[language]),
            "courseCode": .string(record.course.code),
            "hours": .string(Hours.text(record.course.totalMinutes)),
            "dates": .string(DateWording.range(record.startDate, record.endDate, language)),
            "centre": .text(record.centreNames?[language] ?? record.centre),
            "issued": .string(DateWording.long(certificate.issueDate, language)),
            "revokeReason": .text(record.status == .revoked ? certificate.revokeReason : nil),
            "revoked": .text(certificate.revokedAt.map { DateWording.long(CalendarDate.today(now: $0), language) }),
            "replacedBy": .text(record.supersededBy),
        ])
    }

    func page(_ name: String, language: Language, _ values: [String: TemplateValue], status: Int = 200) throws -> HTTPResponse {
        var context = values
        context["lang"] = .string(language.rawValue)
        context["t"] = Messages.tree(try library.messages(language))
        context["languages"] = .list(Language.allCases.map { ["code": .string($0.rawValue), "current": .bool($0 == language)] })
        return .html(try library.render(name, .object(context)), status: status)
    }

    /// `?lang=`, else the language chosen before (a cookie), else the first of the browser's
    /// languages Cadre has, else Azerbaijani.
    static func language(_ request: HTTPRequest) -> Language {
        if let code = request.queryValue("lang"), let language = Language(rawValue: code) { return language }
        if let code = request.cookie(languageCookie), let language = Language(rawValue: code) { return language }
        let accepted = (request.header("accept-language") ?? "").split(separator: ",").map {
            $0.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        }
        for tag in accepted {
            if let language = Language.allCases.first(where: { tag == $0.rawValue || tag.hasPrefix($0.rawValue + "-") }) { return language }
        }
        return .az
    }

    /// A code as a path segment: unreserved characters kept, everything else percent-encoded.
    static func pathEscaped(_ text: String) -> String {
        text.utf8.map { byte in
            let character = Character(UnicodeScalar(byte))
            return byte < 0x80 && (character.isLetter || character.isNumber || "-._~".contains(character))
                ? String(character) : String(format: "%%%02X", byte)
        }.joined()
    }
}
