import CadreKit
import CadreModel
import CadreRender
import CadreStore
import CadreTemplates
import CadreWeb
import Foundation
import Testing

/// Every web page kind, and the refusals a coordinator meets, read in Azerbaijani and Russian:
/// no English sentence written in code, no word of another language's catalog, no catalog key
/// showing where its text should be.
@Suite("Web application: one language per page")
struct WebLanguageTests {
    static let event = "DV-SAATLI-2021-10"
    static let english = ["the", "and", "of", "from", "to", "with", "is", "not", "nothing", "was", "use", "clash", "clashes", "session", "enrolled", "Error"]

    func setUp() throws -> (CLIHarness, WebApp) {
        let cli = try CLIHarness()
        cli.environment["CADRE_PASSWORD_ITERATIONS"] = "1000"
        try cli.saatliEvent(names: ["Aynur Əliyeva", "Rəşad Abbasov", "Günel Orucova"])
        for session in 1...6 { cli.run("attendance", "mark", Self.event, "--session", "\(session)", "--all-present", "--except", "P3") }
        cli.run("assessment", "record", Self.event, "P1", "--pre", "9", "--post", "18")
        #expect(cli.run("certificate", "issue", Self.event).exitCode == 0)
        for (login, role, centre) in [("leyla", "coordinator", "SAATLI"), ("boss", "admin", nil)] {
            cli.input = ["Uzun-şifrə-2021"]
            #expect(cli.run(["user", "add", "--name", login, "--role", role, "--password-stdin"] + (centre.map { ["--centre", $0] } ?? [])).exitCode == 0)
        }
        return (cli, WebBrowser.app(cli))
    }

    @Test("signed-in pages, public pages and refusals in az and ru")
    func pages() throws {
        let (cli, app) = try setUp()
        let catalogs = Dictionary(uniqueKeysWithValues: try Language.allCases.map { ($0, try TemplateLibrary(root: BuiltInTemplates.folder).messages($0)) })
        var checked = 0
        for language in [Language.az, .ru] {
            let leyla = WebBrowser(app)
            leyla.get("/login?lang=\(language.rawValue)")
            #expect(leyla.signIn("leyla", "Uzun-şifrə-2021").status == 303)
            let boss = WebBrowser(app)
            boss.get("/login?lang=\(language.rawValue)")
            #expect(boss.signIn("boss", "Uzun-şifrə-2021").status == 303)
            let stranger = WebBrowser(app)
            stranger.get("/?lang=\(language.rawValue)")
            var pages: [(String, String)] = []
            for path in ["/home", "/events", "/events/\(Self.event)", "/events/\(Self.event)?q=a", "/events/\(Self.event)/sessions/1",
                         "/events/\(Self.event)/sessions/1/check-in", "/events/\(Self.event)/scores", "/events/\(Self.event)/certificates",
                         "/events/new", "/trainees", "/trainees?q=Aynur", "/trainees/upload", "/trainees/T-00001", "/trainees/duplicates",
                         "/reports", "/reports?report=delivery", "/reports?report=assessment"] {
                pages.append((path, leyla.get(path).text))
            }
            pages.append(("/admin/users", boss.get("/admin/users").text))
            for path in ["/", "/login", "/c", "/verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ", "/verify/DV-2021-00001", "/nowhere"] { pages.append((path, stranger.get(path).text)) }
            // Refusals.
            pages.append(("clash", leyla.post("/events", ["course": "DV-101", "venue": "V-00001", "start": "2021-10-26", "days": "3"], repeated: [("trainer", "TR-00001")]).text))
            pages.append(("too few days", leyla.post("/events", ["course": "DV-101", "start": "2021-11-08", "days": "2"]).text))
            let moved = leyla.post("/events/\(Self.event)/sessions/5/move", ["date": "2021-10-25", "time": "09:30-12:30"]).text
            pages.append(("move clash", moved))
            if language == .az { #expect(moved.contains("\(Self.event), 1-ci sessiya") && !moved.contains("3-ci"), "ordinals by vowel harmony") }
            pages.append(("unknown person", leyla.post("/events/\(Self.event)/sessions/1/mark", ["ref": "NOBODY", "status": "present"]).text))
            pages.append(("score", leyla.post("/events/\(Self.event)/scores", ["post:T-00001": "99"]).text))
            pages.append(("bad sheet", leyla.upload("/trainees/upload", file: "s.csv", "Ad Soyad;Cins;Peşə\r\nX;y;z\r\n").text))
            pages.append(("empty sheet", leyla.upload("/trainees/upload", file: "e.csv", "").text))
            pages.append(("405", stranger.send("DELETE", "/login", body: [], contentType: nil).text))
            pages.append(("413", String(decoding: app.refusal(413, head: [("cookie", "cadre_lang=\(language.rawValue)")]).body, as: UTF8.self)))
            if ProcessInfo.processInfo.environment["SHOW_PAGES"] != nil {
                for (name, html) in pages { print("PAGE", language, name, ReportLanguageTests.visibleText(html).split(whereSeparator: \.isWhitespace).joined(separator: " ").prefix(400)) }
            }
            let own = Set(catalogs[language]?.values.map { $0 } ?? [])
            for (name, html) in pages {
                checked += 1
                let page = ReportLanguageTests.visibleText(html)
                #expect(page.count > 100, "\(language) \(name) is empty")
                for word in Self.english { #expect(!ReportLanguageTests.contains(page, word), "\(language) \(name) holds the English word '\(word)'") }
                for other in Language.allCases where other != language {
                    for (key, text) in catalogs[other] ?? [:] where !own.contains(text) && text.count >= 6 && !text.contains("{") {
                        #expect(!ReportLanguageTests.contains(page, text), "\(language) \(name) holds \(other.rawValue) '\(text)' (\(key))")
                    }
                }
                // A key shown instead of its text: `web.something.missing`.
                #expect(page.range(of: #"\b(web|refusal|problem|clash|report|site|sheet|status)\.[a-zA-Z.]+[a-z]\b"#, options: .regularExpression) == nil,
                        "\(language) \(name) shows a catalog key")
            }
        }
        #expect(checked == 2 * 33)
        withExtendedLifetime(cli) {}
    }
}
