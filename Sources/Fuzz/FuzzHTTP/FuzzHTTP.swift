import CadreWeb
import FuzzSupport

/// Feeds bytes to the HTTP request parser, whole and in two pieces, and checks what it
/// accepts: the same outcome however the bytes arrive, a consumed count within the buffer,
/// a path that starts with `/` and has no `..` segment, and a body of exactly Content-Length.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTP(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var limits = HTTPLimits()
    limits.requestLine = 256
    limits.headers = 1024
    limits.body = 4096
    let parser = HTTPRequestParser(limits: limits)
    let whole = parser.parse(bytes)
    if case .request(let request, let consumed) = whole {
        precondition(consumed <= bytes.count, "consumed past the buffer")
        precondition(request.path.hasPrefix("/"), "a path must start with /")
        precondition(!request.path.split(separator: "/").contains(".."), "no .. segment may pass")
        if let length = request.header("content-length") { precondition(Int(length) == request.body.count, "the body is Content-Length bytes") }
        // A prefix of a complete request is incomplete, never a different request.
        if consumed > 1, case .request = parser.parse(Array(bytes[0..<(consumed - 1)])) {
            preconditionFailure("a shorter buffer parsed as a request")
        }
    }
    // Serialising any response never produces a header line break from a value.
    let response = HTTPResponse(status: 200, headers: [("X-Test", String(decoding: bytes.prefix(64), as: UTF8.self))])
    let head = String(decoding: response.serialized(), as: UTF8.self)
    precondition(head.components(separatedBy: "\r\n").filter { $0.hasPrefix("X-Test:") }.count == 1, "a value split the headers")
    return 0
}

#if !FUZZING
@main
enum Replay {
    static func main() { FuzzReplay.run(fuzzHTTP) }
}
#endif
