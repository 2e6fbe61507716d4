import Foundation
import Testing

@Suite("cadre centre, venue, trainer, event, session, schedule, timetable")
struct ScheduleCommandTests {
    /// A database with courses, the two centres, their venues, two trainers and the Saatli event.
    func october() throws -> CLIHarness {
        let cli = try CLIHarness()
        for arguments in [
            ["init"], ["course", "import"],
            ["centre", "add", "--code", "SAATLI", "--name", "Saatlı Ailə və Uşaq Dəstək Xidməti Mərkəzi", "--region", "Saatlı"],
            ["centre", "add", "--code", "SHUVALAN", "--name", "Şüvəlan Ailə və Uşaq Dəstək Xidməti Mərkəzi", "--region", "Xəzər"],
            ["venue", "add", "--name", "Saatlı təlim zalı", "--centre", "SAATLI", "--capacity", "30"],
            ["venue", "add", "--name", "Şüvəlan konfrans zalı", "--centre", "SHUVALAN", "--capacity", "30"],
            ["trainer", "add", "--name", "Aygün Səfərova", "--email", "aygun@example.az", "--languages", "az,ru"],
            ["trainer", "add", "--name", "Rauf Həsənli", "--languages", "az,en"],
        ] {
            let result = cli.run(arguments)
            #expect(result.exitCode == 0, "\(arguments): \(result.stderr)")
        }
        let scheduled = cli.run(
            "event", "schedule", "--course", "DV-101", "--centre", "SAATLI", "--venue", "V-00001", "--start", "2021-10-25", "--days", "3",
            "--trainer", "TR-00001", "--capacity", "30", "--pattern", "09:30-12:30,13:30-16:30", "--code", "DV-SAATLI-2021-10")
        #expect(scheduled.exitCode == 0, "\(scheduled.stderr)")
        #expect(scheduled.stdout.hasPrefix("Scheduled DV-SAATLI-2021-10: 6 sessions from 2021-10-25 to 2021-10-27."))
        return cli
    }

    @Test("a second event reusing the trainer on 26 October is refused naming the clash (exit 1), then scheduled with --force")
    func clashThenForce() throws {
        let cli = try october()
        let arguments = ["event", "schedule", "--course", "DV-101", "--centre", "SHUVALAN", "--venue", "V-00002", "--start", "2021-10-26", "--trainer", "aygun@example.az"]
        let refused = cli.run(arguments)
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.hasPrefix("Error: 4 clashes; nothing was changed (use --force to override; the override is audited):\n"))
        #expect(refused.stderr.contains("\ntrainer TR-00001 (Aygün Səfərova) is already booked for DV-SAATLI-2021-10 session 3 on 2021-10-26 09:30-12:30;"))
        #expect(!cli.run("event", "list").stdout.contains("SHUVALAN"))

        let forced = cli.run(arguments + ["--force"])
        #expect(forced.exitCode == 0)
        #expect(forced.stderr.contains("warning: scheduled despite: trainer TR-00001"))
        let check = cli.run("schedule", "check")
        #expect(check.exitCode == 1)
        #expect(check.stdout.hasSuffix("4 clashes.\n"))
        let json = cli.run("schedule", "check", "--json")
        let clashes = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: String]])
        #expect(clashes.map { $0["kind"] } == Array(repeating: "trainer", count: 4))
    }

    @Test("--dry-run prints the sessions with their weekdays and the clashes, answers as the real run would, and stores nothing")
    func dryRun() throws {
        let cli = try october()
        let before = try cli.checksum()
        let common = ["event", "schedule", "--course", "DV-101", "--centre", "SHUVALAN", "--venue", "V-00002", "--dry-run"]
        let base = common + ["--start", "2021-10-28"]
        let working = cli.run(base)
        #expect(working.exitCode == 0, "\(working.stderr)")
        #expect(working.stdout.hasPrefix("Dry run, nothing stored: DV-SHUVALAN-2021-10 would have 6 sessions from 2021-10-28 to 2021-11-01."))
        #expect(working.stdout.contains("  5. 2021-11-01 Mon 09:30-12:30"), "the weekend is skipped")
        let weekend = cli.run(base + ["--allow-weekend"])
        #expect(weekend.stdout.contains("  5. 2021-10-30 Sat 09:30-12:30"))
        let clashing = cli.run(common + ["--start", "2021-10-26", "--trainer", "TR-00001"])
        #expect(clashing.exitCode == 1 && clashing.stderr.contains("clash: trainer TR-00001") && clashing.stderr.contains("would be refused: 4 clashes"))
        #expect(try cli.checksum() == before, "a dry run stores nothing")
    }

    @Test("event show and list, session list and timetable")
    func views() throws {
        let cli = try october()
        let shown = cli.run("event", "show", "DV-SAATLI-2021-10", "--lang", "en")
        #expect(shown.stdout.contains("Trainers: Aygün Səfərova (TR-00001)"))
        #expect(shown.stdout.contains("Enrolled: 0 of 30, waitlisted: 0, withdrawn: 0"))
        #expect(shown.stdout.contains("  6. 2021-10-27 13:30-16:30  Working with children affected by domestic violence, and case studies"))
        let event = try #require(try JSONSerialization.jsonObject(with: Data(cli.run("event", "show", "DV-SAATLI-2021-10", "--json").stdout.utf8)) as? [String: Any])
        #expect((event["sessions"] as? [Any])?.count == 6)
        #expect(cli.run("event", "list", "--from", "2021-10-01", "--to", "2021-10-31").stdout.contains("DV-SAATLI-2021-10  DV-101  2021-10-25  2021-10-27  planned"))
        #expect(cli.run("event", "list", "--from", "2021-11-01").stdout.split(separator: "\n").count == 1)
        #expect(cli.run("session", "list", "DV-SAATLI-2021-10").stdout.split(separator: "\n").count == 7)
        let timetable = cli.run("timetable", "--from", "2021-10-26", "--to", "2021-10-26")
        #expect(timetable.stdout == """
            2021-10-26
              09:30-12:30  DV-SAATLI-2021-10 #3  Saatlı təlim zalı  (Aygün Səfərova)
              13:30-16:30  DV-SAATLI-2021-10 #4  Saatlı təlim zalı  (Aygün Səfərova)

            """)
    }

    @Test("timetable --html writes a printable page through the templates")
    func timetableHTML() throws {
        let cli = try october()
        let result = cli.run("timetable", "--from", "2021-10-25", "--to", "2021-10-26", "--html", "tt.html", "--lang", "az")
        #expect(result.stdout.hasPrefix("Wrote the timetable (4 sessions)"))
        let html = try cli.read("tt.html")
        #expect(html.hasPrefix("<!doctype html>\n<html lang=\"az\">"))
        #expect(html.contains("<h1>Təlimlərin cədvəli</h1>"))
        #expect(html.contains("<tr class=\"day\"><th colspan=\"5\">26 oktyabr 2021, çərşənbə axşamı</th></tr>"))
        #expect(html.components(separatedBy: "<td class=\"time\">").count - 1 == 4)
        #expect(html.contains("<p class=\"period\">25–26 oktyabr 2021</p>"), "the period in words")
        #expect(html.contains("Məişət zorakılığının qarşısının alınması və yerli istiqamətləndirmə mexanizmi<br><span class=\"code\">DV-SAATLI-2021-10</span>"),
                "the course by its title, the event's code beside it")
        #expect(html.contains("<td>3. Zərərçəkənlərin müəyyən edilməsi və riskin qiymətləndirilməsi</td>"), "the session by its module's title")
        let whole = cli.run("timetable", "--html", "all.html", "--lang", "ru")
        #expect(whole.exitCode == 0, "\(whole.stderr)")
        #expect(try cli.read("all.html").contains("<p class=\"period\">25–27 октября 2021</p>"), "no period asked: the first and last session's days")
        #expect(cli.run("timetable", "--html", "tt.html").exitCode == 1, "refuses to overwrite without --force")
    }

    @Test("enrol, waitlist, withdraw and promotion from the command line")
    func enrollment() throws {
        let cli = try october()
        cli.run("event", "schedule", "--course", "MEDIA-301", "--venue", "V-00002", "--start", "2021-12-01", "--capacity", "2", "--code", "MEDIA-1")
        for (index, name) in ["Ülviyyə Rzayeva", "Kamran Babayev", "Səməd Nəsirov"].enumerated() {
            cli.run("trainee", "add", "--name", name, "--sex", index == 0 ? "f" : "m", "--profession", "journalist", "--ref", "J\(index + 1)")
        }
        try cli.write("people.csv", "ref\nJ1\nJ2\nJ3\n")
        let enrolled = cli.run("event", "enroll", "MEDIA-1", "--from-file", "people.csv")
        #expect(enrolled.stdout == "2 enrolled, 1 waitlisted, 0 already there.\n")
        #expect(cli.run("event", "withdraw", "MEDIA-1", "J1").stdout == "Withdrew J1. T-00003 moves up from the waitlist.\n")
        #expect(cli.run("event", "show", "MEDIA-1").stdout.contains("Enrolled: 2 of 2, waitlisted: 0, withdrawn: 1"))
        cli.run("trainee", "add", "--name", "Nigar Hakimova", "--sex", "f", "--profession", "judge", "--ref", "H1")
        let outside = cli.run("event", "enroll", "DV-SAATLI-2021-10", "H1")
        #expect(outside.exitCode == 1)
        #expect(outside.stderr.contains("profession 'judge' is not in the audience of DV-101"))
        let forced = cli.run("event", "enroll", "DV-SAATLI-2021-10", "H1", "--force")
        #expect(forced.exitCode == 0)
        #expect(forced.stderr.hasPrefix("warning: T-00004: profession 'judge'"))
    }

    @Test("session add, move and cancel enforce the rules; holidays are skipped")
    func sessions() throws {
        let cli = try october()
        #expect(cli.run("session", "add", "DV-SAATLI-2021-10", "--date", "2021-10-27", "--time", "17:00-18:00").stdout == "Added session 7: 2021-10-27 17:00-18:00\n")
        let weekend = cli.run("session", "move", "DV-SAATLI-2021-10", "7", "--date", "2021-10-30")
        #expect(weekend.exitCode == 1)
        #expect(weekend.stderr.contains("falls outside the event's dates (2021-10-25 to 2021-10-27)"))
        #expect(weekend.stderr.contains("is on a weekend (use --allow-weekend)"))
        #expect(cli.run("session", "move", "DV-SAATLI-2021-10", "7", "--time", "18:00-17:00").exitCode == 65)
        // What --force overrode is said on the terminal, not only written to the audit log.
        let forced = cli.run("session", "move", "DV-SAATLI-2021-10", "7", "--time", "16:00-17:30", "--force")
        #expect(forced.exitCode == 0)
        #expect(forced.stderr.hasPrefix("warning: moved despite: trainer TR-00001"), "\(forced.stderr)")
        #expect(cli.run("session", "cancel", "DV-SAATLI-2021-10", "7", "--reason", "power cut").exitCode == 0)
        #expect(cli.run("session", "list", "DV-SAATLI-2021-10").stdout.contains("7   2021-10-27  16:00-17:30  cancelled"))
        cli.run("holiday", "add", "2021-11-03", "Bayram")
        let scheduled = cli.run("event", "schedule", "--course", "JUD-201", "--start", "2021-11-02", "--code", "JUD-1")
        #expect(scheduled.stdout.contains("from 2021-11-02 to 2021-11-04"), "3 November is skipped")
        #expect(cli.run("holiday", "list", "--year", "2021").stdout.contains("2021-11-03  Bayram"))
    }

    @Test("imports of events, sessions and enrollments: line-numbered errors and nothing written, idempotent re-import")
    func imports() throws {
        let cli = try october()
        cli.run("trainee", "add", "--name", "Nigar Hakimova", "--sex", "f", "--profession", "judge", "--ref", "H1")
        try cli.write("events.csv", "event_code,course_code,venue,region,start_date,end_date\nJUD-BAKU-2021-11,JUD-201,Bakı Ədliyyə Akademiyası,Bakı,2021-11-29,2021-11-30\n")
        #expect(cli.run("event", "import", "events.csv").stdout == "1 row: 1 added, 0 updated, 0 unchanged.\n")
        #expect(cli.run("event", "import", "events.csv").stdout == "1 row: 0 added, 0 updated, 1 unchanged.\n")
        #expect(cli.run("venue", "list").stdout.contains("V-00003  Bakı Ədliyyə Akademiyası"))

        try cli.write("bad-sessions.csv", """
            event_code,session_no,date,start_time,end_time,hours
            NOPE-1,1,2021-11-29,09:30,12:30,3
            JUD-BAKU-2021-11,1,2021-11-29,12:30,09:30,
            JUD-BAKU-2021-11,2,2021-11-29,13:30,16:30,3
            JUD-BAKU-2021-11,2,2021-11-29,13:30,16:30,3

            """)
        let bad = cli.run("session", "import", "bad-sessions.csv")
        #expect(bad.exitCode == 65)
        #expect(bad.stderr == """
            Error: 3 of 4 rows are invalid; nothing was imported:
            bad-sessions.csv:2: column 'event_code': "NOPE-1" is not a known event
            bad-sessions.csv:3: column 'end_time': "09:30" is not after the start time 12:30
            bad-sessions.csv:5: column 'session_no': "2" is given twice for JUD-BAKU-2021-11 (also on line 4)

            """)
        #expect(cli.run("session", "list", "JUD-BAKU-2021-11").stdout.split(separator: "\n").count == 1)

        try cli.write("sessions.csv", "event_code,session_no,date,start_time,end_time,hours\nJUD-BAKU-2021-11,1,2021-11-29,09:30,12:30,3\nJUD-BAKU-2021-11,2,2021-11-30,09:30,12:30,3\n")
        #expect(cli.run("session", "import", "sessions.csv").stdout == "2 rows: 2 added, 0 updated, 0 unchanged.\n")
        #expect(cli.run("session", "import", "sessions.csv").stdout == "2 rows: 0 added, 0 updated, 2 unchanged.\n")

        try cli.write("enrol.csv", "event_code,trainee_ref\nJUD-BAKU-2021-11,H1\nJUD-BAKU-2021-11,T-09999\n")
        let unknown = cli.run("enrollment", "import", "enrol.csv")
        #expect(unknown.exitCode == 65)
        #expect(unknown.stderr.contains("enrol.csv:3: column 'trainee_ref': \"T-09999\" is not a known trainee"))
        try cli.write("enrol.csv", "event_code,trainee_ref\nJUD-BAKU-2021-11,H1\n")
        #expect(cli.run("enrollment", "import", "enrol.csv").stdout == "1 row: 1 added, 0 updated, 0 unchanged.\n")
        #expect(cli.run("enrollment", "import", "enrol.csv").stdout == "1 row: 0 added, 0 updated, 1 unchanged.\n")

        // The same judge in a second event at the same hours: two sessions clash.
        try cli.write("events2.csv", "event_code,course_code,venue,region,start_date,end_date\nJUD-GANJA-2021-11,JUD-201,Gəncə zalı,Gəncə,2021-11-29,2021-11-30\n")
        try cli.write("sessions2.csv", "event_code,session_no,date,start_time,end_time\nJUD-GANJA-2021-11,1,2021-11-29,10:00,13:00\nJUD-GANJA-2021-11,2,2021-11-30,13:00,16:00\n")
        #expect(cli.run("event", "import", "events2.csv").exitCode == 0)
        #expect(cli.run("session", "import", "sessions2.csv").exitCode == 0)
        try cli.write("enrol2.csv", "event_code,trainee_ref\nJUD-GANJA-2021-11,H1\n")
        let strict = cli.run("enrollment", "import", "enrol2.csv", "--strict")
        #expect(strict.exitCode == 65)
        #expect(strict.stderr.contains(
            "enrol2.csv:2: column 'trainee_ref': \"T-00001\" clashes: trainee T-00001 is enrolled in JUD-BAKU-2021-11 session 1 on 2021-11-29 09:30-12:30; JUD-GANJA-2021-11 session 1 (10:00-13:00) overlaps it"),
            "\(strict.stderr)")
        #expect(!strict.stderr.contains("session 2 on 2021-11-30"))
        let counted = cli.run("enrollment", "import", "enrol2.csv")
        #expect(counted.stdout == "1 row: 1 added, 0 updated, 0 unchanged, 1 clash (see 'cadre schedule check').\n", "\(counted.stdout)")
    }

    @Test("unknown references and bad values are one-line errors")
    func errors() throws {
        let cli = try october()
        #expect(cli.run("event", "show", "NOPE").stderr == "Error: no event 'NOPE'\n")
        #expect(cli.run("event", "schedule", "--course", "DV-101", "--start", "2021-02-30").stderr == "Error: --start: \"2021-02-30\" is not a date (use 2021-10-25)\n")
        #expect(cli.run("event", "schedule", "--course", "DV-101", "--start", "2021-10-25", "--pattern", "9-5").exitCode == 65)
        #expect(cli.run("event", "schedule", "--course", "DV-101", "--start", "2021-10-25", "--days", "2").stderr.contains("2 working days of this pattern give 12 h, but the course needs 18 h"))
        #expect(cli.run("event", "schedule", "--course", "DV-101", "--start", "2021-10-25", "--trainer", "Nobody").stderr == "Error: no trainer 'Nobody'\n")
        #expect(cli.run("centre", "add", "--code", "SAATLI", "--name", "Again").exitCode == 65)
    }
}
