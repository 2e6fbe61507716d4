import Foundation
import Synchronization

/// A small HTTP/1.1 server on POSIX sockets: one thread per connection, one request per
/// connection, and a limit on everything (``HTTPLimits``): a connection over the limit is
/// answered 503, a request not received in time 408, a malformed one 400 — the handler only
/// ever sees requests the parser accepted. ``stop()`` closes the listening socket and waits
/// for the requests in flight, which is what SIGTERM does in `cadre serve`.
public final class HTTPServer: Sendable {
    /// Answers one request; `client` is the peer's address, for rate limits and the log.
    public typealias Handler = @Sendable (_ request: HTTPRequest, _ client: String) -> HTTPResponse

    public let port: UInt16
    private let listener: Int32
    private let limits: HTTPLimits
    private let handler: Handler
    private let state = Mutex<(active: Int, stopping: Bool)>((0, false))

    /// Binds `host:port` (port 0: any free port, read back from ``port``) and listens.
    public init(host: String, port: UInt16, limits: HTTPLimits = HTTPLimits(), handler: @escaping Handler) throws {
        self.limits = limits
        self.handler = handler
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
        guard bound == 0, listen(descriptor, 128) == 0 else {
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

    /// Accepts connections until ``stop()``; each is served on a thread of its own.
    public func run() {
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
            let admitted = state.withLock { state -> Bool in
                guard !state.stopping, state.active < limits.connections else { return false }
                state.active += 1
                return true
            }
            guard admitted else {
                Self.send(HTTPResponse.text("busy\n", status: 503).serialized(), to: connection)
                close(connection)
                continue
            }
            let thread = Thread { [self] in
                serve(connection, client: client)
                close(connection)
                state.withLock { $0.active -= 1 }
            }
            thread.start()
        }
    }

    /// Stops accepting, then waits (at most `seconds`) for the requests in flight.
    public func stop(waiting seconds: Double = 10) {
        state.withLock { $0.stopping = true }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        let deadline = Date().addingTimeInterval(seconds)
        while state.withLock({ $0.active }) > 0 && Date() < deadline { usleep(10_000) }
    }

    /// Reads one request within the time limit, answers it, and returns.
    private func serve(_ connection: Int32, client: String) {
        let parser = HTTPRequestParser(limits: limits)
        let deadline = Date().addingTimeInterval(limits.receiveSeconds)
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            switch parser.parse(buffer) {
            case .request(let request, _):
                let response = handler(request, client)
                Self.send(response.serialized(headOnly: request.method == "HEAD"), to: connection)
                return
            case .refused(let status, _):
                Self.send(HTTPResponse.text("\(HTTPResponse.reason(status))\n", status: status).serialized(), to: connection)
                return
            case .incomplete:
                let remaining = deadline.timeIntervalSinceNow
                guard remaining > 0 else {
                    Self.send(HTTPResponse.text("Request Timeout\n", status: 408).serialized(), to: connection)
                    return
                }
                var timeout = timeval(tv_sec: Int(remaining), tv_usec: Int((remaining - remaining.rounded(.down)) * 1_000_000))
                setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                let count = chunk.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
                if count > 0 {
                    buffer += chunk[0..<count]
                } else if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
                    continue  // the deadline decides
                } else {
                    return  // the client went away
                }
            }
        }
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
