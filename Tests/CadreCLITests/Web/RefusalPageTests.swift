import CadreStore
import CadreWeb
import Foundation
import Testing

/// The domain's refusals as a coordinator meets them in the browser: in the page's language
/// (az and ru here), naming rooms, people and dates as pages do, never a CLI flag, with the
/// form's input kept and the page's own way on — an override with its reason, audited.
@Suite("Web application: refusals in the page's language")
struct RefusalPageTests {
    static let event = "DV-SAATLI-2021-10"

    func setUp() throws -> (CLIHarness, WebApp) {
        let cli = try CLIHarness()
        cli.environment["CADRE_PASSWORD_ITERATIONS"] = "1000"
        try cli.saatliEvent(names: ["Aynur Əliyeva", "Rəşad Abbasov"])
        cli.input = ["Uzun-şifrə-2021"]
        #expect(cli.run("user", "add", "--name", "leyla", "--role", "coordinator", "--centre", "SAATLI", "--password-stdin").exitCode == 0)
        return (cli, WebBrowser.app(cli))
    }

    func browser(_ app: WebApp, language: String) -> WebBrowser {
        let browser = WebBrowser(app)
        browser.get("/login?lang=\(language)")
        #expect(browser.signIn("leyla", "Uzun-şifrə-2021").status == 303)
        return browser
    }

    /// The schedule form's fields for a second event on the first one's days, with its trainer and room.
    static let clashing = ["course": "DV-101", "venue": "V-00001", "start": "2021-10-26", "days": "3", "capacity": "25", "code": "SECOND-2021"]

    @Test("a scheduling clash, in Azerbaijani and Russian: the clashes listed in words, the input kept, an override that needs its reason and is audited")
    func schedulingClash() throws {
        let (cli, app) = try setUp()
        for (language, words, trainerWords) in [("az", "Toqquşma var", "Təlimçi Aygün Səfərova həmin vaxt məşğuldur"), ("ru", "Есть пересечения", "Тренер Aygün Səfərova в это время занят")] {
            let leyla = browser(app, language: language)
            let before = try cli.checksum()
            let refused = leyla.post("/events", Self.clashing, repeated: [("trainer", "TR-00001")])
            #expect(refused.status == 409 && refused.text.contains(words) && refused.text.contains(trainerWords),
                    "\(language): \(refused.status) \(refused.text.components(separatedBy: "<body>").last?.prefix(1500) ?? "")")
            #expect(!refused.text.contains("--force") && !refused.text.contains("nothing was changed") && !refused.text.contains("TR-00001 ("), "\(language): no CLI words")
            // The input is kept: the course chosen, the room, the dates, the trainer ticked, the code.
            for kept in ["<option value=\"DV-101\" selected>", "<option value=\"V-00001\" selected>", "value=\"2021-10-26\"", "value=\"25\"",
                         "value=\"SECOND-2021\"", "value=\"TR-00001\" checked"] {
                #expect(refused.text.contains(kept), "\(language): \(kept) kept")
            }
            #expect(refused.text.contains("name=\"override\""), "the page offers its own way on")
            let noReason = leyla.post("/events", Self.clashing.merging(["override": "1"]) { $1 }, repeated: [("trainer", "TR-00001")])
            #expect(noReason.status == 400 && noReason.text.contains(language == "az" ? "səbəbi yazın" : "укажите причину"))
            #expect(try cli.checksum() == before, "nothing stored")
        }
        let leyla = browser(app, language: "az")
        let forced = leyla.post("/events", Self.clashing.merging(["override": "1", "override-reason": "Yeganə zal; təlimçi razıdır"]) { $1 }, repeated: [("trainer", "TR-00001")])
        #expect(forced.status == 303 && forced.location == "/events/SECOND-2021")
        let audited = try cli.scalar("SELECT detail FROM audit_log WHERE action = 'schedule.override' AND actor = 'web:leyla'").stringValue ?? ""
        #expect(audited.contains("Yeganə zal; təlimçi razıdır"), "the reason is recorded: \(audited)")
    }

    @Test("a session move onto another booking: named in the page's words, and moved anyway with a reason")
    func moveClash() throws {
        let (cli, app) = try setUp()
        let leyla = browser(app, language: "ru")
        let refused = leyla.post("/events/\(Self.event)/sessions/5/move", ["date": "2021-10-25", "time": "09:30-12:30"])
        #expect(refused.status == 409 && refused.text.contains("\(Self.event), занятие 1, 25 октября 2021, 09:30–12:30"), "\(refused.text.prefix(800))")
        #expect(refused.text.contains("name=\"override-reason\"") && refused.text.contains("value=\"09:30-12:30\""))
        let before = try cli.checksum()
        #expect(leyla.post("/events/\(Self.event)/sessions/5/move", ["date": "2021-10-25", "time": "09:30-12:30", "override": "1"]).status == 409,
                "an override without its reason is no override")
        #expect(try cli.checksum() == before)
        let moved = leyla.post("/events/\(Self.event)/sessions/5/move", ["date": "2021-10-25", "time": "09:30-12:30", "override": "1", "override-reason": "совместное занятие"])
        #expect(moved.status == 200, "\(moved.text.prefix(300))")
        #expect(cli.run("session", "list", Self.event).stdout.contains("2021-10-25"))
    }

    @Test("other refusals in Russian: too few days for the course, an unknown participant, a score out of range")
    func otherRefusals() throws {
        let (cli, app) = try setUp()
        defer { withExtendedLifetime(cli) {} }
        let leyla = browser(app, language: "ru")
        let short = leyla.post("/events", ["course": "DV-101", "start": "2021-11-08", "days": "2"])
        #expect(short.status == 400 && short.text.contains("курсу нужно 18 ч") && !short.text.contains("--days"), "\(short.text.suffix(3000).prefix(600))")
        #expect(short.text.contains("value=\"2\""), "the days typed are kept")
        let unknown = leyla.post("/events/\(Self.event)/sessions/1/mark", ["ref": "NOBODY-1", "status": "present"])
        #expect(unknown.status == 400 && unknown.text.contains("Участник «NOBODY-1» не найден"), "\(unknown.text.prefix(600))")
        let score = leyla.post("/events/\(Self.event)/scores", ["post:T-00001": "99"])
        #expect(score.status == 400 && score.text.contains("вне диапазона 0–20"), "\(score.text.prefix(800))")
    }

    @Test("enrolment outside the course's audience and the users form's refusals, in Azerbaijani and Russian, with the form's input kept")
    func audienceAndUsers() throws {
        let (cli, app) = try setUp()
        cli.input = ["Uzun-şifrə-2021"]
        #expect(cli.run("user", "add", "--name", "boss", "--role", "admin", "--password-stdin").exitCode == 0)
        #expect(cli.run("trainee", "add", "--name", "Səbinə Hakimova", "--sex", "f", "--profession", "judge", "--ref", "J1").exitCode == 0)
        let users = cli.run("user", "list").stdout
        let expected: [String: (audience: String, taken: String, short: String, centre: String)] = [
            "az": ("Səbinə Hakimova (T-00003): peşəsi «Hakim» DV-101 kursunun auditoriyasına daxil deyil", "«leyla» giriş adı artıq istifadə olunur.",
                   "Parol ən azı 12 simvol olmalıdır (5 yazılıb).", "Bu rol (koordinator) bir mərkəzə bağlıdır"),
            "ru": ("Səbinə Hakimova (T-00003): профессия «Судья» не входит в аудиторию курса DV-101", "Логин «leyla» уже занят.",
                   "Пароль должен содержать не меньше 12 символов (введено 5).", "Эта роль (координатор) относится к центру"),
        ]
        for (language, words) in expected.sorted(by: { $0.key < $1.key }) {
            let leyla = browser(app, language: language)
            let audience = leyla.post("/events/\(Self.event)/enrol", [:], repeated: [("ref", "J1")])
            #expect(audience.status == 409 && audience.text.contains(words.audience) && !audience.text.contains("profession '"), "\(language): \(audience.text.suffix(900))")
            let boss = WebBrowser(app)
            boss.get("/login?lang=\(language)")
            #expect(boss.signIn("boss", "Uzun-şifrə-2021").status == 303)
            let taken = boss.post("/admin/users", ["login": "leyla", "role": "viewer", "password": "Uzun-şifrə-2021", "password2": "Uzun-şifrə-2021"])
            #expect(taken.status == 400 && taken.text.contains(words.taken), "\(language)")
            #expect(taken.text.contains("value=\"leyla\"") && taken.text.contains("<option value=\"viewer\" selected>"), "the typed login and role are kept")
            #expect(!taken.text.contains("Uzun-şifrə-2021"), "never the password")
            let short = boss.post("/admin/users", ["login": "new1", "role": "viewer", "password": "short", "password2": "short"])
            #expect(short.status == 400 && short.text.contains(words.short), "\(language)")
            let noCentre = boss.post("/admin/users", ["login": "new2", "role": "coordinator", "password": "Uzun-şifrə-2021", "password2": "Uzun-şifrə-2021"])
            #expect(noCentre.status == 400 && noCentre.text.contains(words.centre) && !noCentre.text.contains("--centre"), "\(language)")
        }
        #expect(cli.run("user", "list").stdout == users, "no user added")
        #expect(cli.run("event", "show", Self.event).stdout.contains("Enrolled: 2 of"), "nobody enrolled")
    }

    @Test("a revocation without its reason and a withdrawal of someone not enrolled, in Azerbaijani and Russian; nothing changed")
    func certificatesAndWithdrawal() throws {
        let (cli, app) = try setUp()
        for session in 1...6 { cli.run("attendance", "mark", Self.event, "--session", "\(session)", "--all-present") }
        for ref in ["P1", "P2"] { cli.run("assessment", "record", Self.event, ref, "--post", "18") }
        #expect(cli.run("certificate", "issue", Self.event).exitCode == 0)
        #expect(cli.run("trainee", "add", "--name", "Səbinə Hakimova", "--sex", "f", "--profession", "social-worker", "--ref", "S1").exitCode == 0)
        let before = cli.run("certificate", "register").stdout + cli.run("event", "show", Self.event).stdout
        for (language, reason, notEnrolled) in [
            ("az", "Ləğv etmək üçün səbəb yazın.", "T-00003 DV-SAATLI-2021-10 tədbirinə yazılmayıb."),
            ("ru", "Укажите причину отзыва.", "T-00003: нет записи на DV-SAATLI-2021-10."),
        ] {
            let leyla = browser(app, language: language)
            let revoke = leyla.post("/events/\(Self.event)/certificates/revoke", ["serial": "DV-2021-00001", "reason": "  "])
            #expect(revoke.status == 400 && revoke.text.contains(reason), "\(language): \(revoke.text.suffix(1200))")
            let withdraw = leyla.post("/events/\(Self.event)/withdraw", ["ref": "S1"])
            #expect(withdraw.status == 409 && withdraw.text.contains(notEnrolled), "\(language): \(withdraw.text.suffix(800))")
        }
        #expect(cli.run("certificate", "register").stdout + cli.run("event", "show", Self.event).stdout == before, "nothing revoked, nobody withdrawn")
    }

    static let workbooks = ReadmeWalkthroughTests.repository.appendingPathComponent("Tests/CadreKitTests/Fixtures/workbooks")

    @Test("an Excel sign-up sheet uploads as it is; a workbook that cannot be read is refused in the page's language, saying how to save it as CSV")
    func workbookUpload() throws {
        let (cli, app) = try setUp()
        let leyla = browser(app, language: "az")
        let workbook = try Array(Data(contentsOf: Self.workbooks.appendingPathComponent("openpyxl-signup.xlsx")))
        let uploaded = leyla.upload("/trainees/upload", file: "Qeydiyyat.xlsx", bytes: workbook)
        #expect(uploaded.status == 200 && uploaded.text.contains("Fayl yükləndi"), "\(uploaded.text.suffix(2000).prefix(600))")
        #expect(["XL-1", "XL-2", "XL-3"].allSatisfy { cli.run("trainee", "show", $0).exitCode == 0 }, "the three people of the sheet")
        #expect(cli.run("trainee", "show", "XL-1").stdout.contains("1985-03-12"), "the date cell is the date of birth")
        let ru = browser(app, language: "ru")
        let broken = ru.upload("/trainees/upload", file: "сломанный.xlsx", bytes: Array(workbook.prefix(900)))
        #expect(broken.status == 400 && broken.text.contains("сломанный.xlsx:1: Cadre не может прочитать эту книгу Excel") && broken.text.contains("CSV UTF-8"),
                "\(broken.text.suffix(2500).prefix(800))")
        let old = ru.upload("/trainees/upload", file: "старый.xls", bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 64))
        #expect(old.status == 400 && old.text.contains("старая книга Excel (.xls)"))
    }
}
