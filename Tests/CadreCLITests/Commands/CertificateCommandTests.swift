import CadreModel
import Foundation
import Testing

@Suite("cadre assessment and cadre certificate")
struct CertificateCommandTests {
    /// The Saatli event with five trainees; P1–P3 attend everything, P4 misses three sessions,
    /// P5 fails the post-test.
    func completedEvent() throws -> CLIHarness {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva", "Rəşad Abbasov", "Günel Orucova", "Elvin Ağayev", "Leyla Quliyeva"])
        for session in 1...6 {
            let except = session <= 3 ? ["--except", "P4"] : []
            cli.run(["attendance", "mark", "DV-SAATLI-2021-10", "--session", "\(session)", "--all-present"] + except)
        }
        try cli.write("scores.csv", """
            event_code,trainee_ref,kind,score,max_score
            DV-SAATLI-2021-10,P1,pre,8,20
            DV-SAATLI-2021-10,P1,post,16,20
            DV-SAATLI-2021-10,P2,pre,10,
            DV-SAATLI-2021-10,P2,post,14,
            DV-SAATLI-2021-10,P3,post,12,
            DV-SAATLI-2021-10,P4,post,18,
            DV-SAATLI-2021-10,P5,pre,9,
            DV-SAATLI-2021-10,P5,post,11,

            """)
        let imported = cli.run("assessment", "import", "scores.csv")
        #expect(imported.stdout == "8 rows: 8 added, 0 updated, 0 unchanged.\n", "\(imported.stderr)")
        return cli
    }

    @Test("scores: validated import, show with matched pairs, audited updates")
    func assessment() throws {
        let cli = try completedEvent()
        #expect(cli.run("assessment", "import", "scores.csv").stdout == "8 rows: 0 added, 0 updated, 8 unchanged.\n")
        try cli.write("bad.csv", "event_code,trainee_ref,kind,score\nDV-SAATLI-2021-10,P1,mid,3\nDV-SAATLI-2021-10,P1,pre,21\nDV-SAATLI-2021-10,NOPE,pre,3\nDV-SAATLI-2021-10,P2,post,9\nDV-SAATLI-2021-10,P2,pre,5\nDV-SAATLI-2021-10,P2,post,10\n")
        let bad = cli.run("assessment", "import", "bad.csv")
        #expect(bad.exitCode == 65)
        #expect(bad.stderr.contains("bad.csv:2: column 'kind': \"mid\" is not a test kind (pre or post)"))
        #expect(bad.stderr.contains("bad.csv:3: column 'score': \"21\" is not a whole number from 0 to 20"))
        #expect(bad.stderr.contains("bad.csv:4: column 'trainee_ref': \"NOPE\" is not a known trainee"))
        #expect(bad.stderr.contains("bad.csv:7: column 'kind': \"post\" is given twice for this trainee (also on line 5)"))
        #expect(!bad.stderr.contains("bad.csv:6"))
        let shown = cli.run("assessment", "show", "DV-SAATLI-2021-10")
        #expect(shown.stdout.contains("3 matched pairs: mean pre 9.0, mean post 13.7, mean gain 4.7 points (23.3 %), normalised gain 0.42; 3 improved, 0 stayed, 0 dropped."))
        #expect(cli.run("assessment", "record", "DV-SAATLI-2021-10", "P1", "--post", "17").stdout == "Recorded 1 score.\n")
        #expect(cli.run("assessment", "record", "DV-SAATLI-2021-10", "P1", "--post", "25").exitCode == 65)
        #expect(cli.run("assessment", "show", "DV-SAATLI-2021-10", "--html", "a.html").exitCode == 0)
        #expect(try cli.read("a.html").contains("<h1>İlkin və yekun testlərin nəticələri</h1>"))
    }

    @Test("issue only to those who completed; refuse the others with the reason; never twice; gapless serials")
    func issue() throws {
        let cli = try completedEvent()
        let refused = cli.run("certificate", "issue", "DV-SAATLI-2021-10", "P4", "P5")
        #expect(refused.exitCode == 1)
        #expect(refused.stderr == """
            Error: 2 people did not complete; no certificates were issued:
            T-00004 did not complete: attended 3 of 6 sessions (50 %), needs 80 %
            T-00005 did not complete: post-test 11/20 below pass mark 12

            """)
        let issued = cli.run("certificate", "issue", "DV-SAATLI-2021-10")
        #expect(issued.stdout == "DV-2021-00001  T-00001\nDV-2021-00002  T-00003\nDV-2021-00003  T-00002\n3 issued, 0 already issued.\n", "in sign-in sheet order")
        #expect(cli.run("certificate", "issue", "DV-SAATLI-2021-10").stdout == "0 issued, 3 already issued.\n")
        #expect(cli.run("certificate", "issue", "DV-SAATLI-2021-10", "P1").stdout == "0 issued, 1 already issued.\n")
    }

    @Test("verify, revoke and reissue: valid, revoked, superseded, unknown")
    func verification() throws {
        let cli = try completedEvent()
        cli.run("certificate", "issue", "DV-SAATLI-2021-10")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(cli.run("certificate", "list", "--json").stdout.utf8)) as? [[String: Any]])
        #expect(list.count == 3)
        let html = try cli.run("certificate", "print", "DV-2021-00001", "--out", "c").exitCode == 0 ? cli.read("c/DV-2021-00001.html") : ""
        let code = try #require(html.range(of: "class=\"code\">").map { String(html[$0.upperBound...].prefix(19)) })

        let valid = cli.run("certificate", "verify", code.lowercased())
        #expect(valid.exitCode == 0)
        #expect(valid.stdout.hasPrefix("VALID: DV-2021-00001\nHolder: Aynur Əliyeva\nCourse: Məişət zorakılığının"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(cli.run("certificate", "verify", "DV-2021-00001", "--json").stdout.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["status", "serial", "holder", "course", "courseCode", "event", "startDate", "endDate", "issueDate", "issuedAt"], "nothing beyond the certificate")

        #expect(cli.run("certificate", "reissue", "DV-2021-00001").stdout == "Issued DV-2021-00004 in place of DV-2021-00001.\n")
        let superseded = cli.run("certificate", "verify", code)
        #expect(superseded.exitCode == 1)
        #expect(superseded.stdout.hasPrefix("SUPERSEDED: DV-2021-00001 was replaced by DV-2021-00004"))
        #expect(cli.run("certificate", "revoke", "DV-2021-00002", "--reason", "issued in error").exitCode == 0)
        let revoked = cli.run("certificate", "verify", "DV-2021-00002")
        #expect(revoked.exitCode == 1)
        #expect(revoked.stdout.contains("REVOKED: DV-2021-00002"))
        #expect(revoked.stdout.contains("issued in error"))
        #expect(cli.run("certificate", "verify", "ZZZZ-ZZZZ-ZZZZ-ZZZZ").stdout == "UNKNOWN: no certificate has the code or serial 'ZZZZ-ZZZZ-ZZZZ-ZZZZ'.\n")
        #expect(cli.run("certificate", "issue", "DV-SAATLI-2021-10").stdout
            == "0 issued, 2 already issued. 1 skipped: their certificate was revoked (name them to issue a new one).\n")
        #expect(cli.run("certificate", "issue", "DV-SAATLI-2021-10", "P3").stdout == "DV-2021-00005  T-00003\n1 issued, 0 already issued.\n")

        // An event prints its valid certificates only; a certificate named prints whatever its status, marked.
        #expect(cli.run("certificate", "print", "DV-SAATLI-2021-10", "--out", "event").stdout.hasPrefix("Wrote 3 certificates"))
        let printed = try FileManager.default.contentsOfDirectory(atPath: cli.folder.appendingPathComponent("event").path).sorted()
        #expect(printed == ["DV-2021-00003.html", "DV-2021-00004.html", "DV-2021-00005.html"])
        // One print job: an event's certificates in one file, a page each.
        #expect(cli.run("certificate", "print", "DV-SAATLI-2021-10", "--combined", "--out", "combined").stdout.hasPrefix("Wrote 3 certificates"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder.appendingPathComponent("combined").path) == ["DV-SAATLI-2021-10.html"])
        let combined = try cli.read("combined/DV-SAATLI-2021-10.html")
        #expect(combined.components(separatedBy: "<div class=\"page\">").count - 1 == 3)
        #expect(["DV-2021-00003", "DV-2021-00004", "DV-2021-00005"].allSatisfy { combined.contains($0) })
        #expect(combined.components(separatedBy: "<html").count == 2, "one document")
        #expect(cli.run("certificate", "print", "DV-2021-00002", "DV-2021-00003", "--out", "named").stdout.hasPrefix("Wrote 2 certificates"))
        #expect(try cli.read("named/DV-2021-00002.html").contains("<div class=\"void\">ləğv edilib</div>"), "the mark in the certificate's language")
        #expect(try !cli.read("named/DV-2021-00003.html").contains("class=\"void\""))
        let unknown = cli.run("certificate", "print", "DV-2021-00003", "NO-SUCH-EVENT", "--out", "unknown")
        #expect(unknown.exitCode != 0)
        #expect(unknown.stderr.contains("NO-SUCH-EVENT"))
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("unknown").path), "nothing written")
        // Printing starts while records are still being read, but only after every target is known:
        // into a folder that exists (not staged), an unknown last target still writes nothing.
        let intoExisting = cli.run("certificate", "print", "DV-SAATLI-2021-10", "NO-SUCH-EVENT", "--out", "named")
        #expect(intoExisting.exitCode != 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder.appendingPathComponent("named").path).sorted()
            == ["DV-2021-00002.html", "DV-2021-00003.html"])
    }

    @Test("print: one file per certificate, bilingual, a QR code, hostile names escaped; the register as CSV and HTML")
    func print() throws {
        let cli = try completedEvent()
        cli.run("certificate", "issue", "DV-SAATLI-2021-10")
        #expect(cli.run("certificate", "print", "DV-SAATLI-2021-10", "--lang", "az+en", "--out", "certs", "--verify-url", "https://cadre.example.az/verify/{code}").stdout.hasPrefix("Wrote 3 certificates"))
        let html = try cli.read("certs/DV-2021-00002.html")
        #expect(html.contains("<h1>Sertifikat<span class=\"second\">Certificate</span></h1>"))
        #expect(html.contains("«Preventing domestic violence and the local referral mechanism»"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.contains("https://cadre.example.az/verify/"))
        // Every label in both languages, the length as hours, the centre (not the room) at the top.
        let text = html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        for pair in ["Tarix / Dates", "18 saat / 18 hours", "Təlimçilər / Trainers", "Yoxlama kodu / Verification code",
                     "Nömrə / Serial", "Verilmə tarixi / Issued", "Mərkəzin rəhbəri / Head of the centre"] {
            #expect(text.contains(pair), "\(pair)")
        }
        #expect(html.contains("<div class=\"centre\">Saatlı Ailə və Uşaq Dəstək Xidməti Mərkəzi</div>"))
        #expect(cli.run("certificate", "print", "DV-SAATLI-2021-10", "--lang", "fr").exitCode == 64)
        #expect(cli.run("certificate", "register", "--out", "register.csv").exitCode == 0)
        let csv = try cli.read("register.csv")
        #expect(csv.hasPrefix("\u{FEFF}serial,status,holder,trainee_ref,course,event"))
        #expect(csv.components(separatedBy: "\r\n").count == 5)
        let register = try cli.read("register.html")
        #expect(register.contains("<h1>Verilmiş sertifikatların reyestri</h1>"))
        #expect(register.contains("<strong>DV-SAATLI-2021-10</strong> · Məişət zorakılığının qarşısının alınması və yerli istiqamətləndirmə mexanizmi (DV-101) · Saatlı Ailə və Uşaq Dəstək Xidməti Mərkəzi · 25–27 oktyabr 2021"),
                "the event's course and centre by name, once above its rows")
    }
}
