import Foundation
import Synchronization

/// A small HTTP/1.1 server on POSIX sockets: one thread per connection, one request per
/// connection, and a limit on everything (``HTTPLimits``). No client can hold it: at most
/// ``HTTPLimits/connectionsPerAddress`` connections from one address; a head must arrive within
/// ``HTTPLimits/headSeconds`` (two seconds when the server is nearly full), a whole request
/// within ``HTTPLimits/receiveSeconds``; when every connection is taken, the oldest one still
/// sending its head is dropped for the newcomer; a body larger than the application allows for
/// that request (``Hooks/bodyLimit``) is refused before it is read. The handler only ever sees
/// requests the parser accepted. ``stop()`` closes the listening socket and waits for the
/// requests in flight, which is what SIGTERM does in `cadre serve`.
public final class HTTPServer: Sendable {
    /// Answers one request; `client` is the peer's address, for rate limits and the log.
    public typealias Handler = @Sendable (_ request: HTTPRequest, _ client: String) -> HTTPResponse

    /// What the application adds to the server's own decisions.
    public struct Hooks: Sendable {
        /// The largest body this request may send, decided from its head.
        public var bodyLimit: @Sendable (HTTPRequest) -> Int
        /// The page for a refusal the server makes itself (status, the head's header lines).
        public var refusal: @Sendable (Int, [(name: String, value: String)]) -> HTTPResponse
        /// Told of each refusal the server makes itself: client, status, reason.
        public var refused: @Sendable (String, Int, String) -> Void

        public init(
            bodyLimit: @escaping @Sendable (HTTPRequest) -> Int = { _ in 0 },
            refusal: @escaping @Sendable (Int, [(name: String, value: String)]) -> HTTPResponse = { status, _ in
                .text("\(HTTPResponse.reason(status))\n", status: status)
            },
            refused: @escaping @Sendable (String, Int, String) -> Void = { _, _, _ in }
        ) {
            self.bodyLimit = bodyLimit
            self.refusal = refusal
            self.refused = refused
        }
    }

    public let port: UInt16
    private let listener: Int32
    private let limits: HTTPLimits
    private let state = Mutex<State>(State())

    /// The connections being served: when each started, whether its head has arrived, whose.
    private struct State {
        var stopping = false
        var connections: [Int32: (started: Date, headDone: Bool, client: String)] = [:]

        func count(from client: String) -> Int { connections.values.count { $0.client == client } }
    }

    /// Binds `host:port` (port 0: any free port, read back from ``port``) and listens.
    public init(host: String, port: UInt16, limits: HTTPLimits = HTTPLimits()) throws {
        self.limits = limits
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ServerError.cannotListen(host: host, port: port, reason: String(cString: strerror(errno))) }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            close(descriptor)
            throw ServerError.cannotListen(host: host, port: port, reason: "not an IPv4 address")
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, 512) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw ServerError.cannotListen(host: host, port: port, reason: reason)
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) } }
        self.port = UInt16(bigEndian: actual.sin_port)
        listener = descriptor
    }

    /// Accepts connections until ``stop()``; each is served on a thread of its own and answered
    /// by `handler`.
    public func run(hooks: Hooks = Hooks(), handler: @escaping Handler) {
        while true {
            var peer = sockaddr_in()
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let connection = withUnsafeMutablePointer(to: &peer) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { accept(listener, $0, &length) }
            }
            if connection < 0 {
                if errno == EINTR || errno == ECONNABORTED { continue }
                return  // the listener was closed by stop()
            }
            let client = Self.address(peer)
            guard admit(connection, client: client) else {
                // Refused before anything is read: the page is the server's own, in Azerbaijani first.
                hooks.refused(client, 503, "too many connections")
                Self.send(hooks.refusal(503, []).serialized(), to: connection)
                close(connection)
                continue
            }
            let thread = Thread { [self] in
                serve(connection, client: client, hooks: hooks, handler: handler)
                state.withLock { _ = $0.connections.removeValue(forKey: connection) }
                close(connection)
            }
            thread.start()
        }
    }

    /// Takes a connection in, if its address is under its limit and there is room — made, when
    /// needed, by dropping the oldest connection still sending its head.
    private func admit(_ connection: Int32, client: String) -> Bool {
        state.withLock { state in
            guard !state.stopping, state.count(from: client) < limits.connectionsPerAddress else { return false }
            if state.connections.count >= limits.connections {
                guard let (oldest, _) = state.connections.filter({ !$0.value.headDone }).min(by: { $0.value.started < $1.value.started }) else {
                    return false
                }
                // Its thread sees the connection end and leaves; the slot is the newcomer's.
                shutdown(oldest, Int32(SHUT_RDWR))
                state.connections[oldest]?.headDone = true  // dropped once, not again
            }
            state.connections[connection] = (Date(), false, client)
            return true
        }
    }

    /// Stops accepting, then waits (at most `seconds`) for the requests in flight.
    public func stop(waiting seconds: Double = 10) {
        state.withLock { $0.stopping = true }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        let deadline = Date().addingTimeInterval(seconds)
        while state.withLock({ $0.connections.count }) > 0 && Date() < deadline { usleep(10_000) }
    }

    /// Reads one request within the time limits, answers it, and returns.
    private func serve(_ connection: Int32, client: String, hooks: Hooks, handler: Handler) {
        let parser = HTTPRequestParser(limits: limits)
        let started = Date()
        var headDone = false
        var bodyLimit: Int?
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let outcome = parser.parse(buffer) { head in
                if let bodyLimit { return bodyLimit }
                let decided = hooks.bodyLimit(head)
                bodyLimit = decided
                return decided
            }
            switch outcome {
            case .request(let request, _):
                if !headDone { state.withLock { $0.connections[connection]?.headDone = true } }  // never dropped while answered
                let response = handler(request, client)
                Self.send(response.serialized(headOnly: request.method == "HEAD"), to: connection)
                return
            case .refused(let status, let reason):
                refuse(status, reason, buffer, client: client, connection: connection, hooks: hooks)
                return
            case .incomplete:
                if !headDone, Self.containsHeadEnd(buffer) {
                    headDone = true
                    state.withLock { $0.connections[connection]?.headDone = true }
                }
                let busy = state.withLock { $0.connections.count > limits.connections - limits.reserve }
                let allowed = headDone ? limits.receiveSeconds : (busy ? limits.headSecondsWhenBusy : limits.headSeconds)
                let remaining = allowed - Date().timeIntervalSince(started)
                guard remaining > 0 else {
                    refuse(408, headDone ? "body not received in time" : "head not received in time", buffer, client: client, connection: connection, hooks: hooks)
                    return
                }
                // Wake at least once a second: the server may have become busy meanwhile.
                let wait = min(remaining, 1)
                var timeout = timeval(tv_sec: Int(wait), tv_usec: Int((wait - wait.rounded(.down)) * 1_000_000))
                setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                let count = chunk.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
                if count > 0 {
                    buffer += chunk[0..<count]
                } else if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
                    continue  // the deadline decides
                } else {
                    return  // the client went away, or was dropped for a newcomer
                }
            }
        }
    }

    private func refuse(_ status: Int, _ reason: String, _ buffer: [UInt8], client: String, connection: Int32, hooks: Hooks) {
        hooks.refused(client, status, reason)
        Self.send(hooks.refusal(status, HTTPRequestParser.headerLines(of: buffer)).serialized(), to: connection)
    }

    private static func containsHeadEnd(_ buffer: [UInt8]) -> Bool {
        guard buffer.count >= 4 else { return false }
        for index in 0...(buffer.count - 4) where buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
            return true
        }
        return false
    }

    private static func send(_ bytes: [UInt8], to connection: Int32) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Foundation.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { return }
            offset += sent
        }
    }

    private static func address(_ peer: sockaddr_in) -> String {
        var address = peer.sin_addr
        var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
        guard inet_ntop(AF_INET, &address, &text, socklen_t(INET_ADDRSTRLEN)) != nil else { return "?" }
        return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

public enum ServerError: Error, CustomStringConvertible, Sendable {
    case cannotListen(host: String, port: UInt16, reason: String)

    public var description: String {
        switch self {
        case .cannotListen(let host, let port, let reason): "cannot listen on \(host):\(port): \(reason)"
        }
    }
}
