import CadreModel
import Foundation
import Testing

@Suite("cadre report trained")
struct ReportCommandTests {
    @Test("table with definitions, CSV and JSON, suppression, bad dimensions")
    func trained() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva", "Rəşad Abbasov", "Günel Orucova"])
        for session in 1...6 { cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "\(session)", "--all-present") }
        let table = cli.run("report", "trained", "--measure", "attended", "--lang", "en", "--layout", "long")
        #expect(table.stdout.hasPrefix("Professionals trained\n  Measure: attended at least one held session\n"))
        let text = table.stdout.replacingOccurrences(of: " +", with: " ", options: .regularExpression)
        #expect(text.contains("\nSocial worker female 2\n"))
        #expect(text.contains("\nSocial worker male 1\n"))
        #expect(text.contains("\nSubtotal: Social worker 3\n"))
        #expect(text.hasSuffix("\nTotal 3\n"))
        let csv = cli.run("report", "trained", "--measure", "attended", "--by", "sex", "--format", "csv", "--suppress-below", "3")
        #expect(csv.stdout == "\u{FEFF}sex,persons\r\nqadın,<3\r\nkişi,<3\r\nCəmi,3\r\n")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(cli.run("report", "trained", "--format", "json").stdout.utf8)) as? [String: Any])
        #expect(json["total"] as? Int == 0, "nobody has a post-test score, so nobody completed")
        // The donors' cross table, the default for two dimensions: women, men and their total per profession.
        let cross = cli.run("report", "trained", "--measure", "attended", "--lang", "en").stdout.replacingOccurrences(of: " +", with: " ", options: .regularExpression)
        #expect(cross.contains("\nProfession Women Men Total\n"))
        #expect(cross.contains("\nSocial worker 2 1 3\n"))
        #expect(cross.contains("\nJudge 0 0 0\n"))
        #expect(cross.hasSuffix("\nTotal 2 1 3\n"))
        let crossPage = cli.run("report", "trained", "--measure", "attended", "--format", "html", "--lang", "en").stdout
        #expect(crossPage.contains(">Women</text>") && crossPage.contains(">Men</text>"), "the chart's legend")
        let html = cli.run("report", "trained", "--measure", "attended", "--format", "html", "--layout", "long").stdout
        #expect(html.hasPrefix("<!doctype html>"))
        let bars = html.components(separatedBy: "class=\"value\">").dropFirst().map { String($0.prefix { $0 != "<" }) }
        let subtotals = html.components(separatedBy: "<tr class=\"subtotal\">").dropFirst().map { row in
            String(row.components(separatedBy: "<td class=\"count\">")[1].prefix { $0 != "<" })
        }
        #expect(bars.count == 12, "one bar per profession")
        #expect(bars == subtotals, "the chart shows the same numbers as the table")
        let bad = cli.run("report", "trained", "--by", "professon")
        #expect(bad.exitCode == 64)
        #expect(bad.stderr.contains("Did you mean 'profession'?"))
    }
}

@Suite("reports, the register and the trainee export as files and workbooks")
struct ReportFileTests {
    @Test("--out writes any format to a file, never over one without --force; xlsx needs --out and is a workbook")
    func files() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva", "Rəşad Abbasov"])
        let csv = cli.run("report", "trained", "--by", "profession,sex", "--format", "csv", "--layout", "long")
        #expect(cli.run("report", "trained", "--by", "profession,sex", "--format", "csv", "--layout", "long", "--out", "r.csv").stdout.hasPrefix("Wrote "))
        #expect(try cli.read("r.csv") == csv.stdout)
        #expect(cli.run("report", "trained", "--by", "profession,sex", "--format", "csv", "--out", "r.csv").exitCode != 0, "never over a file without --force")
        for command in [["report", "trained"], ["report", "delivery"], ["report", "assessment"], ["certificate", "register"], ["trainee", "export"]] {
            let refused = cli.run(command + ["--format", "xlsx"])
            #expect(refused.exitCode == 64, "\(command)")
            #expect(refused.stderr.hasPrefix("Error: --format xlsx writes a workbook, which needs --out FILE.xlsx"), "\(command)")
            let written = cli.run(command + ["--format", "xlsx", "--out", command.joined(separator: "-") + ".xlsx", "--force"])
            #expect(written.exitCode == 0, "\(command): \(written.stderr)")
            let bytes = try Data(contentsOf: cli.folder.appendingPathComponent(command.joined(separator: "-") + ".xlsx"))
            #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04], "\(command): a ZIP")
        }
    }
}

@Suite("cadre report delivery")
struct DeliveryReportTests {
    @Test("events, sessions, hours, participant-hours, class size, attendance rate and trainer hours match a hand count")
    func delivery() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva", "Rəşad Abbasov", "Günel Orucova", "Elvin Ağayev"])
        // 6 sessions of 3 h. Marks: sessions 1–4 all present; session 5 two present, one late, one absent; session 6 cancelled.
        for session in 1...4 { cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "\(session)", "--all-present") }
        cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "5", "P1", "P2", "--status", "present")
        cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "5", "P3", "--status", "late")
        cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "5", "P4", "--status", "absent")
        cli.run("session", "cancel", "DV-SAATLI-2021-10", "6")
        let csv = cli.run("report", "delivery", "--format", "csv")
        // 5 held sessions = 15 h; attended marks 4×4 + 3 = 19 → 57 participant-hours; rate 19 / (4 × 5) = 95 %; one trainer.
        #expect(csv.stdout == "\u{FEFF}events,sessions,training_hours,participant_hours,average_class_size,attendance_rate_percent,trainer_hours\r\n1,5,15,57,4.0,95.0,15\r\n")
        #expect(cli.run("report", "delivery", "--by", "profession").exitCode == 64)
        let byCentre = cli.run("report", "delivery", "--by", "centre,month").stdout
        #expect(byCentre.contains("Saatlı Ailə və Uşaq Dəstək Xidməti Mərkəzi  2021-10  1"), "centres by name: \(byCentre)")
    }

    @Test("delivered means held: a planned event adds nothing, a half-held event only its held sessions")
    func onlyHeld() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva", "Rəşad Abbasov"])
        for session in 1...6 { cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "\(session)", "--all-present") }
        let before = cli.run("report", "delivery", "--format", "csv").stdout
        #expect(before.hasSuffix("\r\n1,6,18,36,2.0,100.0,18\r\n"), "\(before)")
        // Planned for January 2027: enrolled, nothing held yet.
        #expect(cli.run("event", "schedule", "--course", "DV-101", "--centre", "SAATLI", "--venue", "V-00001", "--start", "2027-01-11",
                        "--trainer", "TR-00001", "--code", "PLANNED-2027").exitCode == 0)
        #expect(cli.run("event", "enroll", "PLANNED-2027", "P1", "P2").exitCode == 0)
        #expect(cli.run("report", "delivery", "--format", "csv").stdout == before, "a planned event is not delivered")
        // Half held: two of its six sessions have a roll call.
        #expect(cli.run("event", "schedule", "--course", "DV-101", "--centre", "SAATLI", "--venue", "V-00001", "--start", "2021-11-08",
                        "--trainer", "TR-00001", "--code", "HALF-2021").exitCode == 0)
        #expect(cli.run("event", "enroll", "HALF-2021", "P1", "P2").exitCode == 0)
        cli.run("attendance", "mark", "HALF-2021", "--session", "1", "--all-present")
        cli.run("attendance", "mark", "HALF-2021", "--session", "2", "P1", "--status", "present")
        cli.run("attendance", "mark", "HALF-2021", "--session", "2", "P2", "--status", "absent")
        // 8 held sessions = 24 h; attended 12 + 3 = 15 marks → 45 participant-hours; rate 15 / (2 × 6 + 2 × 2) = 93.75 %.
        let after = cli.run("report", "delivery", "--format", "csv").stdout
        #expect(after.hasSuffix("\r\n2,8,24,45,2.0,93.8,24\r\n"), "\(after)")
        let english = cli.run("report", "delivery", "--lang", "en").stdout
        #expect(english.contains("roll call was taken"), "the rule is stated with the report")
        #expect(english.contains("Period: events starting from 25 October 2021 to "), "the period as dates, from the first event: \(english)")
        #expect(cli.run("report", "delivery", "--lang", "en", "--from", "2021-11-01", "--to", "2021-11-30").stdout.contains("1 November 2021 and 30 November 2021") ||
                cli.run("report", "delivery", "--lang", "en", "--from", "2021-11-01", "--to", "2021-11-30").stdout.contains("1 November 2021"))
    }
}

@Suite("cadre report assessment and indicators")
struct AssessmentAndIndicatorReportTests {
    @Test("indicators: counts and shares against targets, from a JSON file with clear errors")
    func indicators() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva", "Rəşad Abbasov", "Günel Orucova", "Elvin Ağayev"])
        for session in 1...6 { cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "\(session)", "--all-present") }
        try cli.write("scores.csv", "event_code,trainee_ref,kind,score\nDV-SAATLI-2021-10,P1,post,15\nDV-SAATLI-2021-10,P2,post,12\nDV-SAATLI-2021-10,P3,post,5\nDV-SAATLI-2021-10,P1,pre,5\nDV-SAATLI-2021-10,P2,pre,12\n")
        #expect(cli.run("assessment", "import", "scores.csv").exitCode == 0)
        try cli.write("targets.json", """
            {"targets": [
              {"name": {"az": "Təlim keçənlər", "en": "Trained", "ru": "Прошли обучение"}, "target": 4},
              {"name": "Social workers", "share": {"profession": ["social-worker"]}, "targetPercent": 50},
              {"name": "Attended in Saatli", "measure": "attended", "where": {"region": ["saatly"]}, "target": 8}
            ]}
            """)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(cli.run("report", "indicators", "--targets", "targets.json", "--format", "json").stdout.utf8)) as? [String: Any])
        let results = try #require(json["results"] as? [[String: Any]])
        // P1 and P2 completed (post ≥ 12); P3 failed; P4 has no post-test. Trainees have no region: the saatly filter matches none.
        #expect(results.map { $0["numerator"] as? Int } == [2, 2, 0])
        #expect(results.map { $0["achievedPercent"] as? Double } == [50, 200, 0])
        // Each language's report names the indicator in its own words.
        #expect(cli.run("report", "indicators", "--targets", "targets.json", "--lang", "ru").stdout.contains("Прошли обучение"))
        #expect(cli.run("report", "indicators", "--targets", "targets.json", "--lang", "az").stdout.contains("Təlim keçənlər"))
        try cli.write("half.json", "{\"targets\": [{\"name\": {\"az\": \"x\", \"en\": \"y\"}, \"target\": 3}]}")
        #expect(cli.run("report", "indicators", "--targets", "half.json").stderr == "Error: half.json: $.targets[0].name: missing required key 'ru'\n")
        try cli.write("bad.json", "{\"targets\": [{\"name\": \"x\", \"where\": {\"planet\": [\"mars\"]}, \"target\": 3}]}")
        let bad = cli.run("report", "indicators", "--targets", "bad.json")
        #expect(bad.exitCode == 65)
        #expect(bad.stderr == "Error: bad.json: $.targets[0].where.planet: unknown dimension 'planet'\n")
        let assessment = cli.run("report", "assessment", "--format", "csv").stdout
        #expect(assessment == "\u{FEFF}course,pairs,mean_pre,mean_post,mean_gain,mean_gain_percent,normalised_gain,improved,stayed,dropped\r\nMəişət zorakılığının qarşısının alınması və yerli istiqamətləndirmə mexanizmi (DV-101),2,8.5,13.5,5.0,25.0,0.33,1,1,0\r\nCəmi,2,8.5,13.5,5.0,25.0,0.33,1,1,0\r\n")
    }
}

@Suite("cadre site")
struct SiteCommandTests {
    static func visible(_ html: String) -> String { html.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression) }

    @Test("a static site without contacts, national ids, names or codes unless asked")
    func site() throws {
        let cli = try CLIHarness()
        try cli.write("people.csv", "full_name,sex,profession,email,phone,national_id,ref\nZərifə Unikalova,f,social-worker,zerife@x.az,050 111 22 33,9ZZ9ZZ9,Z1\n")
        try cli.saatliEvent(names: ["Aynur Əliyeva"])
        cli.run("trainee", "import", "people.csv")
        cli.run("event", "enroll", "DV-SAATLI-2021-10", "Z1")
        for session in 1...6 { cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "\(session)", "--all-present") }
        try cli.write("s.csv", "event_code,trainee_ref,kind,score\nDV-SAATLI-2021-10,Z1,post,18\n")
        cli.run("assessment", "import", "s.csv")
        cli.run("certificate", "issue", "DV-SAATLI-2021-10")
        let result = cli.run("site", "--out", "site")
        #expect(result.stdout.hasPrefix("Wrote 7 pages"))
        var all = ""
        let enumerator = FileManager.default.enumerator(atPath: cli.folder.appendingPathComponent("site").path)
        while let name = enumerator?.nextObject() as? String {
            if name.hasSuffix(".html") { all += try cli.read("site/\(name)") }
        }
        for secret in ["Unikalova", "zerife@x.az", "+994501112233", "9ZZ9ZZ9", "<script"] { #expect(!all.contains(secret), "\(secret)") }
        #expect(all.contains("Kodun heşi"), "the column of code hashes, in the database's language")
        let certificates = try cli.read("site/certificates.html")
        #expect(certificates.contains("DV-2021-00001"))
        #expect(cli.run("site", "--out", "named", "--with-names", "--codes", "omit").exitCode == 0)
        let named = try cli.read("named/certificates.html")
        #expect(named.contains("Zərifə Unikalova"))
        #expect(!named.contains("Kodun heşi"))
    }

    @Test("the site's report pages show the numbers, labels and roundings of `cadre report` itself")
    func siteReportsAreTheReports() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva", "Rəşad Abbasov", "Günel Orucova"])
        for session in 1...5 { cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "\(session)", "--all-present") }
        // 44 minutes late in the sixth session: participant-hours are not whole hours.
        #expect(cli.run("session", "move", "DV-SAATLI-2021-10", "6", "--time", "13:30-14:14").exitCode == 0)
        cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "6", "P1", "--status", "present")
        #expect(cli.run("site", "--out", "site").exitCode == 0)
        func cells(_ html: String) -> [[String]] {
            html.components(separatedBy: "<tr>").dropFirst().map { row in
                row.components(separatedBy: "<td>").dropFirst().map { String($0.prefix { $0 != "<" }) }
            }.filter { !$0.isEmpty }
        }
        let csv = cli.run("report", "delivery", "--by", "centre,course", "--format", "csv").stdout
        let csvRows = csv.dropFirst().split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        // The same numbers; the Azerbaijani page writes decimals with a comma, the CSV with a dot.
        #expect(cells(try cli.read("site/reports/delivery.html")) == csvRows.map { $0.map { NumberWording.written($0, .az) } })
        #expect(try cli.read("site/reports/delivery.html").contains("<td>15,73</td>"))
        #expect(csvRows.first?[4] == "15.73", "15 h and 44 minutes, cut at two decimals everywhere")
        let trained = cli.run("report", "trained", "--measure", "completed", "--format", "csv", "--layout", "cross", "--lang", "az").stdout
        let trainedRows = trained.dropFirst().split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(cells(try cli.read("site/reports/trained.html")) == trainedRows)
        #expect(trainedRows.count == 13, "the donors' table: every profession and the total")
        // A session with a roll call was held, whatever was stored when it was planned.
        let event = Self.visible(try cli.read("site/events/DV-SAATLI-2021-10.html"))
        #expect(event.components(separatedBy: "keçirilib").count - 1 == 6)
        #expect(!event.contains("planlaşdırılıb"))
        let listed = cli.run("session", "list", "DV-SAATLI-2021-10").stdout
        #expect(listed.components(separatedBy: "  held ").count - 1 == 6, "session list agrees")
        #expect(!listed.contains("planned"))
    }
}
