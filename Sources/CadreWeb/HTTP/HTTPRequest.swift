/// One parsed HTTP/1.1 request: what the parser accepted, nothing it guessed.
public struct HTTPRequest: Sendable, Equatable {
    public let method: String
    /// The path, percent-decoded, always beginning with `/`.
    public let path: String
    /// The query's name=value pairs, decoded, in order.
    public let query: [(name: String, value: String)]
    public let version: String
    /// Header names in lower case, values trimmed, in the order received.
    public let headers: [(name: String, value: String)]
    public let body: [UInt8]

    public init(method: String, path: String, query: [(name: String, value: String)] = [], version: String = "HTTP/1.1",
                headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.method = method
        self.path = path
        self.query = query
        self.version = version
        self.headers = headers
        self.body = body
    }

    /// The first header of that name (any case).
    public func header(_ name: String) -> String? {
        let lower = name.lowercased()
        return headers.first { $0.name == lower }?.value
    }

    /// The first query value of that name.
    public func queryValue(_ name: String) -> String? { query.first { $0.name == name }?.value }

    public static func == (lhs: HTTPRequest, rhs: HTTPRequest) -> Bool {
        lhs.method == rhs.method && lhs.path == rhs.path && lhs.version == rhs.version && lhs.body == rhs.body
            && lhs.query.map { [$0.name, $0.value] } == rhs.query.map { [$0.name, $0.value] }
            && lhs.headers.map { [$0.name, $0.value] } == rhs.headers.map { [$0.name, $0.value] }
    }
}
