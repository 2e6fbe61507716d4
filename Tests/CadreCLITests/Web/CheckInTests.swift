import CadreKit
import CadreModel
import CadreRender
import CadreStore
import CadreTemplates
import CadreWeb
import Foundation
import Synchronization
import Testing

/// Self check-in by QR code (issue #23), as the trainer's screen and a participant's phone use
/// it, on a clock the test moves: what is accepted, what is refused with which words, and that
/// only confirmed arrivals become marks.
@Suite("Self check-in")
struct CheckInTests {
    static let event = "DV-SAATLI-2021-10"
    /// 25 October 2021, 09:40 in Baku: ten minutes into session 1 (09:30–12:30).
    static let duringSession1 = Date(timeIntervalSince1970: 1_635_140_400)

    final class Clock: Sendable {
        let time = Mutex(CheckInTests.duringSession1)
        func set(_ date: Date) { time.withLock { $0 = date } }
        func advance(_ seconds: Double) { time.withLock { $0 += seconds } }
        var now: Date { time.withLock { $0 } }
    }

    /// Saatlı's event with three people (P1 with a phone); a trainer; Rəşad registered but not
    /// enrolled; the app on the test's clock.
    func setUp() throws -> (CLIHarness, WebApp, Clock) {
        let cli = try CLIHarness()
        cli.environment["CADRE_PASSWORD_ITERATIONS"] = "1000"
        try cli.saatliEvent(names: ["Həsənova Günel", "Məmmədov Orxan", "Quliyeva Səbinə"])
        #expect(cli.run("trainee", "edit", "P1", "--phone", "050 123 45 67").exitCode == 0)
        #expect(cli.run("trainee", "add", "--name", "Abbasov Rəşad", "--sex", "kişi", "--profession", "Sosial işçi", "--phone", "055 765 43 21", "--ref", "OUT").exitCode == 0)
        // Rəşad is Saatlı's (first enrolled in its event, then withdrawn): he may ask to walk in.
        #expect(cli.run("event", "enroll", Self.event, "OUT").exitCode == 0 && cli.run("event", "withdraw", Self.event, "OUT").exitCode == 0)
        // Nərmin is in the national registry and no centre's: a phone must not find her.
        #expect(cli.run("trainee", "add", "--name", "Vəliyeva Nərmin", "--sex", "qadın", "--profession", "Sosial işçi", "--phone", "051 222 33 44", "--ref", "FAR").exitCode == 0)
        cli.input = ["Uzun-şifrə-2021"]
        #expect(cli.run("user", "add", "--name", "aygun", "--role", "trainer", "--centre", "SAATLI", "--password-stdin").exitCode == 0)
        let clock = Clock()
        let path = cli.databasePath
        let app = WebApp(
            openStore: cli.storeOpener, library: TemplateLibrary(root: BuiltInTemplates.folder), passwordIterations: 1000,
            publicURL: "https://cadre.example.gov.az", now: { clock.now })
        return (cli, app, clock)
    }

    /// The trainer's screen now: its page, the token in its QR code's URL and the typed code.
    func screen(_ trainer: WebBrowser, session: Int = 1) throws -> (page: WebBrowser.Page, token: String, typed: String) {
        let page = trainer.get("/events/\(Self.event)/sessions/\(session)/check-in")
        let url = try #require(page.text.range(of: "https://cadre.example.gov.az/c/").map { String(page.text[$0.upperBound...].prefix { $0 != "<" }) }, "\(page.status) \(page.text.prefix(300))")
        let typed = try #require(page.text.range(of: "<p class=\"typed\">").map { String(page.text[$0.upperBound...].prefix(6)) })
        return (page, url, typed)
    }

    /// A phone: opens a check-in form (for its cookie and form token; the typed-code form, which
    /// is always there, so a refusal can be tested on the POST too), then sends `fields` to `path`.
    func phone(_ app: WebApp, _ path: String, _ fields: [String: String], client: String = "10.1.1.1") -> WebBrowser.Page {
        let browser = WebBrowser(app, client: client)
        browser.get("/c")
        return browser.post(path, fields)
    }

    func marks(_ cli: CLIHarness) -> String { cli.run("attendance", "show", Self.event, "--json").stdout }

    @Test("the screen's QR code carries a URL that opens the check-in form; a reference checks in as pending; only the trainer's confirmation makes the mark")
    func scanConfirm() throws {
        let (cli, app, _) = try setUp()
        let trainer = WebBrowser(app)
        #expect(trainer.signIn("aygun", "Uzun-şifrə-2021").status == 303)
        let (page, token, _) = try screen(trainer)
        #expect(page.text.contains("<meta http-equiv=\"refresh\" content=\"20\">") && page.text.contains("<svg"))
        let before = marks(cli)
        let done = phone(app, "/c/" + token, ["ref": "P1"])
        #expect(done.status == 200 && done.text.contains("Sağ olun, Günel!"), "\(done.text.prefix(500))")
        #expect(!done.text.contains("Həsənova"), "the phone is told the first name only")
        #expect(phone(app, "/c/" + token, ["ref": "P1"]).text.contains("artıq qeyd olunub"), "a second scan changes nothing")
        #expect(marks(cli) == before, "pending is not attendance")
        let pendingCompletion = cli.run("completion", Self.event, "--json").stdout
        #expect(pendingCompletion.contains("\"attended\" : 0") && !pendingCompletion.contains("\"attended\" : 1"), "a pending check-in does not count")
        let listed = trainer.get("/events/\(Self.event)/sessions/1/check-in")
        #expect(listed.text.contains("Həsənova Günel · P1"), "the trainer sees who is waiting")
        #expect(trainer.post("/events/\(Self.event)/sessions/1/check-in/confirm", [:]).status == 303)
        let register = marks(cli)
        #expect(register.contains("\"present\""), "confirmed: the mark is made")
        let completion = cli.run("completion", Self.event, "--json").stdout
        #expect(completion.contains("\"attended\" : 1"), "and it counts for completion: \(completion.prefix(300))")
        #expect(trainer.get("/events/\(Self.event)/sessions/1/check-in").text.contains("Təsdiqlənənlər"))
    }

    @Test("a code too old is refused as expired, with no success; within the tolerance it is accepted; a code from a window ahead (a clock seconds apart) too, further ahead not")
    func windows() throws {
        let (cli, app, clock) = try setUp()
        let trainer = WebBrowser(app)
        trainer.signIn("aygun", "Uzun-şifrə-2021")
        let (_, token, _) = try screen(trainer)
        clock.advance(70)
        #expect(phone(app, "/c/" + token, ["ref": "P2"]).text.contains("Sağ olun, Orxan!"), "70 seconds later: within the tolerance")
        clock.advance(40)
        let late = phone(app, "/c/" + token, ["ref": "P3"])
        #expect(late.status == 410 && late.text.contains("vaxtı bitib") && !late.text.contains("Sağ olun"), "110 seconds: expired, said so")
        #expect(WebBrowser(app).get("/c/" + token).status == 410, "the form itself says so before anyone types")
        // Replaying a used token after its window is the same refusal.
        #expect(phone(app, "/c/" + token, ["ref": "P2"]).status == 410)
        // Tokens made by a server whose clock is ahead.
        let database = try cli.openStore()
        defer { database.close() }
        let stored = try database.settings.value("check_in_key") ?? ""
        let code = CheckInCode(key: try #require(Self.bytes(stored)))
        let event = try #require(try database.events.event(code: EventCode(Self.event)))
        let session = try #require(try database.events.sessions(of: event.id).first)
        let now = CheckInCode.windowNumber(at: clock.now)
        #expect(phone(app, "/c/" + code.token(session: session.id, window: now + 1), ["ref": "P3"]).text.contains("Sağ olun, Səbinə!"), "one window ahead")
        #expect(phone(app, "/c/" + code.token(session: session.id, window: now + 2), ["ref": "P3"]).status == 422, "two ahead: not a code this server made now")
    }

    @Test("a token never leads to another session: a tampered one is refused; a session not open now refuses its own code")
    func otherSession() throws {
        let (cli, app, clock) = try setUp()
        let trainer = WebBrowser(app)
        trainer.signIn("aygun", "Uzun-şifrə-2021")
        let (_, token, _) = try screen(trainer)
        let database = try cli.openStore()
        defer { database.close() }
        let event = try #require(try database.events.event(code: EventCode(Self.event)))
        let sessions = try database.events.sessions(of: event.id)
        // Session 2's id with session 1's signature.
        let parts = token.split(separator: "-")
        let hex = sessions[1].id.uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let forged = phone(app, "/c/\(hex)-\(parts[1])-\(parts[2])", ["ref": "P1"])
        #expect(forged.status == 422 && forged.text.contains("etibarlı deyil") && !forged.text.contains("Sağ olun"))
        // Session 3 is tomorrow: its screen shows no code yet but when check-in opens, and a
        // code made for it (as the server would) is refused until 30 minutes before it starts.
        let closedScreen = trainer.get("/events/\(Self.event)/sessions/3/check-in")
        #expect(closedScreen.status == 200 && !closedScreen.text.contains("/c/") && !closedScreen.text.contains("class=\"typed\""))
        #expect(closedScreen.text.contains("09:00"), "\(closedScreen.text.suffix(1500))")
        let key = CheckInCode(key: try #require(Self.bytes(try database.settings.value("check_in_key") ?? "")))
        let tomorrow = key.token(session: sessions[2].id, window: CheckInCode.windowNumber(at: clock.now))
        let early = phone(app, "/c/" + tomorrow, ["ref": "P1"])
        #expect(early.status == 410 && early.text.contains("açıq deyil"))
        let session3Starts = 1_635_226_200.0  // 26 October 2021, 09:30 in Baku
        clock.set(Date(timeIntervalSince1970: session3Starts - 35 * 60))
        trainer.signIn("aygun", "Uzun-şifrə-2021")  // a day later: yesterday's session idled out
        let tooSoon = key.token(session: sessions[2].id, window: CheckInCode.windowNumber(at: clock.now))
        #expect(phone(app, "/c/" + tooSoon, ["ref": "P1"]).status == 410, "35 minutes before the start: not yet")
        clock.set(Date(timeIntervalSince1970: session3Starts - 25 * 60))
        let (_, soon, _) = try screen(trainer, session: 3)
        #expect(phone(app, "/c/" + soon, ["ref": "P1"]).status == 200, "25 minutes before: open (from 30 minutes before)")
        #expect(try database.checkIns.checkIns(session: sessions[1].id).isEmpty, "nothing reached session 2")
    }

    @Test("who: an unknown reference is told so; phone digits and letters find the person; not enrolled becomes a walk-in request; the trainer rejects one")
    func people() throws {
        let (cli, app, _) = try setUp()
        let trainer = WebBrowser(app)
        trainer.signIn("aygun", "Uzun-şifrə-2021")
        let (_, token, typed) = try screen(trainer)
        let unknown = phone(app, "/c/" + token, ["ref": "NOBODY-1"])
        #expect(unknown.status == 422 && unknown.text.contains("tapa bilmədik") && !unknown.text.contains("Sağ olun"))
        #expect(phone(app, "/c/" + token, ["phone": "12", "letters": "Gü"]).text.contains("son 4 rəqəmini"), "too little to go on")
        let byPhone = phone(app, "/c/" + token, ["phone": "4567", "letters": "gün"])
        #expect(byPhone.text.contains("Sağ olun, Günel!"), "the last digits and the first letters, in any case")
        let walkIn = phone(app, "/c", ["code": typed.lowercased(), "phone": "4321", "letters": "Raş"], client: "10.1.1.2")
        #expect(walkIn.text.contains("tapa bilmədik"), "Raş is not Rəş: no match by letters that differ")
        #expect(phone(app, "/c/" + token, ["phone": "1234", "letters": "gün"]).text.contains("tapa bilmədik"),
                "the digits must end the number (1234 is inside Günel's, not its end)")
        let walkIn2 = phone(app, "/c", ["code": typed, "ref": "OUT"], client: "10.1.1.2")
        #expect(walkIn2.text.contains("siyahısında deyilsiniz") && !walkIn2.text.contains("Rəşad"), "a walk-in request is answered without a name")
        // Someone of the registry who is not this centre's is not found, by reference or by phone.
        for fields in [["ref": "FAR"], ["ref": "T-00005"], ["phone": "3344", "letters": "Vəl"]] {
            let far = phone(app, "/c/" + token, fields, client: "10.1.1.3")
            #expect(far.status == 422 && far.text.contains("tapa bilmədik") && !far.text.contains("Nərmin"), "\(fields)")
        }
        let screenNow = trainer.get("/events/\(Self.event)/sessions/1/check-in")
        #expect(screenNow.text.contains("Siyahıda olmayanların müraciətləri") && screenNow.text.contains("Abbasov Rəşad · OUT"), "shown as a walk-in request")
        #expect(!screenNow.text.contains("Nərmin"))
        #expect(phone(app, "/c/" + token, ["ref": "P3"]).text.contains("Sağ olun, Səbinə!"))
        #expect(trainer.post("/events/\(Self.event)/sessions/1/check-in/reject", ["ref": "P3"]).status == 303)
        #expect(trainer.post("/events/\(Self.event)/sessions/1/check-in/confirm", [:]).status == 303)
        #expect(!marks(cli).contains("Abbasov Rəşad"), "'confirm all' does not confirm a walk-in request")
        #expect(trainer.post("/events/\(Self.event)/sessions/1/check-in/confirm-walk-in", ["ref": "T-00004"]).status == 303)
        let again = phone(app, "/c/" + token, ["ref": "P3"])
        #expect(again.status == 422 && again.text.contains("qəbul etmədi"), "rejected stays rejected, and says so")
        let register = marks(cli)
        #expect(register.contains("Abbasov Rəşad"), "the walk-in request, confirmed one by one, is enrolled again")
        let completion = cli.run("completion", Self.event, "--json").stdout
        #expect(completion.contains("Quliyeva Səbinə"), "\(completion.prefix(200))")
        #expect(try cli.scalar("SELECT count(*) FROM attendance").intValue == 2, "Günel and Rəşad marked; Səbinə, rejected, not")
    }

    @Test("rules: a typed code too old says expired; a session that has ended refuses its codes and shows none; several people fitting, none enrolled → the reference is asked for")
    func closingRules() throws {
        let (cli, app, clock) = try setUp()
        // Two of Saatlı's people (enrolled once, withdrawn) whose phones end alike and whose names start alike.
        for (name, ref) in [("Məmmədli Aysel", "TWIN-1"), ("Məmmədova Aysu", "TWIN-2")] {
            #expect(cli.run("trainee", "add", "--name", name, "--sex", "qadın", "--profession", "Sosial işçi", "--phone", "050 000 99 99", "--ref", ref).exitCode == 0)
            #expect(cli.run("event", "enroll", Self.event, ref).exitCode == 0 && cli.run("event", "withdraw", Self.event, ref).exitCode == 0)
        }
        let trainer = WebBrowser(app)
        trainer.signIn("aygun", "Uzun-şifrə-2021")
        let (_, token, typed) = try screen(trainer)
        let twins = phone(app, "/c/" + token, ["phone": "9999", "letters": "Məm"])
        #expect(twins.status == 422 && twins.text.contains("bir neçə nəfər uyğun") && !twins.text.contains("Aysel") && !twins.text.contains("Aysu"), "\(twins.text.suffix(800))")
        #expect(phone(app, "/c/" + token, ["ref": "TWIN-2"]).text.contains("siyahısında deyilsiniz"), "by reference, one of them may ask to walk in")
        // What the domain tells any phone about a walk-in request: no name, nobody has seen it yet.
        let store = try cli.openStore()
        defer { store.close() }
        let desk = CheckInDesk(store)
        let (openEvent, openSession) = try desk.session(token: token, now: clock.now)
        let arrival = try desk.checkIn(.reference("TWIN-1"), event: openEvent, session: openSession, now: clock.now)
        #expect(arrival.isWalkIn && arrival.firstName.isEmpty)
        #expect(try desk.checkIn(.reference("P2"), event: openEvent, session: openSession, now: clock.now).firstName == "Orxan")
        clock.advance(5 * 60)
        let old = phone(app, "/c", ["code": typed, "ref": "P1"])
        #expect(old.status == 410 && old.text.contains("vaxtı bitib"), "a typed code from five minutes ago: expired, not 'not valid'")
        // Session 1 ends at 12:30: after that its codes are refused and its screen shows none.
        clock.set(Date(timeIntervalSince1970: 1_635_150_600 + 60))
        trainer.signIn("aygun", "Uzun-şifrə-2021")
        let database = try cli.openStore()
        defer { database.close() }
        let key = CheckInCode(key: try #require(Self.bytes(try database.settings.value("check_in_key") ?? "")))
        let event = try #require(try database.events.event(code: EventCode(Self.event)))
        let session1 = try #require(try database.events.sessions(of: event.id).first)
        let after = phone(app, "/c/" + key.token(session: session1.id, window: CheckInCode.windowNumber(at: clock.now)), ["ref": "P2"])
        #expect(after.status == 410 && after.text.contains("açıq deyil"))
        let closed = trainer.get("/events/\(Self.event)/sessions/1/check-in")
        #expect(closed.text.contains("bağlıdır") && !closed.text.contains("class=\"typed\""))
        #expect(try database.checkIns.checkIns(session: session1.id).allSatisfy { $0.status == .pending } , "nothing was confirmed by itself")
    }

    @Test("rate limits: a phone trying many times is stopped; strangers cannot open the trainer's screen")
    func limits() throws {
        let (cli, app, _) = try setUp()
        defer { withExtendedLifetime(cli) {} }
        let trainer = WebBrowser(app)
        trainer.signIn("aygun", "Uzun-şifrə-2021")
        let (_, token, _) = try screen(trainer)
        let guesser = WebBrowser(app, client: "10.9.9.9")
        guesser.get("/c/" + token)
        var statuses: [Int] = []
        for index in 0..<25 { statuses.append(guesser.post("/c/" + token, ["ref": "X-\(index)"]).status) }
        #expect(statuses.prefix(20).allSatisfy { $0 == 422 } && statuses.suffix(5).allSatisfy { $0 == 429 })
        #expect(WebBrowser(app).get("/events/\(Self.event)/sessions/1/check-in").location == "/login")
        let noCookie = WebBrowser(app).post("/c/" + token, ["ref": "P1"], csrf: String(repeating: "a", count: 64))
        #expect(noCookie.status == 403, "a form posted from elsewhere has no cookie")
    }

    static func bytes(_ hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count == 64 else { return nil }
        return stride(from: 0, to: 64, by: 2).compactMap { UInt8(String(decoding: digits[$0..<($0 + 2)], as: UTF8.self), radix: 16) }
    }
}
