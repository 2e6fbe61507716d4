/// How much a request may be and how long it may take: every length and every wait has one,
/// so no client can hold the server with a huge or a slow request.
public struct HTTPLimits: Sendable {
    /// The request line (`GET /path?query HTTP/1.1`).
    public var requestLine = 8 * 1024
    /// All header lines together.
    public var headers = 16 * 1024
    public var headerCount = 100
    /// A body (a form or an upload).
    public var body = 8 * 1024 * 1024
    /// Seconds to receive a whole request, from its first byte.
    public var receiveSeconds = 15.0
    /// Connections served at once; more are answered 503 and closed.
    public var connections = 64

    public init() {}
}
