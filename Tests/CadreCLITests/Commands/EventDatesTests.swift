import Foundation
import Testing

@Suite("event dates, event status and certificate dates follow the records")
struct EventDatesTests {
    /// The Saatli event scheduled from Thursday 28 October 2021: six sessions over 28, 29
    /// October and Monday 1 November, with two trainees enrolled.
    func lateOctober() throws -> CLIHarness {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva", "Rəşad Abbasov"])
        for arguments in [
            ["event", "schedule", "--course", "DV-101", "--centre", "SAATLI", "--venue", "V-00001", "--start", "2021-10-28",
             "--trainer", "TR-00001", "--code", "DV-LATE", "--force"],
            ["event", "enroll", "DV-LATE", "P1", "P2"],
            ["assessment", "record", "DV-LATE", "P1", "--post", "18"],
            ["assessment", "record", "DV-LATE", "P2", "--post", "17"],
        ] {
            let result = cli.run(arguments)
            #expect(result.exitCode == 0, "\(arguments): \(result.stderr)")
        }
        #expect(cli.run("event", "show", "DV-LATE").stdout.contains("2021-10-28 to 2021-11-01"))
        return cli
    }

    @Test("moving the last sessions into the weekend moves the event's last day everywhere it is printed")
    func datesFollowMovedSessions() throws {
        let cli = try lateOctober()
        for number in ["5", "6"] {
            let moved = cli.run("session", "move", "DV-LATE", number, "--date", "2021-10-30", "--allow-weekend", "--force")
            #expect(moved.exitCode == 0, "\(moved.stderr)")
        }
        #expect(cli.run("event", "show", "DV-LATE").stdout.contains("2021-10-28 to 2021-10-30"))
        #expect(cli.run("event", "list").stdout.contains("DV-LATE            DV-101  2021-10-28  2021-10-30"))
        #expect(cli.run("sheet", "DV-LATE", "--out", "sheets").exitCode == 0)
        let sheets = try FileManager.default.contentsOfDirectory(atPath: cli.folder.appendingPathComponent("sheets").path)
        let sheet = try cli.read("sheets/" + (sheets.sorted().first ?? ""))
        #expect(sheet.contains("28–30 oktyabr 2021"), "the sheet names the event's real dates")
        #expect(!sheet.contains("noyabr"))

        for session in 1...6 { cli.run("attendance", "mark", "DV-LATE", "--session", "\(session)", "--all-present") }
        #expect(cli.run("certificate", "issue", "DV-LATE").exitCode == 0)
        let verified = cli.run("certificate", "verify", "DV-2021-00001")
        #expect(verified.stdout.contains("Event: DV-LATE, 2021-10-28 to 2021-10-30"))
        #expect(verified.stdout.contains("Issued: 2021-10-30"), "dated the last session day, not the day it was typed in")

        // Cancelling the last sessions brings the last day back; cancelling a session is undone by nothing, so the
        // event keeps the days of the sessions that remain.
        #expect(cli.run("session", "cancel", "DV-LATE", "5").exitCode == 0)
        #expect(cli.run("session", "cancel", "DV-LATE", "6").exitCode == 0)
        #expect(cli.run("event", "show", "DV-LATE").stdout.contains("2021-10-28 to 2021-10-29"))
        #expect(cli.run("session", "add", "DV-LATE", "--date", "2021-11-02", "--time", "09:30-12:30", "--force").exitCode == 0)
        #expect(cli.run("event", "show", "DV-LATE").stdout.contains("2021-10-28 to 2021-11-02"))
    }

    @Test("an event is planned, then running, then held as attendance is recorded; cancelled when cancelled; --status filters")
    func statusFollowsAttendance() throws {
        let cli = try lateOctober()
        let status = { cli.run("event", "show", "DV-LATE").stdout.split(separator: "\n").first { $0.hasPrefix("Status: ") } ?? "" }
        #expect(status().hasPrefix("Status: planned,"))
        cli.run("attendance", "mark", "DV-LATE", "--session", "1", "--all-present")
        #expect(status().hasPrefix("Status: running,"))
        #expect(cli.run("event", "list", "--status", "running").stdout.contains("DV-LATE"))
        #expect(!cli.run("event", "list", "--status", "planned").stdout.contains("DV-LATE"))
        #expect(cli.run("event", "list", "--status", "planned").stdout.contains("DV-SAATLI-2021-10"))
        for session in 2...5 { cli.run("attendance", "mark", "DV-LATE", "--session", "\(session)", "--all-present") }
        #expect(status().hasPrefix("Status: running,"))
        cli.run("session", "cancel", "DV-LATE", "6", "--reason", "power cut")
        #expect(status().hasPrefix("Status: held,"), "every session that was not cancelled has attendance")
        #expect(cli.run("event", "list", "--status", "held").stdout.contains("DV-LATE"))
        #expect(cli.run("event", "list", "--status", "completed").stdout.contains("DV-LATE"), "the word earlier versions printed")
        #expect(!cli.run("event", "list", "--status", "held").stdout.contains("DV-SAATLI-2021-10"))
        #expect(cli.run("event", "cancel", "DV-SAATLI-2021-10").exitCode == 0)
        #expect(cli.run("event", "list", "--status", "cancelled").stdout.contains("DV-SAATLI-2021-10"))
    }

    @Test("certificates are dated the event's last session day, --date sets a later one and never an earlier one")
    func certificateIssueDate() throws {
        let cli = try lateOctober()
        for session in 1...6 { cli.run("attendance", "mark", "DV-LATE", "--session", "\(session)", "--all-present") }
        let early = cli.run("certificate", "issue", "DV-LATE", "--date", "2021-10-31")
        #expect(early.exitCode == 65)
        #expect(early.stderr == "Error: the issue date 2021-10-31 is before the event's last session day 2021-11-01\n")
        #expect(cli.run("certificate", "list").stdout.contains("0 certificates") || !cli.run("certificate", "list").stdout.contains("DV-2021"))
        #expect(cli.run("certificate", "issue", "DV-LATE", "P1", "--date", "2021-11-05").exitCode == 0)
        #expect(cli.run("certificate", "issue", "DV-LATE").exitCode == 0)
        let list = cli.run("certificate", "list", "--event", "DV-LATE").stdout
        #expect(list.contains("DV-2021-00001  valid   Aynur Əliyeva  DV-LATE  2021-11-05"))
        #expect(list.contains("DV-2021-00002  valid   Rəşad Abbasov  DV-LATE  2021-11-01"))
        #expect(cli.run("certificate", "print", "DV-2021-00002", "--out", "certificates").exitCode == 0)
        let page = try cli.read("certificates/DV-2021-00002.html")
        #expect(page.contains("1 noyabr 2021"))
        #expect(!page.contains("2021-10-25") && !page.contains("25 oktyabr 2021"), "not the day it was typed in")

        // A wrongly dated certificate is corrected by reissuing it with the right date.
        let reissued = cli.run("certificate", "reissue", "DV-2021-00001", "--date", "2021-11-01")
        #expect(reissued.exitCode == 0, "\(reissued.stderr)")
        #expect(cli.run("certificate", "verify", "DV-2021-00003").stdout.contains("Issued: 2021-11-01"))
        #expect(cli.run("certificate", "verify", "DV-2021-00001").stdout.contains("Issued: 2021-11-05"))
        #expect(cli.run("certificate", "reissue", "DV-2021-00003", "--date", "2021-10-01").exitCode == 65)
    }
}
