import CadreKit
import CadreModel
import CadreRender
import CadreStore
import CadreTemplates
import CadreWeb
import Foundation
import Synchronization
import Testing

/// The boundaries issue #30 found open, each tried as the attacker did: a coordinator of another
/// centre, the public, and a forged header — and each refusal leaving the database as it was.
@Suite("Web application: trust boundaries")
struct TrustBoundaryTests {
    static let event = "DV-SAATLI-2021-10"
    static let shuvalanEvent = "DV-SHUVALAN-2021-11"
    static let password = "Uzun-şifrə-2021"

    /// Saatlı's event with three people; Şüvəlan's event with Nigar (T-00004, FIN 5ABCDEF,
    /// phone 050 111 22 33), whose home is Şüvəlan; the ministry's own event (no centre); a
    /// coordinator of each centre, an admin; every request logged into `lines`.
    func setUp() throws -> (CLIHarness, WebApp, LogLines) {
        let cli = try CLIHarness()
        cli.environment["CADRE_PASSWORD_ITERATIONS"] = "1000"
        try cli.saatliEvent(names: ["Aynur Əliyeva", "Günel Həsənova", "Rəşad Abbasov"])
        try cli.write("shuvalan.csv", "full_name;sex;profession;phone;national_id;email;ref\r\nNigar Quliyeva;qadın;Sosial işçi;050 111 22 33;5ABCDEF;nigar@example.az;SH-1\r\n"
            + "Hakim Əliyev;kişi;Sosial işçi;050 999 88 77;7HAKIM1;;JUDGE-1\r\n")
        for arguments in [
            ["centre", "add", "--code", "SHUVALAN", "--name", "Şüvəlan Ailə və Uşaq Dəstək Xidməti Mərkəzi", "--region", "Xəzər"],
            ["venue", "add", "--name", "Şüvəlan zalı", "--centre", "SHUVALAN", "--capacity", "30"],
            ["event", "schedule", "--course", "DV-101", "--centre", "SHUVALAN", "--venue", "V-00002", "--start", "2021-11-15", "--code", Self.shuvalanEvent],
            ["venue", "add", "--name", "Ədliyyə Akademiyası", "--capacity", "30"],
            ["event", "schedule", "--course", "DV-101", "--venue", "V-00003", "--start", "2021-11-22", "--code", "MINISTRY-2021"],
            ["trainee", "import", "shuvalan.csv"],
            ["event", "enroll", Self.shuvalanEvent, "SH-1"],
            ["event", "enroll", "MINISTRY-2021", "JUDGE-1"],
        ] {
            let result = cli.run(arguments)
            #expect(result.exitCode == 0, "\(arguments): \(result.stderr)")
        }
        for (login, role, centre) in [("leyla", "coordinator", "SAATLI"), ("samir", "coordinator", "SHUVALAN"), ("admin", "admin", nil)] {
            cli.input = [Self.password]
            #expect(cli.run(["user", "add", "--name", login, "--role", role, "--password-stdin"] + (centre.map { ["--centre", $0] } ?? [])).exitCode == 0)
        }
        let lines = LogLines()
        let path = cli.databasePath
        let app = WebApp(
            openStore: cli.storeOpener, library: TemplateLibrary(root: BuiltInTemplates.folder), passwordIterations: 1000,
            log: RequestLog { line in lines.append(line) })
        return (cli, app, lines)
    }

    func browser(_ app: WebApp, _ login: String, client: String = "10.0.0.1") -> WebBrowser {
        let browser = WebBrowser(app, client: client)
        #expect(browser.signIn(login, Self.password).status == 303, "\(login) signs in")
        return browser
    }

    func nigar(_ cli: CLIHarness) -> String { cli.run("trainee", "show", "T-00004", "--json").stdout }

    @Test("an upload cannot change another centre's person — by reference, FIN or e-mail and name — nor name them, even in a dry run")
    func uploadAcrossCentres() throws {
        let (cli, app, _) = try setUp()
        let leyla = browser(app, "leyla")
        let before = try cli.checksum()
        let sheets = [
            "by reference": "Ad Soyad;Cins;Peşə;Təşkilat;ID\r\nNigar Quliyeva;qadın;Sosial işçi;Saxta təşkilat;T-00004\r\n",
            "by FIN with one of ours": "Ad Soyad;Cins;Peşə;FIN;ID\r\nAynur Əliyeva;qadın;Sosial işçi;5ABCDEF;T-00001\r\n",
            "by FIN": "Ad Soyad;Cins;Peşə;Telefon;FIN\r\nN. Quliyeva;qadın;Sosial işçi;055 000 00 00;5ABCDEF\r\n",
            "by e-mail and name": "Ad Soyad;Cins;Peşə;E-poçt;Təşkilat\r\nNigar Quliyeva;qadın;Sosial işçi;nigar@example.az;Saxta\r\n",
        ]
        for (what, sheet) in sheets {
            for dryRun in [false, true] {
                let page = leyla.upload("/trainees/upload", file: "signup.csv", sheet, fields: dryRun ? ["dry-run": "1"] : [:])
                #expect(page.status == 400 && page.text.contains("signup.csv:2:") && page.text.contains("başqa mərkəzin qeydlərindəki şəxsə uyğun"), "\(what)")
                #expect(!page.text.contains("T-00004") || what == "by reference", "\(what): the matched person is not named")
                #expect(!page.text.contains("same national id") && !page.text.contains("eyni"), "\(what): nor how they were matched")
            }
        }
        #expect(try cli.checksum() == before, "nothing stored")
        // Skipping invalid rows stores the others, never the one that matched Nigar.
        let mixed = "Ad Soyad;Cins;Peşə;Təşkilat;ID\r\nNigar Quliyeva;qadın;Sosial işçi;Saxta təşkilat;T-00004\r\nYeni Şəxs;kişi;Polis əməkdaşı;Saatlı RPŞ;NEW-9\r\n"
        let skipped = leyla.upload("/trainees/upload", file: "signup.csv", mixed, fields: ["skip-invalid": "1"])
        #expect(skipped.status == 200, "\(skipped.text.prefix(300))")
        #expect(!nigar(cli).contains("Saxta") && cli.run("trainee", "list", "--search", "NEW-9", "--json").stdout.contains("Yeni Şəxs"))
        // Şüvəlan's own coordinator may: the rule is the record page's.
        let samir = browser(app, "samir")
        #expect(samir.upload("/trainees/upload", file: "own.csv", sheets["by reference"]!).status == 200)
        #expect(nigar(cli).contains("Saxta təşkilat"))
    }

    @Test("enrolling another centre's person (by reference, as a walk-in, with the page's override) does not open their record")
    func enrolDoesNotOpen() throws {
        let (cli, app, _) = try setUp()
        let leyla = browser(app, "leyla")
        #expect(leyla.get("/trainees/T-00004").status == 404)
        let enrolled = leyla.post("/events/\(Self.event)/enrol", ["force": "1"], repeated: [("ref", "T-00004")])
        #expect(enrolled.status == 200 && cli.run("attendance", "show", Self.event, "--json").stdout.contains("Nigar Quliyeva"), "the registry is national: she may be enrolled")
        #expect(!enrolled.text.contains("050 111") && !enrolled.text.contains("5ABCDEF") && !enrolled.text.contains("nigar@"))
        #expect(leyla.post("/events/\(Self.event)/sessions/1/walk-in", ["ref": "T-00004"]).status == 303)
        for target in ["/trainees/T-00004", "/trainees/SH-1"] {
            let record = leyla.get(target)
            #expect(record.status == 404 && !record.text.contains("5ABCDEF") && !record.text.contains("050 111"), "\(target)")
        }
        let before = try cli.checksum()
        #expect(leyla.post("/trainees/T-00004", ["name": "Dəyişdirilmiş", "phone": "0500000000"]).status == 404)
        #expect(leyla.post("/trainees/merge", ["keep": "T-00001", "other": "T-00004"]).status == 404)
        #expect(try cli.checksum() == before)
        #expect(browser(app, "samir").get("/trainees/T-00004").text.contains("5ABCDEF"), "her own centre still sees her record")
    }

    @Test("a person's record shows their training history — attendance, completion, scores, certificate — and only counts another centre's events")
    func history() throws {
        let (cli, app, _) = try setUp()
        for session in 1...6 { cli.run("attendance", "mark", Self.event, "--session", "\(session)", "--all-present") }
        cli.run("assessment", "record", Self.event, "P1", "--pre", "9", "--post", "18")
        #expect(cli.run("certificate", "issue", Self.event).exitCode == 0)
        #expect(cli.run("event", "enroll", Self.shuvalanEvent, "P1").exitCode == 0)
        let record = browser(app, "leyla").get("/trainees/T-00001").text
        #expect(record.contains("Təlim tarixçəsi") && record.contains("/events/\(Self.event)\"") && record.contains("6/6") && record.contains("9 → 18"))
        #expect(record.contains(">DV-2021-00001</a>"), "the certificate, linked")
        #expect(!record.contains(Self.shuvalanEvent) && record.contains("Başqa mərkəzlərin qeydlərində daha 1 təlim var"), "another centre's event only counted")
        let admin = browser(app, "admin").get("/trainees/T-00001").text
        #expect(admin.contains(Self.shuvalanEvent) && !admin.contains("Başqa mərkəzlərin"))
        // One identifier leads: the centre's own for its coordinator, the registry's for the ministry.
        #expect(record.contains("<p>Kod: P1 · Digər kodlar: T-00001</p>"))
        #expect(admin.contains("<p>Kod: T-00001 · Digər kodlar: P1</p>"))
    }

    @Test("a centre's users never see an event without a centre (the ministry's own)")
    func ministryEvent() throws {
        let (cli, app, _) = try setUp()
        defer { withExtendedLifetime(cli) {} }
        let leyla = browser(app, "leyla")
        #expect(leyla.get("/events/MINISTRY-2021").status == 404)
        #expect(leyla.get("/events/MINISTRY-2021/sessions/1").status == 404)
        #expect(!leyla.get("/events").text.contains("MINISTRY-2021"))
        // Its people are the ministry's: no centre opens their record (T-00005, first enrolled there).
        let judge = leyla.get("/trainees/T-00005")
        #expect(judge.status == 404 && !judge.text.contains("7HAKIM1"))
        let admin = browser(app, "admin")
        #expect(admin.get("/events/MINISTRY-2021").status == 200)
        #expect(admin.get("/trainees/T-00005").text.contains("7HAKIM1"))
    }

    @Test("a POST from another site is refused — no Origin, Origin: null, another origin, a forged Referer — the sign-in form too")
    func origin() throws {
        let (cli, app, _) = try setUp()
        let leyla = browser(app, "leyla")
        let before = try cli.checksum()
        for origin in [nil, "null", "https://evil.example", "http://t.evil.example", "http://t:8081"] as [String?] {
            leyla.origin = origin
            let page = leyla.post("/events/\(Self.event)/sessions/1/mark", ["ref": "P1", "status": "present"])
            #expect(page.status == 403 && page.text.contains("bu saytdan göndərilməyib"), "\(origin ?? "none")")
        }
        leyla.origin = nil
        leyla.extraHeaders = [("Referer", "https://evil.example/t")]
        #expect(leyla.post("/events/\(Self.event)/sessions/1/mark", ["ref": "P1", "status": "present"]).status == 403)
        #expect(try cli.checksum() == before)
        leyla.extraHeaders = [("Referer", "http://t/events/\(Self.event)/sessions/1")]
        #expect(leyla.post("/events/\(Self.event)/sessions/1/mark", ["ref": "P1", "status": "present"]).status == 303, "a same-site Referer will do")
        // Login CSRF: another site signing a browser in with the attacker's account.
        let victim = WebBrowser(app)
        victim.get("/login")
        victim.origin = "https://evil.example"
        let forced = victim.post("/login", ["login": "samir", "password": Self.password])
        #expect(forced.status == 403 && victim.cookies["cadre_session"] == nil)
        // With --public-url, its origin is accepted whatever Host the proxy passes on.
        let behind = WebApp(
            openStore: cli.storeOpener, library: TemplateLibrary(root: BuiltInTemplates.folder),
            passwordIterations: 1000, publicURL: "https://cadre.example.gov.az/")
        let proxied = WebBrowser(behind)
        proxied.origin = "https://cadre.example.gov.az"
        #expect(proxied.signIn("leyla", Self.password).status == 303)
    }

    @Test("sign-in failures cannot lock a user out: unknown logins from one address, or guesses at one login, leave others signing in")
    func lockout() throws {
        let (cli, app, _) = try setUp()
        defer { withExtendedLifetime(cli) {} }
        let attacker = WebBrowser(app, client: "10.6.6.6")
        for index in 0..<25 { attacker.get("/login"); attacker.post("/login", ["login": "nobody\(index)", "password": "x"]) }
        attacker.get("/login")
        #expect(attacker.post("/login", ["login": "nobody-more", "password": "x"]).status == 429, "made-up names from one address are capped")
        #expect(attacker.signIn("admin", Self.password).status == 303, "admin with the right password still signs in, even from that address")
        let guesser = WebBrowser(app, client: "10.7.7.7")
        for _ in 0..<8 { guesser.get("/login"); guesser.post("/login", ["login": "leyla", "password": "wrong"]) }
        guesser.get("/login")
        let waited = guesser.post("/login", ["login": "leyla", "password": Self.password])
        #expect(waited.status == 429 && waited.text.contains("saniyədən sonra") && waited.text.contains("value=\"leyla\""), "a guesser waits, told how long, the login kept")
        #expect(WebBrowser(app, client: "10.0.0.2").signIn("leyla", Self.password).status == 303, "Leyla at her own desk is not locked out")
    }

    @Test("X-Forwarded-For is believed only from the proxy named at start")
    func forwardedFor() throws {
        let (cli, _, lines) = try setUp()
        let path = cli.databasePath
        func app(trusting proxy: String?) -> WebApp {
            WebApp(openStore: cli.storeOpener, library: TemplateLibrary(root: BuiltInTemplates.folder), verifyLimit: 2,
                   passwordIterations: 1000, trustedProxy: proxy, log: RequestLog { line in lines.append(line) })
        }
        // Not trusted: a client cannot escape its limit by naming other addresses.
        let direct = WebBrowser(app(trusting: nil), client: "10.0.0.5")
        var statuses: [Int] = []
        for index in 0..<4 {
            direct.extraHeaders = [("X-Forwarded-For", "192.0.2.\(index)")]
            statuses.append(direct.get("/verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ").status)
        }
        #expect(statuses == [404, 404, 429, 429])
        // Behind the named proxy, each client has its own limit; the log names the client.
        let proxied = app(trusting: "10.0.0.5")
        let viaProxy = WebBrowser(proxied, client: "10.0.0.5")
        statuses = []
        for index in 0..<4 {
            viaProxy.extraHeaders = [("X-Forwarded-For", "198.51.100.7, 192.0.2.\(index)")]
            statuses.append(viaProxy.get("/verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ").status)
        }
        #expect(statuses == [404, 404, 404, 404])
        #expect((lines.all.last ?? "").contains(" 192.0.2.3 GET /verify/:code 404"))
        // The same header from anyone but the proxy is ignored.
        let other = WebBrowser(proxied, client: "10.0.0.9")
        other.extraHeaders = [("X-Forwarded-For", "192.0.2.200")]
        other.get("/verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ")
        #expect((lines.all.last ?? "").contains(" 10.0.0.9 GET "))
    }

    @Test("HEAD on a signed-in page answers as GET; refusals of the protocol are pages in the visitor's language")
    func protocolPages() throws {
        let (cli, app, _) = try setUp()
        defer { withExtendedLifetime(cli) {} }
        let leyla = browser(app, "leyla")
        #expect(leyla.send("HEAD", "/home", body: [], contentType: nil).status == 200)
        #expect(leyla.send("HEAD", "/events/\(Self.event)", body: [], contentType: nil).status == 200)
        let russian = WebBrowser(app)
        russian.extraHeaders = [("Accept-Language", "ru")]
        let wrongMethod = russian.send("DELETE", "/login", body: [], contentType: nil)
        #expect(wrongMethod.status == 405 && wrongMethod.text.contains("Здесь это действие невозможно") && wrongMethod.response.header("Allow") == "GET, HEAD, POST")
        let tooLarge = app.refusal(413, head: [("cookie", "cadre_lang=en")])
        #expect(tooLarge.status == 413 && String(decoding: tooLarge.body, as: UTF8.self).contains("Split the sheet"))
        #expect(String(decoding: app.refusal(408, head: []).body, as: UTF8.self).contains("Vaxt bitdi"), "Azerbaijani when nothing says otherwise")
    }

    @Test("the request log: a line per request with its user and status, and no password, session token, form token or code in it")
    func log() throws {
        let (cli, app, lines) = try setUp()
        let leyla = browser(app, "leyla")
        leyla.get("/events/\(Self.event)/sessions/1")
        leyla.post("/events/\(Self.event)/sessions/1/mark", ["ref": "P1", "status": "present"])
        leyla.get("/trainees?q=Aynur")
        leyla.origin = "https://evil.example"
        leyla.post("/events/\(Self.event)/sessions/1/mark", ["ref": "P1", "status": "late"])
        #expect(cli.run("certificate", "issue", Self.event).exitCode >= 0)
        WebBrowser(app).get("/verify/ABCD-EFGH-JKMN-PQRS")
        let written = lines.all
        #expect(written.count >= 8 && written.allSatisfy { $0.hasSuffix("\n") && $0.dropLast().allSatisfy { $0 != "\n" } })
        let all = written.joined()
        #expect(all.contains("GET /events/\(Self.event)/sessions/1 200") && all.contains("user=leyla"))
        #expect(all.contains("POST /events/\(Self.event)/sessions/1/mark 403") && all.contains("refused: origin https://evil.example"))
        #expect(all.contains("GET /trainees?q 200"), "query names, not values")
        #expect(all.contains("GET /verify/:code 404") && !all.contains("ABCD-EFGH"))
        for secret in [Self.password, leyla.cookies["cadre_session"] ?? "-", leyla.csrf, "Aynur"] {
            #expect(!all.contains(secret), "\(secret.prefix(8))… is not in the log")
        }
    }

    @Test("nothing uploaded reaches the disk: the web target writes no file (a crash leaves no sheet of names and phones behind)")
    func uploadsStayInMemory() throws {
        let sources = ReadmeWalkthroughTests.repository.appendingPathComponent("Sources/CadreWeb")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        #expect(files.count > 30)
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for writing in ["temporaryDirectory", "write(to:", "createDirectory", "FileHandle(forWriting", "fopen(", "mkstemp"] {
                #expect(!text.contains(writing), "\(file) holds \(writing)")
            }
        }
    }

    @Test("every route is in docs/SECURITY.md's table, with who may use it")
    func routesDocumented() throws {
        let document = try String(contentsOf: ReadmeWalkthroughTests.repository.appendingPathComponent("docs/SECURITY.md"), encoding: .utf8)
        let table = WebApp.routeTable
        #expect(table.count >= 40)
        for line in table { #expect(document.contains(line), "docs/SECURITY.md lacks: \(line)") }
        let documented = document.split(separator: "\n").filter { $0.hasPrefix("| GET |") || $0.hasPrefix("| POST |") }
        #expect(documented.count == table.count, "the document lists no route the application does not have")
    }
}

/// The lines a ``RequestLog`` wrote, kept for a test to read.
final class LogLines: Sendable {
    private let lines = Mutex<[String]>([])
    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}
