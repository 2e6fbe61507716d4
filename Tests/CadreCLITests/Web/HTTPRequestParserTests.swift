import CadreWeb
import Foundation
import Testing

/// The request parser is strict: it accepts a well-formed request whole, waits for the rest of
/// one that is coming, and refuses everything else with the status to answer.
@Suite("HTTP request parser")
struct HTTPRequestParserTests {
    func parse(_ text: String, limits: HTTPLimits = HTTPLimits()) -> HTTPRequestParser.Outcome {
        HTTPRequestParser(limits: limits).parse(Array(text.utf8))
    }

    @Test("a request: method, decoded path and query, lower-case headers, exactly Content-Length bytes of body")
    func accepted() throws {
        let text = "POST /verify/a%20b?code=7KQ4+M2XD&lang=az&empty= HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nX-Name:  Əli \r\n\r\nhelloEXTRA"
        guard case .request(let request, let consumed) = parse(text) else { Issue.record("not accepted"); return }
        #expect(request.method == "POST" && request.path == "/verify/a b" && request.version == "HTTP/1.1")
        #expect(request.query.map { "\($0.name)=\($0.value)" } == ["code=7KQ4 M2XD", "lang=az", "empty="])
        #expect(request.header("x-name") == "Əli" && request.header("HOST") == "x")
        #expect(request.body == Array("hello".utf8))
        #expect(consumed == text.utf8.count - "EXTRA".utf8.count)
        guard case .request(let old, _) = parse("GET / HTTP/1.0\r\n\r\n") else { Issue.record("HTTP/1.0 without Host"); return }
        #expect(old.path == "/")
    }

    @Test("a request still arriving is incomplete, at every cut")
    func incomplete() {
        let text = "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
        for cut in 0..<text.utf8.count { #expect(parse(String(text.utf8.prefix(cut))!) == .incomplete, "cut at \(cut)") }
    }

    @Test(
        "refused with the status to answer",
        arguments: [
            ("GET / HTTP/1.1\nHost: x\n\n", 400),
            ("GET / HTTP/1.1\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n", 400),
            ("get / HTTP/1.1\r\nHost: x\r\n\r\n", 400),
            ("GET  / HTTP/1.1\r\nHost: x\r\n\r\n", 400),
            ("GET http://evil/ HTTP/1.1\r\nHost: x\r\n\r\n", 400),
            ("GET /a%zz HTTP/1.1\r\nHost: x\r\n\r\n", 400),
            ("GET /a%00 HTTP/1.1\r\nHost: x\r\n\r\n", 400),
            ("GET /a%ff HTTP/1.1\r\nHost: x\r\n\r\n", 400),
            ("GET /../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n", 404),
            ("GET /verify/%2e%2e/%2E%2E/x HTTP/1.1\r\nHost: x\r\n\r\n", 404),
            ("GET / HTTP/2.0\r\nHost: x\r\n\r\n", 505),
            ("GET / FTP/1.0\r\nHost: x\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\nHost: x\r\n folded: line\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\nHost: x\r\nBad Name: v\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\nHost: x\r\nX: a\u{1}b\r\n\r\n", 400),
            ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", 400),
            ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", 400),
            ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1e3\r\n\r\n", 400),
            ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 501),
        ])
    func refused(text: String, status: Int) {
        guard case .refused(let got, _) = parse(text) else { Issue.record("accepted: \(text.debugDescription)"); return }
        #expect(got == status, "\(text.debugDescription)")
    }

    @Test("every length has a limit: request line 414, headers 431 (size and count), body 413")
    func limits() {
        var limits = HTTPLimits()
        limits.requestLine = 64
        limits.headers = 256
        limits.headerCount = 5
        limits.body = 10
        let refusal = { (text: String) -> Int? in
            if case .refused(let status, _) = self.parse(text, limits: limits) { return status }
            return nil
        }
        #expect(refusal("GET /" + String(repeating: "a", count: 100)) == 414, "refused before the line even ends")
        #expect(refusal("GET / HTTP/1.1\r\nHost: x\r\nX: " + String(repeating: "v", count: 300)) == 431)
        #expect(refusal("GET / HTTP/1.1\r\nHost: x\r\n" + String(repeating: "A: b\r\n", count: 6) + "\r\n") == 431)
        #expect(refusal("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n") == 413, "refused before the body arrives")
        if case .request = parse("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n0123456789", limits: limits) {} else {
            Issue.record("a body at the limit is accepted")
        }
    }

    @Test("responses carry the protective headers, the length and Connection: close; a line break in a value cannot split them")
    func responses() {
        let response = HTTPResponse(status: 303, headers: [("Location", "/x\r\nSet-Cookie: evil=1")])
        let text = String(decoding: response.serialized(), as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 303 See Other\r\n"))
        #expect(text.contains("\r\nLocation: /xSet-Cookie: evil=1\r\n") && !text.contains("\r\nSet-Cookie"))
        for header in ["Content-Security-Policy: default-src 'none';", "X-Content-Type-Options: nosniff", "X-Frame-Options: DENY",
                       "Referrer-Policy: same-origin", "Cache-Control: no-store", "Content-Length: 0", "Connection: close"] {
            #expect(text.contains("\r\n" + header), "\(header)")
        }
        #expect(HTTPResponse.text("body").serialized(headOnly: true).count < HTTPResponse.text("body").serialized().count)
    }
}
