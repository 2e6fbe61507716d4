import Foundation
import Testing

/// `cadre branding`: logos and signatories set once, kept in the database, printed on every
/// certificate of the centre — each logo once per file — and refused clearly when a file is
/// not a logo.
@Suite("cadre branding")
struct BrandingCommandTests {
    static let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>"

    func certifiedEvent() throws -> CLIHarness {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva", "Rəşad Abbasov", "Günel Hüseynova"])
        for session in 1...6 { cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "\(session)", "--all-present") }
        for ref in ["P1", "P2", "P3"] { cli.run("assessment", "record", "DV-SAATLI-2021-10", ref, "--post", "18") }
        #expect(cli.run("certificate", "issue", "DV-SAATLI-2021-10").exitCode == 0)
        return cli
    }

    /// The Saatlı event, and JUD-2021 — an event without a centre, in the Academy's room —
    /// completed by P1 and certified.
    func eventWithoutACentre() throws -> CLIHarness {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva"])
        for arguments in [
            ["venue", "add", "--name", "Ədliyyə Akademiyası, 3-cü auditoriya", "--address", "Bakı", "--capacity", "30"],
            ["event", "schedule", "--course", "DV-101", "--venue", "V-00002", "--start", "2021-11-22", "--trainer", "TR-00001", "--code", "JUD-2021"],
            ["event", "enroll", "JUD-2021", "P1"],
        ] { #expect(cli.run(arguments).exitCode == 0, "\(arguments)") }
        for session in 1...6 { cli.run("attendance", "mark", "JUD-2021", "--session", "\(session)", "--all-present") }
        cli.run("assessment", "record", "JUD-2021", "P1", "--post", "18")
        #expect(cli.run("certificate", "issue", "JUD-2021").exitCode == 0)
        return cli
    }

    @Test("without branding a certificate has the generic signature line and no images; with it, the logos once per file and who signs")
    func printed() throws {
        let cli = try certifiedEvent()
        #expect(cli.run("branding", "show").stdout == "no logos; no signatories (a line for the head of the centre)\n")
        #expect(cli.run("certificate", "print", "DV-SAATLI-2021-10", "--combined", "--out", "plain").exitCode == 0)
        let plain = try cli.read("plain/DV-SAATLI-2021-10.html")
        #expect(!plain.contains("data:image") && plain.contains("Mərkəzin rəhbəri") && plain.contains("class=\"seal\""))

        try cli.write("ministry.svg", Self.svg)
        try cli.write("centre.svg", Self.svg.replacingOccurrences(of: "circle", with: "rect"))
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 40))
        try png.write(to: cli.folder.appendingPathComponent("donor.png"))
        let set = cli.run(
            "branding", "set", "--ministry-logo", "ministry.svg", "--donor-logo", "donor.png",
            "--signatory", "Leyla Məmmədova|Direktor", "--signatory", "<b>Samir</b> Quliyev|Koordinator")
        #expect(set.exitCode == 0, "\(set.stderr)")
        #expect(cli.run("branding", "set", "--centre", "SAATLI", "--logo", "centre.svg").exitCode == 0)
        #expect(cli.run("branding", "show", "--centre", "saatli").stdout
            == "ministry logo (image/svg+xml, \(Self.svg.utf8.count) bytes), centre logo (image/svg+xml, \(Self.svg.utf8.count - 2) bytes), "
            + "donor logo (image/png, 48 bytes); signed by Leyla Məmmədova, Direktor and <b>Samir</b> Quliyev, Koordinator\n")

        #expect(cli.run("certificate", "print", "DV-SAATLI-2021-10", "--combined", "--out", "branded").exitCode == 0)
        let branded = try cli.read("branded/DV-SAATLI-2021-10.html")
        #expect(branded.components(separatedBy: "<div class=\"page\">").count - 1 == 3)
        #expect(branded.components(separatedBy: "data:image/svg+xml;base64,").count - 1 == 2, "the ministry's and the centre's, once")
        #expect(branded.components(separatedBy: "data:image/png;base64,").count - 1 == 1, "the donor's, once")
        #expect(branded.contains(".logo.ministry { background-image: url(\"data:image/svg+xml;base64,\(Data(Self.svg.utf8).base64EncodedString())\"); }"))
        #expect(branded.components(separatedBy: "<div class=\"logo donor\"></div>").count - 1 == 3, "on every page")
        #expect(branded.components(separatedBy: "Leyla Məmmədova").count - 1 == 3)
        #expect(branded.contains("&lt;b&gt;Samir&lt;/b&gt; Quliyev") && !branded.contains("<b>Samir"), "names are text, escaped")
        #expect(!branded.contains("Mərkəzin rəhbəri"), "the named signatories replace the generic line")
        // One file per certificate carries the logos too.
        #expect(cli.run("certificate", "print", "DV-SAATLI-2021-10", "--out", "single").exitCode == 0)
        #expect(try cli.read("single/DV-2021-00001.html").contains(".logo.donor { background-image: url(\"data:image/png;base64,"))

        #expect(cli.run("branding", "set", "--clear", "donor", "--no-signatories").exitCode == 0)
        #expect(cli.run("branding", "show").stdout == "ministry logo (image/svg+xml, \(Self.svg.utf8.count) bytes); no signatories (a line for the head of the centre)\n")
    }

    @Test("an event without a centre: its certificates name the organiser set with --organiser, never the venue, and are signed for the programme")
    func eventWithoutCentre() throws {
        let cli = try eventWithoutACentre()
        #expect(cli.run("certificate", "print", "JUD-2021", "--combined", "--out", "bare").exitCode == 0)
        let bare = try cli.read("bare/JUD-2021.html")
        #expect(!bare.contains("Ədliyyə Akademiyası") && !bare.contains("Mərkəzin rəhbəri") && bare.contains("Proqramın rəhbəri"), "no room as issuer, no centre's head")
        #expect(cli.run("branding", "set", "--organiser", "Dövlət Proqramı", "--centre", "SAATLI").exitCode == 65, "the organiser is for events without a centre")
        let set = cli.run("branding", "set", "--organiser", "Məişət zorakılığının qarşısının alınması üzrə Dövlət Proqramı")
        #expect(set.exitCode == 0 && set.stdout.contains("issued by Məişət zorakılığının"), "\(set.stdout)\(set.stderr)")
        #expect(cli.run("certificate", "print", "JUD-2021", "--combined", "--lang", "az+en", "--out", "named").exitCode == 0)
        let named = try cli.read("named/JUD-2021.html")
        #expect(named.contains("<div class=\"centre\">Məişət zorakılığının qarşısının alınması üzrə Dövlət Proqramı</div>") && !named.contains("Ədliyyə Akademiyası"))
        #expect(named.contains("Head of the programme"))
        // A centre's event still names its centre and its head.
        #expect(cli.run("certificate", "issue", "DV-SAATLI-2021-10").exitCode >= 0)
        #expect(cli.run("branding", "set", "--organiser", "").exitCode == 0)
        #expect(!cli.run("branding", "show").stdout.contains("issued by"))
    }

    @Test("a Russian certificate agrees with its holder: завершила of a woman, завершил of a man, never завершил(а)")
    func russianAgreement() throws {
        let cli = try certifiedEvent()
        #expect(cli.run("certificate", "print", "DV-SAATLI-2021-10", "--lang", "ru", "--out", "ru").exitCode == 0)
        let pages = try (1...3).map { try cli.read("ru/DV-2021-0000\($0).html") }
        let man = try #require(pages.first { $0.contains("Rəşad") }), woman = try #require(pages.first { $0.contains("Aynur") })
        #expect(woman.contains("успешно завершила учебный курс") && !woman.contains("успешно завершил учебный"))
        #expect(man.contains("успешно завершил учебный курс"))
        #expect(!woman.contains("(а)") && !man.contains("(а)"))
        let json = cli.run("certificate", "verify", "DV-2021-00001", "--json").stdout
        #expect(!json.contains("female") && !json.contains("holderSex"), "the public answer does not tell the holder's sex")
    }

    @Test("a centre named in az, en and ru: each certificate, sheet, matrix and report names it in its language")
    func centreNames() throws {
        let cli = try certifiedEvent()
        let renamed = cli.run("centre", "rename", "SAATLI", "--name", "Saatlı mərkəzi|Saatlı Centre|Саатлинский центр")
        #expect(renamed.stdout == "Renamed centre SAATLI: Saatlı mərkəzi / Saatlı Centre / Саатлинский центр\n", "\(renamed.stderr)")
        #expect(cli.run("centre", "rename", "SAATLI", "--name", "A|B").stderr == "Error: --name 'A|B' is not one name or three, \"az|en|ru\"\n")
        #expect(cli.run("centre", "rename", "NOWHERE", "--name", "X").exitCode == 65)
        #expect(cli.run("certificate", "print", "DV-SAATLI-2021-10", "--combined", "--lang", "az+en", "--out", "c").exitCode == 0)
        #expect(try cli.read("c/DV-SAATLI-2021-10.html").contains("<div class=\"centre\">Saatlı mərkəzi<span class=\"second\">Saatlı Centre</span></div>"))
        #expect(cli.run("sheet", "DV-SAATLI-2021-10", "--session", "1", "--out", "s", "--lang", "ru").exitCode == 0)
        #expect(try cli.read("s/DV-SAATLI-2021-10-session-1.html").contains("Саатлинский центр"))
        #expect(cli.run("attendance", "show", "DV-SAATLI-2021-10", "--html", "a.html", "--lang", "en").exitCode == 0)
        #expect(try cli.read("a.html").contains("Saatlı Centre"))
        #expect(cli.run("report", "delivery", "--by", "centre", "--lang", "ru").stdout.contains("Саатлинский центр"))
        #expect(cli.run("report", "delivery", "--by", "centre", "--lang", "az").stdout.contains("Saatlı mərkəzi"))
        #expect(cli.run("centre", "rename", "saatli", "--name", "Saatlı mərkəzi").exitCode == 0, "back to one name")
        #expect(cli.run("report", "delivery", "--by", "centre", "--lang", "ru").stdout.contains("Saatlı mərkəzi"))
    }

    @Test("titles, the organiser and the programme in three languages: each certificate and report in its own")
    func translated() throws {
        let cli = try eventWithoutACentre()
        try cli.write("ministry.svg", Self.svg)
        let set = cli.run(
            "branding", "set", "--ministry-logo", "ministry.svg", "--signatory", "Nərmin Əsgərova|Proqramın rəhbəri|Programme Director|Руководитель программы",
            "--organiser", "Dövlət Proqramı|State Programme|Государственная программа", "--programme", "Dövlət Proqramı 2021|State Programme 2021|Госпрограмма 2021")
        #expect(set.exitCode == 0, "\(set.stderr)")
        #expect(set.stdout.contains("programme Dövlət Proqramı 2021 / State Programme 2021 / Госпрограмма 2021; issued by Dövlət Proqramı / State Programme / Государственная программа"))
        #expect(set.stdout.contains("signed by Nərmin Əsgərova, Proqramın rəhbəri / Programme Director / Руководитель программы"))

        #expect(cli.run("certificate", "print", "JUD-2021", "--combined", "--lang", "az+en", "--out", "az-en").exitCode == 0)
        let bilingual = try cli.read("az-en/JUD-2021.html")
        #expect(bilingual.contains("<div class=\"centre\">Dövlət Proqramı<span class=\"second\">State Programme</span></div>"), "the issuer in both languages")
        #expect(bilingual.contains("<div class=\"role\">Proqramın rəhbəri / <span class=\"second\">Programme Director</span></div>"), "the title in both")
        #expect(cli.run("certificate", "print", "JUD-2021", "--combined", "--lang", "ru", "--out", "ru").exitCode == 0)
        let russian = try cli.read("ru/JUD-2021.html")
        #expect(russian.contains("<div class=\"centre\">Государственная программа</div>") && russian.contains("<div class=\"role\">Руководитель программы</div>"))
        #expect(!russian.contains("Proqramın rəhbəri") && !russian.contains("Dövlət Proqramı"))

        let report = cli.run("report", "delivery", "--by", "centre", "--format", "html", "--lang", "en").stdout
        #expect(report.contains("<div class=\"report-programme\">State Programme 2021</div>"), "the programme heads the report")
        #expect(report.contains("<img class=\"report-logo\" src=\"data:image/svg+xml;base64,\(Data(Self.svg.utf8).base64EncodedString())\" alt=\"The ministry&#39;s logo\">"))
        #expect(report.contains("<td>State Programme</td>"), "an event without a centre is the organiser's in the centre column")
        let trained = cli.run("report", "trained", "--format", "html", "--lang", "ru").stdout
        #expect(trained.contains("<div class=\"report-programme\">Госпрограмма 2021</div>"))
        #expect(cli.run("branding", "set", "--programme", "").exitCode == 0)
        #expect(!cli.run("report", "delivery", "--format", "html").stdout.contains("report-programme\">Dövlət"), "removed")
    }

    @Test("a file that is not a logo, a centre logo without a centre, three signatories: one-line errors, nothing stored")
    func refusals() throws {
        let cli = try certifiedEvent()
        try cli.write("logo.png", "full_name;sex\nAynur;f\n")
        try cli.write("evil.svg", "<svg onload=\"alert(1)\"><circle r=\"3\"/></svg>")
        try cli.write("good.svg", Self.svg)
        let cases: [([String], String)] = [
            (["--ministry-logo", "logo.png", "--signatory", "A|B"], "Error: 'logo.png' is not a PNG, JPEG or SVG image\n"),
            (["--donor-logo", "evil.svg"], "Error: 'evil.svg' is an SVG image with an event handler in it\n"),
            (["--logo", "good.svg"], "Error: a centre's logo needs --centre CODE\n"),
            (["--centre", "NOWHERE", "--logo", "good.svg"], "Error: no centre 'NOWHERE'\n"),
            (["--signatory", "A|B", "--signatory", "C|D", "--signatory", "E|F"], "Error: at most 2 signatories sign a certificate; 3 were given\n"),
            (["--signatory", "|Direktor"], "Error: --signatory '|Direktor' is not \"Name|Title\" or \"Name|az title|en title|ru title\" (each at most 200 characters)\n"),
            (["--signatory", "Leyla|Direktor|Director"], "Error: --signatory 'Leyla|Direktor|Director' is not \"Name|Title\" or \"Name|az title|en title|ru title\" (each at most 200 characters)\n"),
            (["--programme", "Proqram|Programme"], "Error: --programme 'Proqram|Programme' is not one name or three, \"az|en|ru\"\n"),
            (["--organiser", "Nazirlik||Министерство"], "Error: --organiser 'Nazirlik||Министерство' is not one name or three, \"az|en|ru\"\n"),
            (["--clear", "everything"], "Error: --clear 'everything' is not a logo; use ministry, centre or donor\n"),
            (["--ministry-logo", "missing.svg"], "Error: \(cli.folder.appendingPathComponent("missing.svg").path): no such file\n"),
        ]
        for (arguments, message) in cases {
            let result = cli.run(["branding", "set"] + arguments)
            #expect(result.exitCode != 0, "\(arguments)")
            #expect(result.stderr == message, "\(arguments)")
        }
        #expect(cli.run("branding", "show").stdout == "no logos; no signatories (a line for the head of the centre)\n", "nothing was stored")
    }
}
