@testable import CadreKit
@testable import CadreRender
@testable import CadreModel
@testable import CadreStore
import Foundation
import Testing

@Suite("cadre sheet")
struct SheetCommandTests {
    @Test("one sheet per session, names in Azerbaijani alphabetical order, header and blank rows")
    func perSession() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: CLIHarness.azerbaijaniNames)
        let result = cli.run("sheet", "DV-SAATLI-2021-10", "--out", "sheets/")
        #expect(result.stdout == "Wrote 6 sign-in sheets to \(cli.folder.appendingPathComponent("sheets").path)\n")
        let files = try FileManager.default.contentsOfDirectory(atPath: cli.folder.appendingPathComponent("sheets").path).sorted()
        #expect(files == (1...6).map { "DV-SAATLI-2021-10-session-\($0).html" })
        let html = try cli.read("sheets/DV-SAATLI-2021-10-session-3.html")
        #expect(html.hasPrefix("<!doctype html>\n<html lang=\"az\">"))
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"))
        #expect(html.contains("@page { size: A4 portrait;"))
        #expect(html.contains("<dd>26 oktyabr 2021, çərşənbə axşamı, 09:30–12:30</dd>"))
        let order = ["Abbasov Rəşad", "Ağayev Elvin", "Babayev Kamran", "Cəfərova Aytən", "Çələbiyev Tural", "Əliyeva Günel", "Hüseynova Ülviyyə",
                     "Ibrahimov Orxan", "İsmayılova Leyla", "Qasımov Vüqar", "Orucova Nərgiz", "Ömərova Şəhla", "Şirinova Könül", "Zeynalova Səbinə"]
        let positions = order.map { html.range(of: "<td class=\"name\">\($0)</td>")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(html.components(separatedBy: "<tr class=\"blank\">").count - 1 == 5)
        #expect(html.contains("<td class=\"no\">19</td>"))
    }

    @Test("--grid gives one landscape sheet with a column per session; --session one file; --lang ru")
    func gridSessionLanguage() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva", "Rəşad Abbasov"])
        #expect(cli.run("sheet", "DV-SAATLI-2021-10", "--grid", "--out", "g", "--lang", "ru").exitCode == 0)
        let grid = try cli.read("g/DV-SAATLI-2021-10-grid.html")
        #expect(grid.contains("size: A4 landscape"))
        #expect(grid.contains("<html lang=\"ru\">"))
        #expect(grid.contains("<h1>Лист посещаемости участников</h1>"))
        #expect(grid.contains("25–27 октября 2021"))
        #expect(grid.components(separatedBy: "<th class=\"signature\">").count - 1 == 6)
        #expect(grid.contains("<th class=\"signature\">2<br>25.10<br>13:30</th>"), "two sessions a day: each column says its time")
        #expect(cli.run("sheet", "DV-SAATLI-2021-10", "--session", "2", "--out", "s", "--blank-rows", "0").stdout.hasPrefix("Wrote 1 sign-in sheet"))
        #expect(!(try cli.read("s/DV-SAATLI-2021-10-session-2.html")).contains("class=\"blank\""))
        #expect(cli.run("sheet", "DV-SAATLI-2021-10", "--session", "9").exitCode == 65)
        #expect(cli.run("sheet").exitCode == 64)
        // One print job: every session's sheet of the event in one file, each a section of its own.
        #expect(cli.run("sheet", "DV-SAATLI-2021-10", "--combined", "--out", "c").stdout.hasPrefix("Wrote 1 file (one per event) holding 6 sign-in sheets"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder.appendingPathComponent("c").path) == ["DV-SAATLI-2021-10-sessions.html"])
        let combined = try cli.read("c/DV-SAATLI-2021-10-sessions.html")
        #expect(combined.components(separatedBy: "<section class=\"sheet\">").count - 1 == 6)
        #expect((1...6).allSatisfy { combined.contains("DV-SAATLI-2021-10 · Sessiya \($0) · ") }, "each sheet's pages name their session")
        #expect(cli.run("sheet", "DV-SAATLI-2021-10", "--combined", "--grid").exitCode == 64)
    }

    @Test("hostile names appear as text, never as markup")
    func hostileNames() throws {
        let cli = try CLIHarness()
        let hostile = ["<script>alert(1)</script> Əliyev", "\"><img src=x onerror=alert(1)> Quliyeva", "Ra\u{202E}gnaR Hüseynov", "O'Brien & Sons"]
        try cli.saatliEvent(names: hostile)
        #expect(cli.run("sheet", "DV-SAATLI-2021-10", "--grid", "--out", "x").exitCode == 0)
        let html = try cli.read("x/DV-SAATLI-2021-10-grid.html")
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Əliyev"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt; Quliyeva"))
        #expect(html.contains("O&#39;Brien &amp; Sons"))
        #expect(!html.unicodeScalars.contains("\u{202E}"))
    }

    @Test("a signed sheet is typed back in by the references it prints: the centre's own, else T-…")
    func paperLoop() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva", "Rəşad Abbasov"])
        #expect(cli.run("trainee", "add", "--name", "Aygün Ağayeva", "--sex", "f", "--profession", "social-worker").exitCode == 0)
        #expect(cli.run("event", "enroll", "DV-SAATLI-2021-10", "T-00003").exitCode == 0)
        #expect(cli.run("sheet", "DV-SAATLI-2021-10", "--session", "1", "--out", "out").exitCode == 0)
        let html = try cli.read("out/DV-SAATLI-2021-10-session-1.html")
        #expect(html.contains("<th class=\"ref\">Kod</th>"))
        #expect(html.contains("<th class=\"name\">Ad və soyad</th>"), "the heading says what is printed: the name as registered")
        let refs = html.components(separatedBy: "<td class=\"ref\">").dropFirst().compactMap { $0.hasPrefix("<") ? nil : $0.split(separator: "<").first.map(String.init) }
        #expect(refs == ["T-00003", "P1", "P2"], "in the sheet's order, names as registered: Aygün, Aynur, Rəşad")
        try cli.write("signed.csv", "event_code,session_no,trainee_ref,status\n" + refs.map { "DV-SAATLI-2021-10,1,\($0),present\n" }.joined())
        let typed = cli.run("attendance", "import", "signed.csv")
        #expect(typed.exitCode == 0, "\(typed.stderr)")
        #expect(typed.stdout.hasPrefix("3 rows: 3 recorded"))
    }

    @Test("the same data gives byte-identical HTML (golden file)")
    func golden() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: Array(CLIHarness.azerbaijaniNames.prefix(6)))
        #expect(cli.run("sheet", "DV-SAATLI-2021-10", "--session", "1", "--out", "out").exitCode == 0)
        let html = try cli.read("out/DV-SAATLI-2021-10-session-1.html")
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Golden/sign-in-sheet-session-1.html")
        if ProcessInfo.processInfo.environment["CADRE_UPDATE_GOLDEN"] == "1" {
            try Data(html.utf8).write(to: golden)
        }
        let expected = String(decoding: try Data(contentsOf: golden), as: UTF8.self)
        #expect(html == expected, "regenerate with CADRE_UPDATE_GOLDEN=1 swift test --filter golden, and review the diff")
    }

    @Test("custom templates: export, edit, use; a broken template is a clear error")
    func customTemplates() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva"])
        #expect(cli.run("templates", "export", "mine").exitCode == 0)
        #expect(cli.run("templates", "export", "mine").exitCode == 1, "refuses to overwrite")
        // A sheet's content is the partial every sheet page shares (single or combined).
        let sheet = cli.folder.appendingPathComponent("mine/html/sign-in-sheet-body.html")
        let original = try String(contentsOf: sheet, encoding: .utf8)
        try Data(original.replacingOccurrences(of: "<h1>{{title}}</h1>", with: "<h1>{{title}} — Saatlı</h1>").utf8).write(to: sheet)
        #expect(cli.run("sheet", "DV-SAATLI-2021-10", "--session", "1", "--templates", "mine", "--out", "c").exitCode == 0)
        #expect(try cli.read("c/DV-SAATLI-2021-10-session-1.html").contains("— Saatlı</h1>"))
        #expect(cli.run("templates", "use", "mine").exitCode == 0)
        try Data(original.replacingOccurrences(of: "{{/rows}}", with: "").utf8).write(to: sheet)
        let broken = cli.run("sheet", "DV-SAATLI-2021-10", "--out", "d")
        #expect(broken.exitCode == 65)
        #expect(broken.stderr.hasPrefix("Error: sign-in-sheet-body.html:"))
        #expect(broken.stderr.contains("unclosed section 'rows'") || broken.stderr.contains("does not match the open section 'rows'"))
        #expect(cli.run("templates", "use", "--built-in").exitCode == 0)
        #expect(cli.run("sheet", "DV-SAATLI-2021-10", "--out", "d").exitCode == 0)
    }
}

@Suite("sign-in sheets read in one batch")
struct SignInSheetBatchTests {
    @Test("reading all events' tables at once gives the same sheets as reading event by event")
    func batchEqualsOneByOne() throws {
        let cli = try CLIHarness()
        #expect(cli.run("demo", "--out", "demo").exitCode == 0)
        let database = try Database.open(at: cli.folder.appendingPathComponent("demo/cadre-demo.sqlite").path)
        let events = try EventStore(database).events(from: nil, to: nil, centreID: nil, status: nil)
        #expect(events.count == 4)
        func sheets(threshold: Int) throws -> [SignInSheet] {
            var sheets: [SignInSheet] = []
            // Twice over, shuffled: each event once, in id order, whatever the caller's order.
            try SignInSheet.forEach(
                of: events.reversed() + events, database: database, professionLabels: nil, lookups: .init(), batchThreshold: threshold
            ) { sheets.append($0) }
            return sheets
        }
        let oneByOne = try sheets(threshold: .max)
        let batch = try sheets(threshold: 0)
        #expect(oneByOne.map(\.summary.event.code) == events.sorted { $0.id.databaseText < $1.id.databaseText }.map(\.code))
        #expect(batch.map(\.summary.event.code) == oneByOne.map(\.summary.event.code))
        #expect(batch.map(\.participants.count) == oneByOne.map(\.participants.count))
        #expect(oneByOne.contains { $0.participants.count > 10 && $0.summary.sessions.count > 3 && $0.summary.enrolled > 0 })
        for (one, many) in zip(oneByOne, batch) {
            #expect(one.participants == many.participants)
            #expect(one.summary.enrolled == many.summary.enrolled && one.summary.waitlisted == many.summary.waitlisted)
            for session in [nil] + one.summary.sessions.map({ Optional($0.session.number) }) {
                #expect(one.context(session: session, blankRows: 3, language: .az, messages: [:]) == many.context(session: session, blankRows: 3, language: .az, messages: [:]))
            }
        }
    }
}
