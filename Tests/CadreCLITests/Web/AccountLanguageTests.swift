import CadreStore
import CadreWeb
import Foundation
import Testing

/// The language a person chooses is kept with their account: every page and download after
/// it, on another device too, is in that language until they choose another.
@Suite("Web application: the account's language")
struct AccountLanguageTests {
    func setUp() throws -> (CLIHarness, WebApp) { try RefusalPageTests().setUp() }

    @Test("chosen once, the language follows the account to another browser, its pages and its downloads")
    func followsTheAccount() throws {
        let (cli, app) = try setUp()
        let office = WebBrowser(app)
        #expect(office.signIn("leyla", "Uzun-şifrə-2021").status == 303)
        let home = office.get("/events?status=planned").text
        #expect(home.contains("<input type=\"hidden\" name=\"back\" value=\"/events?status=planned\">"), "the form returns to the page it is on")
        let chosen = office.post("/account/language", ["language": "ru", "back": "/events?status=planned"])
        #expect(chosen.status == 303 && chosen.location == "/events?status=planned")
        #expect(try cli.scalar("SELECT count(*) FROM audit_log WHERE action = 'user.language' AND actor = 'web:leyla'").intValue == 1, "audited")

        let phone = WebBrowser(app)  // no cookie of the office's browser
        #expect(phone.signIn("leyla", "Uzun-şifrə-2021").status == 303)
        #expect(phone.get("/home").text.contains("<html lang=\"ru\">"))
        let download = phone.get("/reports/download?report=trained&format=html").text
        #expect(download.contains("<html lang=\"ru\">") && download.contains("Обученные специалисты"), "downloads too")
        #expect(phone.get("/home?lang=en").text.contains("<html lang=\"en\">"), "a link's language still wins for that page")
        #expect(phone.get("/home").text.contains("<html lang=\"ru\">"), "without the link, the account's again")
    }

    @Test("refused: another site as the way back, an unknown language, no form token, no session")
    func refusals() throws {
        let (cli, app) = try setUp()
        let leyla = WebBrowser(app)
        #expect(leyla.signIn("leyla", "Uzun-şifrə-2021").status == 303)
        for back in ["//evil.example/x", "https://evil.example/", "/\\evil.example", "events", "/ok\r\nSet-Cookie: x=1"] {
            let page = leyla.post("/account/language", ["language": "en", "back": back])
            #expect(page.status == 303 && page.location == "/home", "\(back)")
        }
        let before = try cli.checksum()
        let unknown = leyla.post("/account/language?lang=az", ["language": "fr", "back": "/home"])
        #expect(unknown.status == 400 && unknown.text.contains("Bu dil yoxdur"), "refused in the page's language")
        #expect(leyla.post("/account/language", ["language": "ru"], csrf: "forged").status == 403)
        #expect(WebBrowser(app).post("/account/language", ["language": "ru"]).location == "/login")
        #expect(try cli.checksum() == before, "nothing stored")
    }
}
