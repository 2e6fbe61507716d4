import CadreModel
import CadreRender
import CadreStore
import CadreTemplates
import CadreWeb
import Foundation
import Synchronization
import Testing

/// The web application's routes so far, request in and response out, on a database made with
/// the CLI: the public certificate check and the health check — and their refusals.
@Suite("Web application")
struct WebAppTests {
    /// An event with three certificates, one revoked; the app over its database.
    func app(verifyLimit: Int = 30) throws -> (CLIHarness, WebApp) {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva", "<script>alert(1)</script> Həsənova", "Rəşad Abbasov"])
        for session in 1...6 { cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "\(session)", "--all-present") }
        for ref in ["P1", "P2", "P3"] { cli.run("assessment", "record", "DV-SAATLI-2021-10", ref, "--post", "18") }
        #expect(cli.run("certificate", "issue", "DV-SAATLI-2021-10").exitCode == 0)
        #expect(cli.run("certificate", "revoke", "DV-2021-00003", "--reason", "issued to the wrong person").exitCode == 0)
        let path = cli.databasePath
        let pool = CLIHarness.onPostgres ? StorePool(open: cli.storeOpener) : StorePool(fingerprint: { StorePool.fileIdentity(path) }) { try Database.open(at: path) }
        let app = WebApp(
            openStore: { try SerializedWrites(from: pool, turn: SerializedWrites.Turn()) }, library: TemplateLibrary(root: BuiltInTemplates.folder),
            verifyLimit: verifyLimit)
        return (cli, app)
    }

    func get(_ app: WebApp, _ target: String, headers: [(name: String, value: String)] = [], method: String = "GET", client: String = "10.0.0.1") -> (Int, String, HTTPResponse) {
        let parsed = HTTPRequestParser().parse(Array("\(method) \(target) HTTP/1.1\r\nHost: t\r\n\(headers.map { "\($0.name): \($0.value)\r\n" }.joined())\r\n".utf8))
        guard case .request(let request, _) = parsed else { return (0, "", HTTPResponse(status: 0)) }
        let response = app.handle(request, client: client)
        return (response.status, String(decoding: response.body, as: UTF8.self), response)
    }

    /// The verification code printed on a certificate.
    func code(_ cli: CLIHarness, _ serial: String) throws -> String {
        #expect(cli.run("certificate", "print", serial, "--out", "printed-\(serial)").exitCode == 0)
        let page = try cli.read("printed-\(serial)/\(serial).html")
        let start = try #require(page.range(of: "<div class=\"code\">"))
        return String(page[start.upperBound...].prefix { $0 != "<" })
    }

    @Test("/verify shows what the certificate shows — valid, revoked with its reason, unknown — in the asked language, names escaped; a serial alone shows nothing")
    func verify() throws {
        let (cli, app) = try app()
        let codes = try (1...3).map { try code(cli, "DV-2021-0000\($0)") }
        let (status, page, response) = get(app, "/verify/" + codes[0])
        #expect(status == 200)
        #expect(page.contains("<div class=\"verdict valid\">etibarlıdır</div>") && page.contains("18 saat"))
        #expect(response.header("Content-Type") == "text/html; charset=utf-8")
        #expect(!page.contains("T-0000") && !page.contains("(P1)") && !page.contains("@"), "no references or contacts")
        let pages = codes.map { get(app, "/verify/" + $0).1 }
        #expect(pages.contains { $0.contains("Aynur Əliyeva") })
        #expect(pages.contains { $0.contains("&lt;script&gt;alert(1)&lt;/script&gt; Həsənova") } && !pages.contains { $0.contains("<script>") })
        let revoked = get(app, "/verify/\(codes[2])?lang=en").1
        #expect(revoked.contains("<div class=\"verdict revoked\">revoked</div>") && revoked.contains("issued to the wrong person"))
        #expect(get(app, "/verify/" + codes[0], headers: [("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5")]).1.contains("Проверка сертификата"))
        // The code typed in any case and with or without dashes.
        #expect(get(app, "/verify/" + codes[0].lowercased()).1.contains("DV-2021-00001"))
        #expect(get(app, "/verify/" + codes[0].replacingOccurrences(of: "-", with: "")).0 == 200)
        // Serials are sequential: walking them must not list the holders.
        for serial in ["DV-2021-00001", "DV-2021-00002", "dv-2021-00003"] {
            let walked = get(app, "/verify/" + serial)
            #expect(walked.0 == 404 && walked.1.contains("yoxlama kodunu daxil edin"), "\(serial)")
            #expect(!walked.1.contains("Aynur") && !walked.1.contains("Həsənova") && !walked.1.contains("Rəşad") && !walked.1.contains("DV-101"))
        }
        let unknown = get(app, "/verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ")
        #expect(unknown.0 == 404 && unknown.1.contains("Bu kod və ya nömrə ilə sertifikat tapılmadı") && unknown.1.contains("ZZZZ-ZZZZ-ZZZZ-ZZZZ"))
        // The form on the front page sends the code to /verify.
        let form = get(app, "/?code=\(codes[0])&lang=en")
        #expect(form.0 == 303 && form.2.header("Location") == "/verify/\(codes[0])?lang=en")
        #expect(get(app, "/").1.contains("<form method=\"get\" action=\"/\">"))
    }

    @Test("checks are rate-limited per client; paths that name nothing are 404; other methods 405; /healthz answers ok or 503")
    func refusals() throws {
        let (cli, app) = try app(verifyLimit: 3)
        let typed = try code(cli, "DV-2021-00001")
        for _ in 1...3 { #expect(get(app, "/verify/" + typed).0 == 200) }
        #expect(get(app, "/verify/" + typed).0 == 429)
        #expect(get(app, "/verify/" + typed, client: "10.0.0.2").0 == 200, "another client is not held back")
        for path in ["/admin", "/verify", "/verify/a/b", "/healthz/x", "/certificates/DV-2021-00001.html"] {
            let page = get(app, path)
            #expect(page.0 == 404, "\(path)")
            // Titled as what it is, not as the certificate check.
            #expect(page.1.contains("<h1>Belə səhifə yoxdur</h1>") && !page.1.contains("<h1>Sertifikatın yoxlanması</h1>"), "\(path)")
        }
        #expect(get(app, "/healthz", method: "POST").0 == 405)
        #expect(get(app, "/healthz", method: "POST").2.header("Allow") == "GET, HEAD")
        let health = get(app, "/healthz")
        #expect(health.0 == 200 && health.1 == "ok\n")
        // PostgreSQL's server going away: Scripts/check-postgres.sh.
        if !CLIHarness.onPostgres {
            try FileManager.default.removeItem(atPath: cli.databasePath)
            #expect(get(app, "/healthz").0 == 503, "the database is gone")
        }
    }

    @Test("over a real socket: a request is answered; a slow client gets 408; garbage gets 400; stop() waits and ends run()")
    func socket() throws {
        let (cli, app) = try app()
        defer { withExtendedLifetime(cli) {} }  // its folder holds the database
        var limits = HTTPLimits()
        limits.receiveSeconds = 0.5
        limits.headSeconds = 0.5
        limits.connectionsPerAddress = 3
        let server = try HTTPServer(host: "127.0.0.1", port: 0, limits: limits)
        let hooks = app.serverHooks(limits)
        let finished = Mutex(false)
        let thread = Thread {
            server.run(hooks: hooks) { request, client in app.handle(request, client: client) }
            finished.withLock { $0 = true }
        }
        thread.start()
        #expect(try exchange(server.port, "GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n").hasSuffix("\r\n\r\nok\n"))
        #expect(try exchange(server.port, "GET /healthz HTTP/1.1\r\nHost: t\r\n").hasPrefix("HTTP/1.1 408 "), "never finished its headers")
        #expect(try exchange(server.port, "\u{16}\u{3}\u{1}\u{0}garbage\r\n\r\n").hasPrefix("HTTP/1.1 400 "))
        // A body larger than a form is refused from its head, before a byte of it is read —
        // for everyone on every route but the upload, and there for anyone not signed in.
        let started = Date()
        let large = try exchange(server.port, "POST /login HTTP/1.1\r\nHost: t\r\nContent-Length: 8000000\r\n\r\n")
        #expect(large.hasPrefix("HTTP/1.1 413 ") && large.contains("Fayl çox böyükdür") && Date().timeIntervalSince(started) < 0.4)
        #expect(try exchange(server.port, "POST /trainees/upload HTTP/1.1\r\nHost: t\r\nContent-Length: 70000\r\n\r\n").hasPrefix("HTTP/1.1 413 "))
        #expect(try exchange(server.port, "POST /trainees/upload HTTP/1.1\r\nHost: t\r\nCookie: cadre_session=\(String(repeating: "a", count: 64))\r\nContent-Length: 70000\r\n\r\n").hasPrefix("HTTP/1.1 413 "))
        // Connections from one address are capped; the next is told at once.
        let idle = try (0..<3).map { _ in try connection(server.port) }
        usleep(50_000)
        #expect(try exchange(server.port, "GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n").hasPrefix("HTTP/1.1 503 "))
        idle.forEach { close($0) }
        usleep(100_000)
        #expect(try exchange(server.port, "GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n").hasSuffix("ok\n"), "their slots are free again")
        server.stop()
        for _ in 0..<100 where !finished.withLock({ $0 }) { usleep(10_000) }
        #expect(finished.withLock { $0 })
    }

    /// A connection to the server, opened and left silent.
    func connection(_ port: UInt16) throws -> Int32 {
        let descriptor = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw CocoaError(.fileReadUnknown) }
        return descriptor
    }

    /// Sends `text` on a fresh connection and reads the answer until the server closes it.
    func exchange(_ port: UInt16, _ text: String) throws -> String {
        let descriptor = try connection(port)
        defer { close(descriptor) }
        _ = Array(text.utf8).withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var answer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            answer += chunk[0..<count]
        }
        return String(decoding: answer, as: UTF8.self)
    }
}
