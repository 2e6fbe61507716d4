public import CadreKit
public import CadreModel
public import CadreRender
public import Foundation

/// The web application's routes: what each path answers, with the domain doing the work and
/// the templates the words. Handlers open the store per request (the CLI can write to the same
/// database meanwhile) and never see SQL.
///
/// So far: the public certificate check (`/verify/CODE`, no login, rate-limited, showing only
/// what the certificate itself shows), its form (`/`), `/healthz` for monitoring, and signing
/// in and out (`/login`, `/logout`) to `/home`, the signed-in user's events.
public struct WebApp: Sendable {
    /// Opens the store for one request; the store is closed when the request is answered.
    public typealias StoreOpener = @Sendable () throws -> any Store

    let openStore: StoreOpener
    let library: TemplateLibrary
    let verifications: RateLimiter
    /// Self check-ins: per address (a phone tries a few times), per session (a room of thirty).
    let checkInsByAddress: RateLimiter
    let checkInsBySession: RateLimiter
    /// How phones reach this server (`https://cadre.example.gov.az`), for the check-in QR code;
    /// nil: the address the trainer's browser used.
    let publicURL: String?
    /// The programme's indicator targets (`cadre report indicators` reads the same file), shown
    /// on the dashboard of users who see every centre; nil: none.
    let targetsFile: URL?
    let logins = LoginThrottle()
    let now: @Sendable () -> Date
    /// Cookies marked `Secure`: when a TLS proxy stands in front (`cadre serve --behind-tls`).
    let secureCookies: Bool
    /// The PBKDF2 iterations of the users' passwords, which an unknown login's check costs too.
    let passwordIterations: Int

    /// `verifyLimit` checks per client per minute.
    public init(
        openStore: @escaping StoreOpener, library: TemplateLibrary, verifyLimit: Int = 30, secureCookies: Bool = false,
        passwordIterations: Int = PasswordHash.recommendedIterations, publicURL: String? = nil, checkInLimit: Int = 20,
        targetsFile: URL? = nil, now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.targetsFile = targetsFile
        self.publicURL = publicURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        checkInsByAddress = RateLimiter(limit: checkInLimit, window: 60, now: now)
        checkInsBySession = RateLimiter(limit: 300, window: 60, now: now)
        self.passwordIterations = passwordIterations
        self.openStore = openStore
        self.library = library
        self.secureCookies = secureCookies
        self.now = now
        verifications = RateLimiter(limit: verifyLimit, window: 60, now: now)
    }

    public func handle(_ request: HTTPRequest, client: String) -> HTTPResponse {
        let language = Self.language(request)
        var response = respond(request, language: language, client: client)
        if let chosen = request.queryValue("lang"), chosen == language.rawValue {
            // The language chosen by a link stays chosen on the pages that follow.
            response.headers.append(("Set-Cookie", cookie(Self.languageCookie, chosen, path: "/", maxAge: 365 * 24 * 3600)))
        }
        return response
    }

    func respond(_ request: HTTPRequest, language: Language, client: String) -> HTTPResponse {
        do {
            let segments = request.path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
            switch (request.method, Array(segments)) {
            case ("GET", ["healthz"]), ("HEAD", ["healthz"]):
                return try health()
            case ("GET", [""]), ("HEAD", [""]):
                if let code = request.queryValue("code")?.trimmingCharacters(in: .whitespaces), !code.isEmpty {
                    return .redirect(to: "/verify/" + Self.pathEscaped(code) + "?lang=\(language.rawValue)")
                }
                return try page("verify", language: language, ["lookup": true])
            case ("GET", let path) where path.count == 2 && path[0] == "verify", ("HEAD", let path) where path.count == 2 && path[0] == "verify":
                return try verify(String(path[1]), language: language, client: client)
            case ("GET", ["login"]):
                return try loginPage(language: language)
            case ("POST", ["login"]):
                return try signIn(request, language: language, client: client)
            case ("POST", ["logout"]):
                return try signOut(request)
            case ("GET", let path) where path.first == "c" && path.count <= 2:
                return try checkInForm(request, token: path.count == 2 ? String(path[1]) : nil, language: language)
            case ("POST", let path) where path.first == "c" && path.count <= 2:
                return try checkIn(request, token: path.count == 2 ? String(path[1]) : nil, language: language, client: client)
            case (_, let path) where path == ["healthz"] || path == [""] || (path.count == 2 && path[0] == "verify"):
                return HTTPResponse(status: 405, headers: [("Allow", "GET, HEAD")], body: Array("Method Not Allowed\n".utf8))
            case (_, ["login"]), (_, ["logout"]):
                return HTTPResponse(status: 405, headers: [("Allow", request.path == "/login" ? "GET, POST" : "POST")], body: Array("Method Not Allowed\n".utf8))
            case (_, let path):
                if let response = try signedInRoute(request, path.map(String.init), language: language) { return response }
                return try page("verify", language: language, ["notFound": true], status: 404)
            }
        } catch {
            // The reason goes to no one: a page for people, the details for the operator's log.
            return .text("Internal Server Error\n", status: 500)
        }
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
        guard verifications.allow(client) else { return try page("verify", language: language, ["tooMany": true], status: 429) }
        let store = try openStore()
        defer { store.close() }
        guard let record = try store.read({ try CertificateRegistry($0).find(typed) }) else {
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
            "centre": .text(record.centre),
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
