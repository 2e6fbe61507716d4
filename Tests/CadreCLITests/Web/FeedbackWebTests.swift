import CadreKit
import CadreModel
import CadreRender
import CadreStore
import CadreTemplates
import CadreWeb
import Foundation
import Testing

/// Feedback on a phone (issue #34): the last session's feedback QR code and its form, and a
/// personal follow-up link — what each accepts and refuses, in the page's language, with what
/// was typed kept; and the coordinator's pages beside them.
@Suite("Feedback in the web application")
struct FeedbackWebTests {
    static let event = CheckInTests.event
    /// 27 October 2021, 13:40 in Baku: ten minutes into session 6 (13:30–16:30), the last.
    static let duringLastSession = Date(timeIntervalSince1970: 1_635_328_000)

    /// The check-in round (P1–P3 enrolled, OUT of Saatlı not enrolled, FAR of no centre), the
    /// built-in questionnaires, a coordinator of Saatlı and one of Şüvəlan.
    func setUp() throws -> (CLIHarness, WebApp, CheckInTests.Clock) {
        let (cli, app, clock) = try CheckInTests().setUp()
        #expect(cli.run("questionnaire", "import").exitCode == 0)
        #expect(cli.run("centre", "add", "--code", "SHUVALAN", "--name", "Şüvəlan mərkəzi", "--region", "Bakı").exitCode == 0)
        for (login, centre) in [("leyla", "SAATLI"), ("other", "SHUVALAN")] {
            cli.input = ["Uzun-şifrə-2021"]
            #expect(cli.run("user", "add", "--name", login, "--role", "coordinator", "--centre", centre, "--password-stdin").exitCode == 0)
        }
        clock.set(Self.duringLastSession)
        return (cli, app, clock)
    }

    /// A complete end-of-training form as the phone's fields send it.
    static let answers = [
        "a.relevance": "5", "a.trainer": "4", "a.organisation": "4", "a.confidence": "5", "a.most-useful": "referral", "a.recommend": "yes",
        "a.comments": "Более практики",
    ]

    /// The feedback code's token on the trainer's screen of `session`, if it shows one.
    func feedbackToken(_ trainer: WebBrowser, session: Int = 6) -> String? {
        let page = trainer.get("/events/\(Self.event)/sessions/\(session)/check-in")
        return page.text.range(of: "https://cadre.example.gov.az/f/").map { String(page.text[$0.upperBound...].prefix { $0 != "<" }) }
    }

    /// A Russian phone: opens the form from the code, then sends `fields` with its ticket.
    func answer(_ app: WebApp, token: String, _ fields: [String: String], client: String = "10.2.2.2") -> (form: WebBrowser.Page, sent: WebBrowser.Page) {
        let phone = WebBrowser(app, client: client)
        phone.extraHeaders = [("Accept-Language", "ru-RU,ru;q=0.9")]
        let form = phone.get("/f/" + token)
        let ticket = form.text.range(of: "name=\"ticket\" value=\"").map { String(form.text[$0.upperBound...].prefix { $0 != "\"" }) } ?? ""
        return (form, phone.post("/f", fields.merging(["ticket": ticket]) { $1 }))
    }

    func count(_ cli: CLIHarness, _ sql: String) throws -> Int { try cli.scalar(sql).intValue ?? -1 }

    @Test("the last session's screen shows a feedback code (no other session's does); a Russian phone answers once, enrolled people only, refusals in Russian with what was typed kept")
    func door() throws {
        let (cli, app, clock) = try setUp()
        let trainer = WebBrowser(app)
        #expect(trainer.signIn("aygun", "Uzun-şifrə-2021").status == 303)
        clock.set(CheckInTests.duringSession1)
        #expect(feedbackToken(trainer, session: 1) == nil, "session 1 is not the last: no feedback code")
        clock.set(Self.duringLastSession)
        let token = try #require(feedbackToken(trainer))
        #expect(trainer.get("/events/\(Self.event)/sessions/6/check-in").text.contains("/c/"), "the check-in code is still there beside it")

        let (form, sent) = answer(app, token: token, Self.answers.merging(["ref": "P1"]) { $1 })
        #expect(form.status == 200 && form.text.contains("lang=\"ru\"") && form.text.contains("name=\"a.relevance\""), "\(form.text.prefix(400))")
        #expect(form.text.contains("без имени"), "the form says answers are stored without the name")
        #expect(sent.status == 200 && sent.text.contains("Спасибо, Günel!"), "\(sent.status) \(sent.text.prefix(600))")
        #expect(try count(cli, "SELECT count(*) FROM feedback_response") == 1)
        #expect(try count(cli, "SELECT count(*) FROM feedback_respondent WHERE channel = 'door'") == 1)

        let again = answer(app, token: token, Self.answers.merging(["ref": "P1"]) { $1 }).sent
        #expect(again.status == 409 && again.text.contains("уже ответили"), "one form per person")
        #expect(try count(cli, "SELECT count(*) FROM feedback_response") == 1)

        // Not enrolled — a walk-in of the centre, someone of no centre, nobody — is "not found", as at check-in.
        for ref in ["OUT", "FAR", "NOBODY"] {
            let refused = answer(app, token: token, Self.answers.merging(["ref": ref]) { $1 }).sent
            #expect(refused.status == 422 && refused.text.contains("Мы не нашли вас"), "\(ref): \(refused.text.prefix(300))")
            #expect(refused.text.contains("value=\"\(ref)\""), "what was typed is kept")
            #expect(refused.text.contains("value=\"5\" checked"), "and the answers chosen")
        }
        // A required answer missing: said beside the question, the rest kept.
        var missing = Self.answers.merging(["ref": "P2"]) { $1 }
        missing["a.relevance"] = nil
        let incomplete = answer(app, token: token, missing).sent
        #expect(incomplete.status == 422 && incomplete.text.contains("Пожалуйста, выберите ответ.") && incomplete.text.contains("Более практики"))
        // The check-in code opens no feedback form, and the feedback code checks nobody in.
        let screen = trainer.get("/events/\(Self.event)/sessions/6/check-in").text
        let checkInToken = try #require(screen.range(of: "https://cadre.example.gov.az/c/").map { String(screen[$0.upperBound...].prefix { $0 != "<" }) })
        #expect(WebBrowser(app).get("/f/" + checkInToken).status == 404)
        let phone = WebBrowser(app, client: "10.3.3.3")
        phone.get("/c")
        #expect(phone.post("/c/" + token, ["ref": "P3"]).status == 422)
        #expect(try count(cli, "SELECT count(*) FROM feedback_response") == 1, "nothing stored by any refusal")

        // The web's feedback report by trainer: one form is "<5" for the coordinator of the
        // event's centre; the trainer's name is shown to no national user.
        let coordinator = WebBrowser(app)
        coordinator.signIn("leyla", "Uzun-şifrə-2021")
        let byTrainer = coordinator.get("/reports?report=feedback&group=trainer")
        #expect(byTrainer.status == 200 && byTrainer.text.contains("TR-00001 Aygün Səfərova") && byTrainer.text.contains("&lt;5"), "\(byTrainer.text.suffix(1500))")
        #expect(!byTrainer.text.contains(">1<"), "the one form is not counted out loud")
        cli.input = ["Uzun-şifrə-2021"]
        #expect(cli.run("user", "add", "--name", "nazirlik", "--role", "viewer", "--password-stdin").exitCode == 0)
        let viewer = WebBrowser(app)
        viewer.signIn("nazirlik", "Uzun-şifrə-2021")
        let national = viewer.get("/reports?report=feedback&group=trainer")
        #expect(national.status == 200 && national.text.contains(Self.event) && !national.text.contains("Aygün Səfərova"), "\(national.text.suffix(1500))")
    }

    @Test("an opened form is good for 45 minutes, then refused as expired; a forged ticket and a missing form token are refused; nothing stored")
    func ticket() throws {
        let (cli, app, clock) = try setUp()
        let trainer = WebBrowser(app)
        trainer.signIn("aygun", "Uzun-şifrə-2021")
        let token = try #require(feedbackToken(trainer))
        let phone = WebBrowser(app, client: "10.4.4.4")
        let form = phone.get("/f/" + token)
        let ticket = try #require(form.text.range(of: "name=\"ticket\" value=\"").map { String(form.text[$0.upperBound...].prefix { $0 != "\"" }) })
        clock.advance(46 * 60)
        let late = phone.post("/f", Self.answers.merging(["ref": "P1", "ticket": ticket]) { $1 })
        #expect(late.status == 410 && late.text.contains("çox uzun müddət"), "\(late.text.prefix(400))")
        clock.set(Self.duringLastSession)
        let parts = ticket.split(separator: "-")
        let forged = phone.post("/f", Self.answers.merging(["ref": "P1", "ticket": "\(parts[0])-\(Int(parts[1])! + 60)-\(parts[2])"]) { $1 })
        #expect(forged.status == 404)
        phone.get("/f/" + token)
        #expect(phone.post("/f", Self.answers.merging(["ref": "P1", "ticket": ticket]) { $1 }, csrf: phone.wrongToken).status == 403)
        #expect(try count(cli, "SELECT count(*) FROM feedback_response") == 0)
        // After the last session and its hour, the screen shows no feedback code and an old one opens nothing.
        clock.advance(4 * 3600)
        #expect(feedbackToken(trainer) == nil)
        #expect(WebBrowser(app).get("/f/" + token).status == 410)
    }

    /// P1 and P2 complete (every session, post-test passed); P3 does not.
    func completed(_ cli: CLIHarness) {
        for session in 1...6 {
            #expect(cli.run("attendance", "mark", Self.event, "P1", "P2", "--session", String(session), "--status", "present").exitCode == 0)
            #expect(cli.run("attendance", "mark", Self.event, "P3", "--session", String(session), "--status", "absent").exitCode == 0)
        }
        for ref in ["P1", "P2", "P3"] { #expect(cli.run("assessment", "record", Self.event, ref, "--post", "15").exitCode == 0) }
    }

    @Test("follow-up: links for completers only, refused before due unless forced; a link opens in the person's language once, until it expires")
    func followUp() throws {
        let (cli, app, clock) = try setUp()
        completed(cli)
        // The harness's clock stands in October 2021: the follow-up is due three months after the 27th.
        let early = cli.run("followup", "list", Self.event, "--public-url", "https://cadre.example.gov.az")
        #expect(early.exitCode != 0 && early.stderr.contains("due on 2022-01-27"), "\(early.stderr)")
        #expect(try count(cli, "SELECT count(*) FROM follow_up_link") == 0)
        let made = cli.run("followup", "list", Self.event, "--public-url", "https://cadre.example.gov.az", "--now")
        #expect(made.exitCode == 0, "\(made.stderr)")
        let bytes = try Data(contentsOf: cli.folder.appendingPathComponent("\(Self.event)-followup.csv"))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "a byte-order mark, for Excel")
        let csv = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let rows = csv.split(separator: "\r\n").map(String.init)
        #expect(rows.count == 3, "P1 and P2 completed; P3 did not: \(csv)")
        #expect(rows[0].hasPrefix("trainee_ref,name,phone,email,language,link"))
        let tokens = rows.dropFirst().compactMap { row in row.range(of: "https://cadre.example.gov.az/q/").map { String(row[$0.upperBound...].prefix(20)) } }
        #expect(tokens.count == 2)
        #expect(try count(cli, "SELECT count(*) FROM follow_up_link") == 2)
        #expect(try count(cli, "SELECT count(*) FROM follow_up_link WHERE token_hash = '\(tokens[0])'") == 0, "only the hash is stored")

        // The person's phone, on an application that keeps its request log.
        let lines = LogLines()
        let logged = WebApp(
            openStore: cli.storeOpener, library: TemplateLibrary(root: BuiltInTemplates.folder), passwordIterations: 1000,
            publicURL: "https://cadre.example.gov.az", log: RequestLog { lines.append($0) }, now: { clock.now })
        let person = WebBrowser(logged, client: "10.5.5.5")
        let page = person.get("/q/" + tokens[0])
        #expect(page.status == 200 && page.text.contains("lang=\"az\"") && page.text.contains("name=\"a.referred-case\""), "\(page.text.prefix(300))")
        #expect(page.text.contains("Məişət zorakılığının") && page.text.contains("25–27 oktyabr 2021"), "the page names the training it asks about")
        let fields = ["a.referred-case": "yes", "a.applied": "4", "a.cooperation": "4", "a.barrier": "time"]
        #expect(page.text.contains("action=\"/q/\(tokens[0])?lang=az\""), "sent back in the language it was shown in")
        let done = person.post("/q/" + tokens[0] + "?lang=az", fields)
        #expect(done.status == 200 && done.text.contains("Təşəkkür edirik!"), "\(done.status) \(done.text.prefix(500))")
        #expect(person.get("/q/" + tokens[0]).status == 409, "a link answers once")
        let rate = cli.run("report", "feedback", "--questionnaire", "FOLLOW-UP", "--suppress-below", "1", "--format", "csv", "--lang", "en").stdout
        #expect(rate.contains("\(Self.event),Forms returned (% of people sent a link),,1,50.0"), "one of the two sent a link answered: \(rate)")
        #expect(lines.all.count == 3 && lines.all.allSatisfy { $0.contains("/q/:token") && !$0.contains(tokens[0]) }, "the log names the route, never the token: \(lines.all)")
        #expect(try count(cli, "SELECT count(*) FROM feedback_respondent WHERE channel = 'link'") == 1)
        #expect(try count(cli, "SELECT count(*) FROM feedback_response WHERE enrollment_id IS NULL") == 1, "FOLLOW-UP is not linked to the person")
        // A second run makes a link for P2 only (P1 has answered).
        #expect(cli.run("followup", "list", Self.event, "--public-url", "https://cadre.example.gov.az", "--now", "--force").stdout.contains("1 follow-up link"))
        // Expired: links made on 25 October open until 23 November; on the 27th of November the other opens nothing, and says when it ended.
        clock.advance(31 * 86_400)
        let expired = WebBrowser(app, client: "10.6.6.6").get("/q/" + tokens[1])
        #expect(expired.status == 410 && expired.text.contains("müddəti"), "\(expired.text.prefix(400))")
        #expect(WebBrowser(app, client: "10.7.7.7").get("/q/ABCDEFGHJKLMNPQRSTUV").status == 404)
    }

    @Test("the coordinator's follow-up page and feedback page: their own centre's event only; free text for its coordinator, not for another role")
    func coordinatorPages() throws {
        let (cli, app, _) = try setUp()
        completed(cli)
        let coordinator = WebBrowser(app)
        #expect(coordinator.signIn("leyla", "Uzun-şifrə-2021").status == 303)
        let page = coordinator.get("/events/\(Self.event)/follow-up")
        #expect(page.status == 200 && page.text.contains("name=\"days\""), "\(page.text.prefix(300))")
        let notDue = coordinator.post("/events/\(Self.event)/follow-up", ["days": "30", "language": "ru"])
        #expect(notDue.status == 409 && notDue.text.contains("27 yanvar 2022") && notDue.text.contains("value=\"30\""), "\(notDue.text.prefix(300))")
        let download = coordinator.post("/events/\(Self.event)/follow-up", ["days": "30", "language": "ru", "now": "1"])
        #expect(download.status == 200 && download.text.contains("/q/") && download.text.contains(",ru,"), "\(download.text.prefix(300))")
        #expect(download.response.headers.contains { $0.0 == "Content-Disposition" && $0.1.contains("attachment") })
        #expect(coordinator.post("/events/\(Self.event)/follow-up", ["days": "0"]).status == 422)

        let other = WebBrowser(app)
        other.signIn("other", "Uzun-şifrə-2021")
        #expect(other.get("/events/\(Self.event)/follow-up").status == 404, "another centre's event does not exist for them")
        #expect(other.post("/events/\(Self.event)/follow-up", ["days": "30"]).status == 404)
        #expect(other.get("/events/\(Self.event)/feedback").status == 404)
        #expect(WebBrowser(app).get("/events/\(Self.event)/feedback").status == 303, "the public is sent to sign in")
        let trainer = WebBrowser(app)
        trainer.signIn("aygun", "Uzun-şifrə-2021")
        #expect(trainer.get("/events/\(Self.event)/feedback").status == 404, "a trainer's account that names no trainer: not their event")

        // Five forms in: the coordinator sees the distribution and the free text; an admin the numbers only.
        for ref in ["P4", "P5"] {
            #expect(cli.run("trainee", "add", "--name", "Nəbiyeva \(ref)", "--sex", "qadın", "--profession", "Sosial işçi", "--ref", ref).exitCode == 0)
            #expect(cli.run("event", "enroll", Self.event, ref).exitCode == 0)
        }
        let database = try cli.openStore()
        defer { database.close() }
        for (index, ref) in ["P1", "P2", "P3", "P4", "P5"].enumerated() {
            let values = ["relevance": "5", "trainer": "4", "organisation": "4", "confidence": "4", "most-useful": "law", "recommend": "bəli",
                          "comments": index == 2 ? "Daha çox praktika" : ""]
            try FeedbackBook(database).submit(eventCode: Self.event, reference: ref, values: values, channel: .paper)
        }
        let shown = coordinator.get("/events/\(Self.event)/feedback")
        #expect(shown.status == 200 && shown.text.contains("Daha çox praktika") && shown.text.contains("Təlimin sonunda rəylər"), "\(shown.text.prefix(300))")
        cli.input = ["Uzun-şifrə-2021"]
        #expect(cli.run("user", "add", "--name", "root", "--role", "admin", "--password-stdin").exitCode == 0)
        let admin = WebBrowser(app)
        admin.signIn("root", "Uzun-şifrə-2021")
        let numbers = admin.get("/events/\(Self.event)/feedback")
        #expect(numbers.status == 200 && numbers.text.contains("Təlimin sonunda rəylər") && !numbers.text.contains("Daha çox praktika"))
        // The event's own trainer reads their scores, not the free text; the ministry's viewer neither.
        cli.input = ["Uzun-şifrə-2021"]
        let wrong = cli.run("user", "add", "--name", "sevda", "--role", "coordinator", "--centre", "SAATLI", "--trainer", "TR-00001", "--password-stdin")
        #expect(wrong.exitCode != 0 && wrong.stderr.contains("only a trainer's account names a trainer"), "\(wrong.stderr)")
        cli.input = ["Uzun-şifrə-2021"]
        #expect(cli.run("user", "add", "--name", "aygun2", "--role", "trainer", "--centre", "SAATLI", "--trainer", "TR-00001", "--password-stdin").exitCode == 0)
        #expect(cli.run("user", "list").stdout.contains("TR-00001"))
        let own = WebBrowser(app)
        own.signIn("aygun2", "Uzun-şifrə-2021")
        let scores = own.get("/events/\(Self.event)/feedback")
        #expect(scores.status == 200 && scores.text.contains("Təlimin sonunda rəylər") && !scores.text.contains("Daha çox praktika"), "\(scores.text.prefix(300))")
        #expect(cli.run("trainer", "add", "--name", "Rauf Həsənli", "--languages", "az").exitCode == 0)
        cli.input = ["Uzun-şifrə-2021"]
        #expect(cli.run("user", "add", "--name", "rauf", "--role", "trainer", "--centre", "SAATLI", "--trainer", "TR-00002", "--password-stdin").exitCode == 0)
        let another = WebBrowser(app)
        another.signIn("rauf", "Uzun-şifrə-2021")
        #expect(another.get("/events/\(Self.event)/feedback").status == 404, "another trainer of the centre does not read Aygün's scores")
        cli.input = ["Uzun-şifrə-2021"]
        #expect(cli.run("user", "add", "--name", "nazirlik", "--role", "viewer", "--password-stdin").exitCode == 0)
        let viewer = WebBrowser(app)
        viewer.signIn("nazirlik", "Uzun-şifrə-2021")
        #expect(viewer.get("/events/\(Self.event)/feedback").status == 404)
    }
}
