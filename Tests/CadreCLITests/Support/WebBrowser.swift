import CadreRender
import CadreStore
import CadreTemplates
import CadreWeb
import Foundation
import Testing

/// A browser for in-process handler tests: it keeps its cookies, signs in through the form
/// (its CSRF cookie and field), and sends GETs, url-encoded POSTs and file uploads carrying the
/// page's form token — or a wrong one, when a test asks.
final class WebBrowser {
    let app: WebApp
    var cookies: [String: String] = [:]
    /// The form token of the last page that had one.
    var csrf = ""
    let client: String

    struct Page {
        let status: Int
        let text: String
        let response: HTTPResponse
        var location: String? { response.header("Location") }
    }

    init(_ app: WebApp, client: String = "10.0.0.1") {
        self.app = app
        self.client = client
    }

    /// The app over `cli`'s database, with cheap password hashes; its stores come from a pool,
    /// with writes taking turns, as `cadre serve` gives them.
    static func app(_ cli: CLIHarness) -> WebApp {
        let path = cli.databasePath
        let pool = CLIHarness.onPostgres
            ? StorePool { try cli.openStore() }
            : StorePool(fingerprint: { StorePool.fileIdentity(path) }) { try Database.open(at: path) }
        let turn = SerializedWrites.Turn()
        return WebApp(openStore: { try SerializedWrites(from: pool, turn: turn) }, library: TemplateLibrary(root: BuiltInTemplates.folder), passwordIterations: 1000)
    }

    @discardableResult
    func signIn(_ login: String, _ password: String) -> Page {
        get("/login")
        let page = post("/login", ["login": login, "password": password])
        if page.status == 303 { get(page.location ?? "/home") }
        return page
    }

    @discardableResult
    func get(_ target: String) -> Page { send("GET", target, body: [], contentType: nil) }

    /// A form POST with the current form token (unless `csrf` says otherwise).
    @discardableResult
    func post(_ target: String, _ fields: [String: String], csrf token: String? = nil, repeated: [(String, String)] = []) -> Page {
        let pairs = fields.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } + repeated + [("csrf", token ?? csrf)]
        let body = pairs.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return send("POST", target, body: Array(body.utf8), contentType: "application/x-www-form-urlencoded")
    }

    /// A multipart POST with one file, as a browser sends a form with `enctype=multipart/form-data`.
    @discardableResult
    func upload(_ target: String, file name: String, _ content: String, fields: [String: String] = [:], csrf token: String? = nil) -> Page {
        upload(target, file: name, bytes: Array(content.utf8), fields: fields, csrf: token)
    }

    /// The same with the file's bytes (a workbook).
    @discardableResult
    func upload(_ target: String, file name: String, bytes: [UInt8], fields: [String: String] = [:], csrf token: String? = nil) -> Page {
        let boundary = "----cadre-test-boundary-7MA4YWxk"
        var body = ""
        for (field, value) in fields.sorted(by: { $0.key < $1.key }) + [("csrf", token ?? csrf)] {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"\r\n\r\n\(value)\r\n"
        }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        let payload = Array(body.utf8) + bytes + Array("\r\n--\(boundary)--\r\n".utf8)
        return send("POST", target, body: payload, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    /// The Origin a browser sends with a form of this site's; nil: none (a test of the origin check).
    var origin: String? = "http://t"
    /// Headers added to every request (a forged X-Forwarded-For, another Host).
    var extraHeaders: [(String, String)] = []

    func send(_ method: String, _ target: String, body: [UInt8], contentType: String?) -> Page {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: t\r\n"
        if method == "POST", let origin { head += "Origin: \(origin)\r\n" }
        for (name, value) in extraHeaders { head += "\(name): \(value)\r\n" }
        if !cookies.isEmpty { head += "Cookie: " + cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") + "\r\n" }
        if let contentType { head += "Content-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n" }
        guard case .request(let request, _) = HTTPRequestParser().parse(Array((head + "\r\n").utf8) + body) else {
            Issue.record("the test's own request did not parse: \(method) \(target)")
            return Page(status: 0, text: "", response: HTTPResponse(status: 0))
        }
        let response = app.handle(request, client: client)
        for (name, value) in response.headers where name == "Set-Cookie" {
            let pair = value.split(separator: ";", maxSplits: 1)[0].split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            if value.contains("Max-Age=0") { cookies[String(pair[0])] = nil } else { cookies[String(pair[0])] = String(pair[1]) }
        }
        let text = String(decoding: response.body, as: UTF8.self)
        if let range = text.range(of: "name=\"csrf\" value=\"") { csrf = String(text[range.upperBound...].prefix(64)) }
        return Page(status: response.status, text: text, response: response)
    }

    /// A token of the right shape that is not this session's.
    var wrongToken: String { (csrf.first == "0" ? "1" : "0") + csrf.dropFirst() }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")) ?? ""
    }
}
