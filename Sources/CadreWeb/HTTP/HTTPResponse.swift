/// A response as the server writes it. Every response carries the same protective headers as
/// the printed pages' policy: no scripts, no framing, no sniffing, no referrer; a page may use
/// inline styles and `data:` images, nothing else.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]
    /// Who asked (a signed-in user's login), for the request log; never sent.
    public var logUser: String?
    /// Why a request was refused or failed, for the request log; never sent.
    public var logNote: String?

    public init(status: Int, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    public static func html(_ text: String, status: Int = 200) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", "text/html; charset=utf-8")], body: Array(text.utf8))
    }

    public static func text(_ text: String, status: Int = 200) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", "text/plain; charset=utf-8")], body: Array(text.utf8))
    }

    public static func redirect(to location: String, status: Int = 303) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Location", location)])
    }

    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    static let protective: [(name: String, value: String)] = [
        ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        // Same-origin: a form sent from these pages carries its Origin (under no-referrer a
        // browser sends "Origin: null", which the origin check must refuse); other sites get nothing.
        ("Referrer-Policy", "same-origin"),
    ]

    /// The bytes on the wire: status line, headers (the protective ones, the length, and
    /// `Connection: close` — one request per connection keeps the server simple), the body.
    /// A HEAD request gets the headers alone.
    public func serialized(headOnly: Bool = false) -> [UInt8] {
        var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
        var all = headers
        for header in Self.protective where !all.contains(where: { $0.name.lowercased() == header.name.lowercased() }) { all.append(header) }
        if !all.contains(where: { $0.name.lowercased() == "cache-control" }) { all.append(("Cache-Control", "no-store")) }
        all.append(("Content-Length", String(body.count)))
        all.append(("Connection", "close"))
        for (name, value) in all {
            // Header values come from the application; a line break in one would split the response.
            // (Filtered by scalar: "\r\n" is one Character, which a Character filter would keep.)
            var safe = ""
            safe.unicodeScalars.append(contentsOf: value.unicodeScalars.filter { $0 != "\r" && $0 != "\n" })
            head += "\(name): \(safe)\r\n"
        }
        head += "\r\n"
        return Array(head.utf8) + (headOnly ? [] : body)
    }

    public static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 303: "See Other"
        case 304: "Not Modified"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 413: "Content Too Large"
        case 414: "URI Too Long"
        case 429: "Too Many Requests"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 503: "Service Unavailable"
        case 505: "HTTP Version Not Supported"
        default: "Status"
        }
    }
}
