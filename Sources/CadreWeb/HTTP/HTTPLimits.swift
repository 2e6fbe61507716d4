/// How much a request may be and how long it may take: every length and every wait has one,
/// so no client can hold the server with a huge or a slow request.
public struct HTTPLimits: Sendable {
    /// The request line (`GET /path?query HTTP/1.1`).
    public var requestLine = 8 * 1024
    /// All header lines together.
    public var headers = 16 * 1024
    public var headerCount = 100
    /// The largest body of all: a sign-up sheet, taken only from a user who may upload one
    /// (the application decides per request, before the body is read).
    public var body = 8 * 1024 * 1024
    /// Any other body (a form): larger ones are refused before they are read.
    public var formBody = 64 * 1024
    /// Seconds to receive the request's head, from the connection's start.
    public var headSeconds = 10.0
    /// Seconds to receive a whole request with its body, from the connection's start.
    public var receiveSeconds = 60.0
    /// Seconds a connection still sending its head may take while the server is nearly full.
    public var headSecondsWhenBusy = 2.0
    /// Connections served at once. When all are taken, the oldest still sending its head is
    /// dropped for a new one (a few slow clients cannot keep everyone else out); when none is,
    /// the new one is answered 503.
    public var connections = 128
    /// Connections from one address at once; more are answered 503 at once. Generous: a
    /// centre's office behind one NAT address is many people.
    public var connectionsPerAddress = 32
    /// Free connections below which heads get ``headSecondsWhenBusy``.
    public var reserve = 32

    public init() {}
}
