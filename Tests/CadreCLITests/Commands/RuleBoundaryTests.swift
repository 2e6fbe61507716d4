import Foundation
import Testing

/// The boundaries of the rules people rely on, each at the exact point where a careless change
/// would move it: the minimum attendance, what makes two registrations one person, and when two
/// sessions are in each other's way.
@Suite("rule boundaries")
struct RuleBoundaryTests {
    /// How many completed by the `completion` command's reckoning.
    func completedByCommand(_ cli: CLIHarness) throws -> Int {
        let data = Data(cli.run("completion", "DV-SAATLI-2021-10", "--json").stdout.utf8)
        let lines = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        return lines.filter { (($0["completion"] as? [String: Any])?["completed"] as? Bool) == true }.count
    }

    /// How many completed by the report's reckoning.
    func completedByReport(_ cli: CLIHarness) throws -> Int {
        let data = Data(cli.run("report", "trained", "--by", "course", "--format", "json").stdout.utf8)
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(report["total"] as? Int)
    }

    @Test("exactly the minimum attendance (4 of 5 held sessions = 80 %) completes, in the report as in the completion command")
    func minimumAttendanceCompletes() throws {
        let cli = try CLIHarness()
        // P1 attends no session, P2 the first, … P7 all six; everyone passes the post-test.
        try cli.saatliEvent(names: ["Aynur Əliyeva", "Rəşad Abbasov", "Günel Orucova", "Elvin Ağayev", "Leyla Quliyeva", "Tural Çələbiyev", "Səbinə Zeynalova"])
        for session in 1...6 {
            let absent = (1...7).filter { $0 <= session }.map { "P\($0)" }
            cli.run(["attendance", "mark", "DV-SAATLI-2021-10", "--session", "\(session)", "--all-present"] + absent.flatMap { ["--except", $0] })
        }
        try cli.write("scores.csv", "event_code,trainee_ref,kind,score\n" + (1...7).map { "DV-SAATLI-2021-10,P\($0),post,15\n" }.joined())
        #expect(cli.run("assessment", "import", "scores.csv").exitCode == 0)

        // Six held: 80 % needs 4.8, so 5 — P6 and P7.
        #expect(try completedByReport(cli) == 2)
        #expect(try completedByCommand(cli) == 2)
        // Five held: 80 % is exactly 4 — P5 (4 of 5), P6 and P7.
        #expect(cli.run("session", "cancel", "DV-SAATLI-2021-10", "6").exitCode == 0)
        #expect(try completedByReport(cli) == 3, "4 of 5 is exactly the minimum and completes")
        #expect(try completedByCommand(cli) == 3)
        // Four held: 3.2 needs 4 — P5, P6, P7 again (each attended sessions 1–4).
        #expect(cli.run("session", "cancel", "DV-SAATLI-2021-10", "5").exitCode == 0)
        #expect(try completedByReport(cli) == 3)
        #expect(try completedByCommand(cli) == 3)
    }

    @Test("two different people sharing one e-mail address (an office's info@) stay two people")
    func sharedEmailIsNotOnePerson() throws {
        let cli = try CLIHarness()
        cli.run("init")
        try cli.write("signup.csv", """
            full_name,sex,profession,email
            Aynur Əliyeva,f,social-worker,info@saatli-rih.gov.az
            Rəşad Abbasov,m,social-worker,info@saatli-rih.gov.az
            AYNUR ƏLİYEVA,f,social-worker,info@saatli-rih.gov.az

            """)
        let imported = cli.run("trainee", "import", "signup.csv")
        #expect(imported.stdout.hasPrefix("3 rows: 2 added, 0 updated, 1 unchanged, 0 merged as duplicates"), "\(imported.stdout)")
        #expect(cli.run("trainee", "list").stdout.hasSuffix("2 trainees\n"))
        let added = cli.run("trainee", "add", "--name", "Günel Orucova", "--sex", "f", "--profession", "judge", "--email", "info@saatli-rih.gov.az")
        #expect(added.exitCode == 0, "a third person at the same address is registered, not refused: \(added.stderr)")
    }

    @Test("back-to-back sessions of one trainer, one venue and one trainee (13:30–16:30, then 16:30–18:00) do not clash")
    func backToBackIsNoClash() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva"])
        // Same trainer, same venue, same trainee, each evening right after the Saatli event's afternoon session.
        let scheduled = cli.run(
            "event", "schedule", "--course", "MEDIA-301", "--centre", "SAATLI", "--venue", "V-00001", "--start", "2021-10-25", "--days", "5",
            "--trainer", "TR-00001", "--pattern", "16:30-18:00", "--code", "AFTERNOON")
        #expect(scheduled.exitCode == 0, "\(scheduled.stderr)")
        #expect(scheduled.stderr.isEmpty)
        // Enrolled from a file, whose import counts clashes instead of refusing them: none to count.
        try cli.write("enrol.csv", "event_code,trainee_ref\nAFTERNOON,P1\n")
        let enrolled = cli.run("enrollment", "import", "enrol.csv")
        #expect(enrolled.stdout == "1 row: 1 added, 0 updated, 0 unchanged, 1 outside the course's audience.\n", "\(enrolled.stdout)\(enrolled.stderr)")
        #expect(cli.run("schedule", "check").stdout.contains("No clashes"), "\(cli.run("schedule", "check").stdout)")
        // One minute of overlap is a clash.
        let overlapping = cli.run("session", "move", "AFTERNOON", "1", "--time", "16:29-18:00")
        #expect(overlapping.exitCode == 1)
        #expect(overlapping.stderr.contains("trainer TR-00001"))
    }
}
