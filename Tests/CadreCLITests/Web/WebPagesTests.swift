import CadreKit
import CadreModel
import CadreStore
import CadreRender
import CadreTemplates
import CadreWeb
import Foundation
import Testing

/// The signed-in pages, request in and response out, on a database made with the CLI: a
/// coordinator's whole round, and every refusal — no session, a wrong form token, another
/// centre's event, a role that may not — each leaving the database exactly as it was.
@Suite("Web application: signed-in pages")
struct WebPagesTests {
    static let event = "DV-SAATLI-2021-10"
    static let hostile = "<script>alert(1)</script> Həsənova"

    /// Saatlı's event with three people (one with an HTML-looking name), Şüvəlan's centre and
    /// event, and a user of each kind.
    func round() throws -> (CLIHarness, WebApp) {
        let cli = try CLIHarness()
        cli.environment["CADRE_PASSWORD_ITERATIONS"] = "1000"
        try cli.saatliEvent(names: ["Aynur Əliyeva", Self.hostile, "Rəşad Abbasov"])
        for arguments in [
            ["centre", "add", "--code", "SHUVALAN", "--name", "Şüvəlan Ailə və Uşaq Dəstək Xidməti Mərkəzi", "--region", "Xəzər"],
            ["venue", "add", "--name", "Şüvəlan zalı", "--centre", "SHUVALAN", "--capacity", "30"],
            ["event", "schedule", "--course", "DV-101", "--centre", "SHUVALAN", "--venue", "V-00002", "--start", "2021-11-15", "--code", "DV-SHUVALAN-2021-11"],
        ] {
            #expect(cli.run(arguments).exitCode == 0, "\(arguments)")
        }
        for (login, role, centre) in [("leyla", "coordinator", "SAATLI"), ("aygun", "trainer", "SAATLI"), ("nazirlik", "viewer", nil), ("samir", "coordinator", "SHUVALAN")] {
            cli.input = ["Uzun-şifrə-2021"]
            #expect(cli.run(["user", "add", "--name", login, "--role", role, "--password-stdin"] + (centre.map { ["--centre", $0] } ?? [])).exitCode == 0)
        }
        return (cli, WebBrowser.app(cli))
    }

    func browser(_ app: WebApp, _ login: String) -> WebBrowser {
        let browser = WebBrowser(app)
        #expect(browser.signIn(login, "Uzun-şifrə-2021").status == 303, "\(login) signs in")
        return browser
    }

    @Test("a coordinator runs the round in the browser: upload, enrol, roll call with a walk-in, scores, certificates, report")
    func wholeRound() throws {
        let (cli, app) = try round()
        let leyla = browser(app, "leyla")
        #expect(leyla.get("/home").text.contains("leyla · koordinator · Saatlı"))

        // A sign-up sheet; the people are found and enrolled by ticking them.
        let sheet = "Ad Soyad;Cins;Peşə;ref\r\nMəmmədova Günel;qadın;Sosial işçi;NEW-1\r\nQuliyev Orxan;kişi;Polis əməkdaşı;NEW-2\r\n"
        let uploaded = leyla.upload("/trainees/upload", file: "signup.csv", sheet)
        #expect(uploaded.status == 200 && uploaded.text.contains("Fayl yükləndi"), "\(uploaded.text.prefix(300))")
        let found = leyla.get("/events/\(Self.event)?q=NEW-")
        #expect(found.text.contains("value=\"NEW-1\"") || found.text.contains("Məmmədova Günel"))
        let refs = cli.run("trainee", "list", "--search", "NEW-", "--json").stdout
        let ids = ["T-00004", "T-00005"].filter { refs.contains($0) }
        #expect(ids.count == 2, "\(refs)")
        let enrolled = leyla.post("/events/\(Self.event)/enrol", [:], repeated: ids.map { ("ref", $0) })
        #expect(enrolled.text.contains("Qeydiyyata alındı: 2"), "\(enrolled.text.prefix(400))")

        // The roll call: a tap is stored at once and comes back to the person.
        let roll = leyla.get("/events/\(Self.event)/sessions/1")
        #expect(roll.status == 200 && roll.text.contains("id=\"p-T-00001\""))
        let tap = leyla.post("/events/\(Self.event)/sessions/1/mark", ["ref": "T-00001", "status": "late"])
        #expect(tap.status == 303 && tap.location == "/events/\(Self.event)/sessions/1#p-T-00001")
        #expect(leyla.get("/events/\(Self.event)/sessions/1").text.contains("class=\"late chosen\""))
        let walkIn = leyla.post("/events/\(Self.event)/sessions/1/walk-in", ["name": "Nəsibova Aytac", "sex": "qadın", "profession": "Jurnalist"])
        #expect(walkIn.status == 303)
        let marks = cli.run("attendance", "show", Self.event, "--json").stdout
        #expect(marks.contains("Nəsibova Aytac") && marks.contains("\"late\""), "the CLI sees the tap and the walk-in")
        #expect(try cli.scalar("SELECT count(*) FROM audit_log WHERE actor = 'web:leyla' AND action = 'enrollment.walk-in'").intValue == 1,
                "the audit log names the user")

        // Every session marked, then scores as one form, then certificates.
        for session in 1...6 { cli.run("attendance", "mark", Self.event, "--session", "\(session)", "--all-present") }
        let scores = leyla.post("/events/\(Self.event)/scores", ["pre:T-00001": "8", "post:T-00001": "18", "post:T-00002": "15", "post:T-00003": "5"])
        #expect(scores.text.contains("Yadda saxlanıldı: 4"), "\(scores.text.prefix(400))")
        let issued = leyla.post("/events/\(Self.event)/certificates", [:])
        #expect(issued.text.contains("Verildi: 2 sertifikat"), "\(issued.text.prefix(600))")
        #expect(issued.text.contains("yekun test 5/20"), "why Rəşad did not complete, in Azerbaijani")
        let printed = leyla.get("/events/\(Self.event)/certificates.html")
        #expect(printed.status == 200 && printed.text.contains("DV-2021-00001") && printed.text.contains("DV-2021-00002"))
        let samir = browser(app, "samir")
        #expect(samir.post("/events/DV-SHUVALAN-2021-11/certificates/revoke", ["serial": "DV-2021-00002", "reason": "x"]).status == 404,
                "a serial of another centre's event, sent through his own event's form")
        let revoked = leyla.post("/events/\(Self.event)/certificates/revoke", ["serial": "DV-2021-00002", "reason": "ad səhv yazılıb"])
        #expect(revoked.text.contains("Ləğv edildi: DV-2021-00002"))
        #expect(cli.run("certificate", "verify", "DV-2021-00002").stdout.lowercased().contains("revoked"))
        // Each valid serial opens its own certificate; a revoked one is issued anew to its holder.
        let list = leyla.get("/events/\(Self.event)/certificates").text
        #expect(list.contains("href=\"/events/\(Self.event)/certificates.html?serial=DV-2021-00001\"") && !list.contains("?serial=DV-2021-00002\""))
        let one = leyla.get("/events/\(Self.event)/certificates.html?serial=DV-2021-00001").text
        #expect(one.components(separatedBy: "<div class=\"page\">").count - 1 == 1 && one.contains("DV-2021-00001"))
        // Behind its public address, the server's printed certificates carry it in their QR codes.
        let path = cli.databasePath
        let served = WebApp(openStore: cli.storeOpener, library: TemplateLibrary(root: BuiltInTemplates.folder), passwordIterations: 1000,
                            publicURL: "https://cadre.example.gov.az")
        #expect(browser(served, "leyla").get("/events/\(Self.event)/certificates.html").text.contains("https://cadre.example.gov.az/verify/"))
        let holder = try #require(list.range(of: #"name="ref" value="(T-\d+)""#, options: .regularExpression).map { String(list[$0].dropFirst(18).dropLast()) })
        let reissued = leyla.post("/events/\(Self.event)/certificates", ["ref": holder])
        #expect(reissued.text.contains("Verildi: 1 sertifikat"), "\(reissued.text.suffix(2000).prefix(500))")
        #expect(cli.run("certificate", "register", "--format", "csv").stdout.contains("DV-2021-00003"), "a new serial; the register keeps the revoked one")

        // The report, on screen and as files.
        let report = leyla.get("/reports?report=trained&by1=profession&by2=sex")
        #expect(report.status == 200 && report.text.contains("<svg"), "table and chart")
        let csv = leyla.get("/reports/download?report=trained&by1=profession&by2=sex&format=csv")
        #expect(csv.response.header("Content-Disposition")?.hasPrefix("attachment; filename=\"cadre-trained-") == true)
        #expect(csv.text.contains("profession,female,male,total"))
        let xlsx = leyla.get("/reports/download?report=trained&format=xlsx")
        #expect(xlsx.response.body.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a ZIP: the workbook")
    }

    @Test("without a session every signed-in page, read or write, sends the visitor to sign in, and nothing changes")
    func strangers() throws {
        let (cli, app) = try round()
        let before = try cli.checksum()
        let stranger = WebBrowser(app)
        for target in ["/home", "/trainees", "/trainees/upload", "/events", "/events/new", "/events/\(Self.event)", "/events/\(Self.event)/sessions/1",
                       "/events/\(Self.event)/scores", "/events/\(Self.event)/certificates", "/events/\(Self.event)/certificates.html", "/reports",
                       "/reports/download?format=csv"] {
            #expect(stranger.get(target).location == "/login", "GET \(target)")
        }
        for target in ["/trainees", "/events", "/events/\(Self.event)/enrol", "/events/\(Self.event)/sessions/1/mark", "/events/\(Self.event)/scores",
                       "/events/\(Self.event)/certificates", "/events/\(Self.event)/certificates/revoke"] {
            #expect(stranger.post(target, ["ref": "P1", "status": "present"], csrf: "x").location == "/login", "POST \(target)")
        }
        #expect(try cli.checksum() == before)
    }

    @Test("a missing or wrong form token is refused with 403 on every form, and nothing changes")
    func forgedForms() throws {
        let (cli, app) = try round()
        let leyla = browser(app, "leyla")
        leyla.get("/events/\(Self.event)")
        let before = try cli.checksum()
        let posts: [(String, [String: String])] = [
            ("/trainees", ["name": "Yeni Adam", "sex": "kişi", "profession": "Polis əməkdaşı"]),
            ("/events", ["course": "DV-101", "start": "2021-12-13"]),
            ("/events/\(Self.event)/enrol", ["ref": "P1"]),
            ("/events/\(Self.event)/sessions/1/mark", ["ref": "P1", "status": "present"]),
            ("/events/\(Self.event)/sessions/1/walk-in", ["name": "Yeni Adam", "sex": "kişi", "profession": "Polis əməkdaşı"]),
            ("/events/\(Self.event)/scores", ["post:T-00001": "18"]),
            ("/events/\(Self.event)/certificates", [:]),
        ]
        for (target, fields) in posts {
            #expect(leyla.post(target, fields, csrf: leyla.wrongToken).status == 403, "wrong token: \(target)")
            #expect(leyla.post(target, fields, csrf: "").status == 403, "no token: \(target)")
        }
        #expect(leyla.upload("/trainees/upload", file: "a.csv", "full_name;sex;profession\r\nA B;qadın;Hakim\r\n", csrf: leyla.wrongToken).status == 403)
        #expect(try cli.checksum() == before)
    }

    @Test("another centre's event answers 404 on every page and form, like one that does not exist; nothing changes")
    func otherCentre() throws {
        let (cli, app) = try round()
        let samir = browser(app, "samir")
        #expect(samir.get("/events/DV-SHUVALAN-2021-11").status == 200, "his own centre's event")
        #expect(!samir.get("/events").text.contains(Self.event), "Saatlı's event is not listed for him")
        let before = try cli.checksum()
        for target in ["/events/\(Self.event)", "/events/\(Self.event)/sessions/1", "/events/\(Self.event)/scores", "/events/\(Self.event)/certificates",
                       "/events/\(Self.event)/certificates.html", "/events/NO-SUCH-EVENT"] {
            #expect(samir.get(target).status == 404, "GET \(target)")
        }
        #expect(samir.post("/events/\(Self.event)/sessions/1/mark", ["ref": "P1", "status": "absent"]).status == 404)
        #expect(samir.post("/events/\(Self.event)/enrol", ["ref": "P1"]).status == 404)
        #expect(samir.post("/events/\(Self.event)/scores", ["post:T-00001": "1"]).status == 404)
        #expect(samir.post("/events/\(Self.event)/certificates", [:]).status == 404)
        #expect(samir.post("/events/\(Self.event)/certificates/revoke", ["serial": "DV-2021-00001", "reason": "x"]).status == 404)
        #expect(try cli.checksum() == before)
        #expect(!samir.get("/reports?report=trained&by1=centre").text.contains("SAATLI"), "his report counts his centre only")
    }

    @Test("roles: a trainer takes roll calls and scores but does not schedule, enrol, certify or read reports; a viewer reads reports only")
    func roles() throws {
        let (cli, app) = try round()
        let aygun = browser(app, "aygun")
        #expect(aygun.get("/events/\(Self.event)/sessions/1").status == 200)
        #expect(aygun.post("/events/\(Self.event)/sessions/1/mark", ["ref": "P1", "status": "present"]).status == 303)
        #expect(aygun.get("/events/\(Self.event)/scores").status == 200)
        let viewer = browser(app, "nazirlik")
        let before = try cli.checksum()
        for target in ["/trainees", "/trainees/upload", "/events/new", "/events/\(Self.event)/certificates", "/reports"] {
            #expect(aygun.get(target).status == 403, "trainer GET \(target)")
        }
        #expect(aygun.post("/events/\(Self.event)/enrol", ["ref": "P1"]).status == 403)
        #expect(aygun.post("/events/\(Self.event)/certificates", [:]).status == 403)
        #expect(viewer.get("/reports?report=delivery&by1=centre").status == 200)
        #expect(viewer.get("/events/\(Self.event)/sessions/1").status == 403)
        #expect(viewer.post("/events/\(Self.event)/sessions/1/mark", ["ref": "P1", "status": "absent"]).status == 403)
        #expect(viewer.get("/trainees?q=a").status == 403)
        #expect(try cli.checksum() == before)
    }

    @Test("an HTML-looking name is text on every page that shows it")
    func escaping() throws {
        let (cli, app) = try round()
        for session in 1...6 { cli.run("attendance", "mark", Self.event, "--session", "\(session)", "--all-present") }
        for ref in ["P1", "P2", "P3"] { cli.run("assessment", "record", Self.event, ref, "--post", "18") }
        #expect(cli.run("certificate", "issue", Self.event).exitCode == 0)
        let leyla = browser(app, "leyla")
        for target in ["/events/\(Self.event)", "/events/\(Self.event)/sessions/1", "/events/\(Self.event)/scores", "/events/\(Self.event)/certificates",
                       "/events/\(Self.event)/certificates.html", "/trainees?q=script", "/events/\(Self.event)?q=script"] {
            let page = leyla.get(target)
            #expect(page.status == 200, "\(target)")
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !page.text.contains("<script>"), "\(target)")
        }
    }

    @Test("an upload with invalid rows stores nothing and lists every line like the CLI; skipping them stores the rest")
    func uploads() throws {
        let (cli, app) = try round()
        let leyla = browser(app, "leyla")
        let sheet = "full_name;sex;profession;email\r\nA Ə;qadın;Hakim;\r\nB Ç;;Hakim;\r\nC Ş;kişi;Aşpaz;\r\nD Ğ;kişi;Hakim;not-mail\r\n"
        let before = try cli.checksum()
        let refused = leyla.upload("/trainees/upload", file: "C:\\Users\\leyla\\signup.csv", sheet)
        #expect(refused.status == 400)
        try cli.write("signup-cli.csv", sheet)
        let problems = cli.run("trainee", "import", "signup-cli.csv").stderr
        for line in [3, 4, 5] {
            #expect(refused.text.contains("<li>signup.csv:\(line): sütun"), "line \(line) named, under the file's own name (not the browser's path), in Azerbaijani")
            #expect(problems.contains("signup-cli.csv:\(line):"), "and the CLI names it too")
        }
        #expect(refused.text.contains("sütun «sex»: boşdur") && refused.text.contains("«Aşpaz» məlum peşə deyil") && refused.text.contains("«not-mail» e-poçt ünvanı deyil"),
                "the reasons in the page's language")
        #expect(try cli.checksum() == before, "nothing stored")
        let skipped = leyla.upload("/trainees/upload", file: "signup.csv", sheet, fields: ["skip-invalid": "1"])
        #expect(skipped.status == 200 && skipped.text.contains("Buraxıldı: signup.csv:3"), "\(skipped.text.prefix(500))")
        #expect(cli.run("trainee", "list", "--search", "A Ə").stdout.contains("A Ə"))
        #expect(leyla.upload("/trainees/upload", file: "empty.csv", "").status == 400, "no file")
        #expect(leyla.send("POST", "/trainees/upload", body: Array("--x\r\nbroken".utf8), contentType: "multipart/form-data; boundary=x").status == 403,
                "a malformed body has no form token")
    }

    @Test("scores: one value out of range or not a number refuses the whole form")
    func scoreRefusals() throws {
        let (cli, app) = try round()
        let leyla = browser(app, "leyla")
        leyla.get("/events/\(Self.event)/scores")
        let before = try cli.checksum()
        let outOfRange = leyla.post("/events/\(Self.event)/scores", ["post:T-00001": "18", "post:T-00002": "21"])
        #expect(outOfRange.status == 400 && outOfRange.text.contains("21"))
        let notNumber = leyla.post("/events/\(Self.event)/scores", ["post:T-00001": "18", "pre:T-00003": "on səkkiz"])
        #expect(notNumber.status == 400 && notNumber.text.contains("Rəşad Abbasov") && notNumber.text.contains("value=\"on səkkiz\""))
        #expect(try cli.checksum() == before)
    }

    @Test("a person's record: a coordinator corrects their centre's trainee; another centre's coordinator gets 404; duplicates are merged by choice")
    func traineeRecords() throws {
        let (cli, app) = try round()
        let leyla = browser(app, "leyla")
        let record = leyla.get("/trainees/P1")
        #expect(record.status == 200 && record.text.contains("value=\"Aynur Əliyeva\""))
        let saved = leyla.post("/trainees/P1", ["name": "Aynur Əliyeva", "phone": "050 123 45 67", "national-id": "5ZX7K2M"])
        #expect(saved.text.contains("Dəyişikliklər yadda saxlanıldı"), "\(saved.text.prefix(300))")
        #expect(cli.run("trainee", "show", "P1").stdout.contains("+994501234567"), "the CLI sees the phone, normalised")
        let bad = leyla.post("/trainees/P1", ["email": "not-an-address"])
        #expect(bad.status == 400 && bad.text.contains("not-an-address"))
        let samir = browser(app, "samir")
        #expect(samir.get("/trainees/P1").status == 404, "Saatlı's trainee is not his to open")
        #expect(samir.post("/trainees/P1", ["phone": "055 000 00 00"]).status == 404)
        #expect(!cli.run("trainee", "show", "P1").stdout.contains("+994550000000"))

        // Two records of one person (same name, same phone): listed with the reason, merged by choice.
        #expect(cli.run("trainee", "add", "--name", "Rəşad  ABBASOV", "--sex", "kişi", "--profession", "Sosial işçi", "--ref", "DUP", "--force").exitCode == 0)
        let listed = leyla.get("/trainees/duplicates")
        #expect(listed.text.contains("eyni ad"), "\(listed.text.prefix(600))")
        let merged = leyla.post("/trainees/merge", ["keep": "T-00003", "other": "T-00004"])
        #expect(merged.text.contains("Birləşdirildi: T-00004 → T-00003"), "\(merged.text.prefix(600))")
        #expect(cli.run("trainee", "show", "DUP").stdout.contains("T-00003"), "the other's reference leads to the one kept")
    }

    @Test("sessions move and cancel from the event page; a move onto another booking is refused naming it, nothing stored")
    func sessions() throws {
        let (cli, app) = try round()
        let leyla = browser(app, "leyla")
        let moved = leyla.post("/events/\(Self.event)/sessions/6/move", ["date": "2021-10-25", "time": "17:00-20:00"])
        #expect(moved.text.contains("Sessiya köçürüldü: 6: 25 oktyabr 2021 17:00–20:00"), "\(moved.text.prefix(400))")
        let before = try cli.checksum()
        let clash = leyla.post("/events/\(Self.event)/sessions/5/move", ["date": "2021-10-25", "time": "09:30-12:30"])
        #expect(clash.status == 409 && clash.text.contains("\(Self.event), 1-ci sessiya, 25 oktyabr 2021, 09:30–12:30"), "the booking it would clash with is named")
        #expect(!clash.text.contains("--force") && !clash.text.contains("TR-0000") && !clash.text.contains("V-0000"), "no CLI flags or internal ids")
        #expect(leyla.post("/events/\(Self.event)/sessions/5/move", ["time": "25:00-26:00"]).status == 400)
        #expect(try cli.checksum() == before)
        let cancelled = leyla.post("/events/\(Self.event)/sessions/5/cancel", ["reason": "zal təmirdədir"])
        #expect(cancelled.text.contains("Sessiya ləğv edildi: 5"))
        #expect(cli.run("event", "show", Self.event).stdout.contains("cancelled"))
        let aygun = browser(app, "aygun")
        #expect(aygun.post("/events/\(Self.event)/sessions/4/cancel", [:]).status == 403, "a trainer does not change the schedule")
    }

    @Test("admins manage users in the browser; no one else reaches the page")
    func userAdministration() throws {
        let (cli, app) = try round()
        cli.input = ["Uzun-şifrə-2021"]
        #expect(cli.run("user", "add", "--name", "boss", "--role", "admin", "--password-stdin").exitCode == 0)
        #expect(browser(app, "leyla").get("/admin/users").status == 403)
        let boss = browser(app, "boss")
        #expect(boss.get("/admin/users").text.contains("samir"))
        let mismatch = boss.post("/admin/users", ["login": "yeni", "role": "trainer", "centre": "SAATLI", "password": "Uzun-şifrə-2021", "password2": "başqa-şifrə-2021"])
        #expect(mismatch.status == 400)
        let short = boss.post("/admin/users", ["login": "yeni", "role": "trainer", "centre": "SAATLI", "password": "qısa", "password2": "qısa"])
        #expect(short.status == 400, "the CLI's rule: at least 12 characters")
        let added = boss.post("/admin/users", ["login": "yeni", "role": "trainer", "centre": "SAATLI", "password": "Uzun-şifrə-2021", "password2": "Uzun-şifrə-2021"])
        #expect(added.text.contains("Əlavə edildi: yeni"), "\(added.text.prefix(400))")
        let samir = browser(app, "samir")
        #expect(boss.post("/admin/users/samir/disable", [:]).text.contains("samir"))
        #expect(samir.get("/home").location == "/login", "a disabled user's session is gone")
        #expect(cli.run("user", "list").stdout.contains("disabled"))
        #expect(boss.post("/admin/users/boss/disable", [:]).status == 400, "not oneself")
    }

    @Test("the ministry's dashboard shows progress against the programme's targets; a centre's does not")
    func dashboardTargets() throws {
        let (cli, _) = try round()
        for session in 1...6 { cli.run("attendance", "mark", Self.event, "--session", "\(session)", "--all-present") }
        let targets = try cli.write("targets.json", #"{"targets": [{"name": "Sosial işçilər", "target": 4, "measure": "attended", "where": {"profession": ["social-worker"]}}]}"#)
        let path = cli.databasePath
        let app = WebApp(
            openStore: cli.storeOpener, library: TemplateLibrary(root: BuiltInTemplates.folder), passwordIterations: 1000,
            targetsFile: targets)
        let ministry = browser(app, "nazirlik").get("/home").text
        #expect(ministry.range(of: #">Sosial işçilər</td><td[^>]*>3</td><td[^>]*>4</td><td[^>]*>75 %</td>"#, options: .regularExpression) != nil, "\(ministry)")
        #expect(!browser(app, "leyla").get("/home").text.contains("Sosial işçilər</td>"))
    }
}

@Suite("Web application: the event page's printing and withdrawal")
struct EventPrintTests {
    @Test("the event page names its trainers and offers the sheets, the grid, the matrix and the certificates to print; withdrawal moves the waitlist up")
    func printAndWithdraw() throws {
        let (cli, app) = try WebPagesTests().round()
        let leyla = WebPagesTests().browser(app, "leyla")
        let page = leyla.get("/events/\(WebPagesTests.event)")
        #expect(page.text.contains("Aygün Səfərova"), "the trainer is named")
        for link in ["/sheets.html\"", "/sheets.html?grid=1\"", "/attendance.html\"", "/certificates.html\""] {
            #expect(page.text.contains("/events/\(WebPagesTests.event)\(link)"), "\(link)")
        }
        let sheets = leyla.get("/events/\(WebPagesTests.event)/sheets.html")
        #expect(sheets.status == 200 && sheets.text.contains("Aynur Əliyeva") && sheets.text.contains("İştirakçıların qeydiyyat vərəqi"))
        #expect(sheets.text.components(separatedBy: "class=\"sheet\"").count - 1 == 6, "a sheet per session")
        let grid = leyla.get("/events/\(WebPagesTests.event)/sheets.html?grid=1")
        #expect(grid.status == 200 && grid.text.contains("İştirakçıların davamiyyət vərəqi"))
        let matrix = WebPagesTests().browser(app, "nazirlik").get("/events/\(WebPagesTests.event)/attendance.html")
        #expect(matrix.status == 200 && matrix.text.contains("Davamiyyət cədvəli"), "the ministry's viewer reads the matrix")
        // Another centre's coordinator, a trainer, the public.
        let samir = WebPagesTests().browser(app, "samir")
        for path in ["sheets.html", "attendance.html"] { #expect(samir.get("/events/\(WebPagesTests.event)/\(path)").status == 404) }
        #expect(WebBrowser(app).get("/events/\(WebPagesTests.event)/sheets.html").location == "/login")
        let aygun = WebPagesTests().browser(app, "aygun")
        let before = try cli.checksum()
        #expect(aygun.post("/events/\(WebPagesTests.event)/withdraw", ["ref": "T-00002"]).status == 403)
        #expect(samir.post("/events/\(WebPagesTests.event)/withdraw", ["ref": "T-00002"]).status == 404)
        #expect(try cli.checksum() == before)
        let withdrawn = leyla.post("/events/\(WebPagesTests.event)/withdraw", ["ref": "T-00002"])
        #expect(withdrawn.status == 200 && withdrawn.text.contains("T-00002 təlimdən çıxarıldı"), "\(withdrawn.text.prefix(300))")
        #expect(cli.run("event", "show", WebPagesTests.event).stdout.contains("withdrawn"), "\(cli.run("event", "show", WebPagesTests.event).stdout)")
    }

    @Test("the events list: each event's centre, dates and places taken; national users filter by centre, everyone by status and period")
    func eventsList() throws {
        let (cli, app) = try WebPagesTests().round()
        defer { withExtendedLifetime(cli) {} }
        let leyla = WebPagesTests().browser(app, "leyla").get("/events").text
        #expect(leyla.contains("Saatlı Ailə və Uşaq Dəstək Xidməti Mərkəzi") && leyla.contains("data-label=\"Yazılıb / yer\">3<"), "\(leyla.suffix(1500))")
        #expect(!leyla.contains("name=\"centre\""), "a centre's user sees only their centre: no centre to choose")
        let viewer = WebPagesTests().browser(app, "nazirlik")
        let all = viewer.get("/events").text
        #expect(all.contains(WebPagesTests.event) && all.contains("DV-SHUVALAN-2021-11") && all.contains("name=\"centre\""))
        let shuvalan = viewer.get("/events?centre=SHUVALAN").text
        #expect(shuvalan.contains("DV-SHUVALAN-2021-11") && !shuvalan.contains(">\(WebPagesTests.event)<"))
        let november = viewer.get("/events?from=2021-11-01&to=2021-11-30").text
        #expect(november.contains("DV-SHUVALAN-2021-11") && !november.contains(">\(WebPagesTests.event)<"))
        let held = viewer.get("/events?status=held").text
        #expect(!held.contains(">DV-SHUVALAN-2021-11<"), "nothing of Şüvəlan's is held")
    }

    @Test("the dashboard leads with what to do next: today's sessions with their roll calls, then recent events waiting for scores or certificates")
    func nextSteps() throws {
        let (cli, _) = try WebPagesTests().round()
        let path = cli.databasePath
        func app(at time: TimeInterval) -> WebApp {
            WebApp(openStore: cli.storeOpener, library: TemplateLibrary(root: BuiltInTemplates.folder), passwordIterations: 1000,
                   now: { Date(timeIntervalSince1970: time) })
        }
        // 26 October 2021, 10:00 in Baku: the second day of Saatlı's event.
        let during = WebPagesTests().browser(app(at: 1_635_228_000), "leyla").get("/home").text
        #expect(during.contains("Bu gün") && during.contains("/events/\(WebPagesTests.event)/sessions/3\"") && during.contains("/events/\(WebPagesTests.event)/sessions/4/check-in\""),
                "\(during.prefix(1500))")
        for session in 1...6 { cli.run("attendance", "mark", WebPagesTests.event, "--session", "\(session)", "--all-present") }
        cli.run("assessment", "record", WebPagesTests.event, "T-00001", "--post", "18")
        // 1 November 2021: the event is over; two people still lack a post-test, one certificate is due.
        let after = WebPagesTests().browser(app(at: 1_635_739_200), "leyla").get("/home").text
        #expect(after.contains("Bu gün sessiya yoxdur") && after.contains("Gözləyən işlər"), "\(after.components(separatedBy: "<h1>").last?.prefix(1500) ?? "")")
        #expect(after.contains("2 nəfərin yekun test balı yazılmayıb") && after.contains("1 nəfər kursu bitirib, sertifikat verilməyib"), "\(after.prefix(2500))")
        let viewer = WebPagesTests().browser(app(at: 1_635_739_200), "nazirlik").get("/home").text
        #expect(!viewer.contains("Gözləyən işlər"), "the ministry's viewer has nothing to do there")
    }
}
