/// Reads HTTP/1.1 requests from bytes as they arrive, strictly (RFC 9112): an origin-form
/// target, CRLF line ends, token header names, no folded lines, one Content-Length and no
/// Transfer-Encoding (the server takes no chunked uploads), a Host for HTTP/1.1. Anything
/// else is refused with the status to answer — never a crash and never a guess.
public struct HTTPRequestParser: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// The bytes so far are the start of a valid request.
        case incomplete
        /// A whole request, and how many bytes of the buffer it used.
        case request(HTTPRequest, consumed: Int)
        /// Refused: the status to answer (400, 413, 414, 431, 501, 505) and why, for the log.
        case refused(status: Int, reason: String)
    }

    public let limits: HTTPLimits

    public init(limits: HTTPLimits = HTTPLimits()) { self.limits = limits }

    /// `bodyLimit` decides, once the head is read, how large this request's body may be (the
    /// whole head is passed, without a body); a larger Content-Length is refused at once,
    /// before any of the body is read.
    public func parse(_ buffer: [UInt8], bodyLimit: (HTTPRequest) -> Int = { _ in Int.max }) -> Outcome {
        // The request line.
        guard let lineEnd = Self.lineEnd(in: buffer, from: 0, within: limits.requestLine + 2) else {
            return buffer.count > limits.requestLine + 2 ? .refused(status: 414, reason: "request line too long") : incompleteOrBare(buffer, 0)
        }
        if lineEnd == -1 { return .refused(status: 400, reason: "a line ends without CR") }
        let line = Array(buffer[0..<lineEnd])
        let parts = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3 else { return .refused(status: 400, reason: "request line is not METHOD TARGET VERSION") }
        let method = parts[0]
        guard !method.isEmpty, method.count <= 16, method.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else {
            return .refused(status: 400, reason: "method is not an upper-case token")
        }
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            return version.hasPrefix("HTTP/") ? .refused(status: 505, reason: "version \(version)") : .refused(status: 400, reason: "no HTTP version")
        }
        let target: HTTPTarget
        switch HTTPTarget.parse(parts[1]) {
        case .success(let parsed): target = parsed
        case .failure(.climbs): return .refused(status: 404, reason: "a path segment is . or ..")
        case .failure(.malformed): return .refused(status: 400, reason: "target is not an absolute path")
        }

        // The header lines, up to the empty line.
        var headers: [(name: String, value: String)] = []
        var position = lineEnd + 2
        let headerStart = position
        while true {
            guard let end = Self.lineEnd(in: buffer, from: position, within: limits.headers - (position - headerStart) + 2) else {
                return buffer.count - headerStart > limits.headers + 2
                    ? .refused(status: 431, reason: "headers too large") : incompleteOrBare(buffer, position)
            }
            if end == -1 { return .refused(status: 400, reason: "a line ends without CR") }
            if end == position {
                position += 2
                break
            }
            guard position - headerStart <= limits.headers else { return .refused(status: 431, reason: "headers too large") }
            guard headers.count < limits.headerCount else { return .refused(status: 431, reason: "too many headers") }
            guard let header = Self.header(buffer[position..<end]) else { return .refused(status: 400, reason: "malformed header line") }
            headers.append(header)
            position = end + 2
        }
        if headers.contains(where: { $0.name == "transfer-encoding" }) {
            return .refused(status: 501, reason: "transfer-encoding is not accepted")
        }
        if version == "HTTP/1.1" && headers.filter({ $0.name == "host" }).count != 1 {
            return .refused(status: 400, reason: "HTTP/1.1 needs exactly one Host")
        }
        // The body: exactly Content-Length bytes.
        let lengths = headers.filter { $0.name == "content-length" }.map(\.value)
        var length = 0
        if !lengths.isEmpty {
            guard Set(lengths).count == 1, let value = lengths.first, !value.isEmpty, value.count <= 12, value.allSatisfy(\.isASCIIDigit),
                let parsed = Int(value)
            else { return .refused(status: 400, reason: "malformed Content-Length") }
            length = parsed
        }
        let head = HTTPRequest(method: String(decoding: method, as: UTF8.self), path: target.path, query: target.query, version: version, headers: headers)
        guard length <= min(limits.body, length > limits.formBody ? bodyLimit(head) : limits.formBody) else {
            return .refused(status: 413, reason: "body of \(length) bytes")
        }
        guard buffer.count - position >= length else { return .incomplete }
        let body = Array(buffer[position..<position + length])
        return .request(
            HTTPRequest(method: head.method, path: head.path, query: head.query, version: version, headers: headers, body: body),
            consumed: position + length)
    }

    /// The header lines of a head received so far, as far as they read, for choosing the
    /// language of a refusal; empty when nothing reads.
    public static func headerLines(of buffer: [UInt8]) -> [(name: String, value: String)] {
        let head = buffer.prefix(32 * 1024)
        var lines: [(name: String, value: String)] = []
        var start = head.startIndex
        while let end = head[start...].firstIndex(of: UInt8(ascii: "\r")), end > start {
            if let header = header(head[start..<end]) { lines.append(header) }
            start = min(head.endIndex, end + 2)
        }
        return lines
    }

    /// Incomplete, unless a bare LF already shows the line is malformed.
    private func incompleteOrBare(_ buffer: [UInt8], _ from: Int) -> Outcome {
        buffer[from...].contains(UInt8(ascii: "\n")) ? .refused(status: 400, reason: "a line ends without CR") : .incomplete
    }

    /// The index of the CR of the first CRLF at or after `from`, looking at most `within`
    /// bytes; -1 when a LF comes without its CR; nil when no line end is there yet.
    static func lineEnd(in buffer: [UInt8], from: Int, within: Int) -> Int? {
        var index = from
        let limit = min(buffer.count, from + max(0, within))
        while index < limit {
            let byte = buffer[index]
            if byte == UInt8(ascii: "\n") { return -1 }
            if byte == UInt8(ascii: "\r") {
                guard index + 1 < buffer.count else { return nil }
                return buffer[index + 1] == UInt8(ascii: "\n") ? index : -1
            }
            // Control characters other than tab never appear in a request's head.
            if byte < 0x20 && byte != UInt8(ascii: "\t") || byte == 0x7F { return -1 }
            index += 1
        }
        return nil
    }

    /// `name: value`, the name a token (lower-cased), the value without surrounding blanks.
    static func header(_ line: ArraySlice<UInt8>) -> (name: String, value: String)? {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex else { return nil }
        let name = line[line.startIndex..<colon]
        guard name.allSatisfy(Self.isTokenByte) else { return nil }
        let value = line[(colon + 1)...].drop { $0 == 0x20 || $0 == 0x09 }
        let trimmed = value.reversed().drop { $0 == 0x20 || $0 == 0x09 }.reversed()
        guard let text = String(validating: Array(trimmed), as: UTF8.self) else { return nil }
        return (String(decoding: name, as: UTF8.self).lowercased(), text)
    }

    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
