import CadreKit
import CadreModel
import Foundation
import Testing

@Suite("cadre attendance and cadre completion")
struct AttendanceCommandTests {
    func event() throws -> CLIHarness {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva", "Rəşad Abbasov", "Günel Orucova", "Elvin Ağayev", "Leyla Quliyeva"])
        return cli
    }

    @Test("mark, all present except, updates and walk-ins; the audit log keeps old and new values")
    func mark() throws {
        let cli = try event()
        #expect(cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "1", "--all-present", "--except", "P2").stdout == "5 recorded, 0 updated, 0 unchanged: 4 present, P2 absent.\n")
        #expect(cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "1", "P2", "--status", "gecikdi").stdout == "0 recorded, 1 updated, 0 unchanged.\n")
        #expect(cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "1", "P2", "--status", "L").stdout == "0 recorded, 0 updated, 1 unchanged.\n")
        cli.run("trainee", "add", "--name", "Səməd Nəsirov", "--sex", "m", "--profession", "volunteer", "--ref", "W1")
        let notEnrolled = cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "1", "W1", "--status", "present")
        #expect(notEnrolled.exitCode == 1)
        #expect(notEnrolled.stderr.contains("is not enrolled in DV-SAATLI-2021-10; add --walk-in"))
        #expect(cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "1", "W1", "--status", "present", "--walk-in").exitCode == 0)
        let shown = cli.run("attendance", "show", "DV-SAATLI-2021-10")
        #expect(shown.stdout.contains("\n     present or late  6   0") && shown.stdout.contains("\nW1   Səməd Nəsirov    P"), "the centre's own references, as the sheets print them")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(cli.run("attendance", "show", "DV-SAATLI-2021-10", "--json").stdout.utf8)) as? [String: Any])
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.count == 6)
        #expect(rows.contains { $0["traineeRef"] as? String == "T-00006" && $0["isWalkIn"] as? Bool == true })
        #expect(cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "9", "P1", "--status", "present").exitCode == 65)
        #expect(cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "1", "P1", "--status", "maybe").exitCode == 65)
    }

    @Test("import: statuses in any language, line-numbered errors, idempotent, a changed mark is an audited update")
    func importMarks() throws {
        let cli = try event()
        try cli.write("bad.csv", """
            event_code;session_no;trainee_ref;status
            DV-SAATLI-2021-10;1;P1;iştirak etdi
            DV-SAATLI-2021-10;7;P2;P
            DV-SAATLI-2021-10;1;NOBODY;P
            DV-SAATLI-2021-10;1;P3;maybe
            DV-SAATLI-2021-10;1;P1;A

            """)
        let bad = cli.run("attendance", "import", "bad.csv")
        #expect(bad.exitCode == 65)
        #expect(bad.stderr == """
            Error: 4 of 5 rows are invalid; nothing was imported:
            bad.csv:3: column 'session_no': "7" is not a session of DV-SAATLI-2021-10
            bad.csv:4: column 'trainee_ref': "NOBODY" is not a known trainee
            bad.csv:5: column 'status': "maybe" is not an attendance status (present/late/excused/absent, P/L/E/A, 1/0, or in az/ru)
            bad.csv:6: column 'trainee_ref': "P1" is marked twice for session 1 (also on line 2)

            """)
        #expect(cli.run("attendance", "show", "DV-SAATLI-2021-10").stdout.contains("present or late  0   0"))

        try cli.write("marks.csv", "event_code,session_no,trainee_ref,status\nDV-SAATLI-2021-10,1,P1,P\nDV-SAATLI-2021-10,1,P2,опоздал\nDV-SAATLI-2021-10,2,P1,1\n")
        #expect(cli.run("attendance", "import", "marks.csv").stdout == "3 rows: 3 recorded, 0 updated, 0 unchanged.\n")
        #expect(cli.run("attendance", "import", "marks.csv").stdout == "3 rows: 0 recorded, 0 updated, 3 unchanged.\n")
        try cli.write("marks.csv", "event_code,session_no,trainee_ref,status\nDV-SAATLI-2021-10,1,P1,A\n")
        #expect(cli.run("attendance", "import", "marks.csv").stdout == "1 row: 0 recorded, 1 updated, 0 unchanged.\n")
    }

    @Test("import: a mark given twice is caught across more events than the import keeps at hand, and whatever the code's case")
    func importManyEvents() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva"])
        // 40 one-session events, more than the 32 the import keeps loaded, a week apart.
        let codes = (1...40).map { String(format: "E%02d", $0) }
        let start = try #require(CalendarDate(parsing: "2022-01-03"))
        let dates = codes.indices.map { start.adding(days: 7 * $0).iso }
        try cli.write("events.csv", "event_code,course_code,venue,region,start_date,end_date\n"
            + zip(codes, dates).map { "\($0),DV-101,Saatlı təlim zalı,Saatlı,\($1),\($1)\n" }.joined())
        try cli.write("sessions.csv", "event_code,session_no,date,start_time,end_time\n"
            + zip(codes, dates).map { "\($0),1,\($1),09:30,12:30\n" }.joined())
        try cli.write("enrollments.csv", "event_code,trainee_ref\n" + codes.map { "\($0),P1\n" }.joined())
        for file in ["events.csv", "sessions.csv", "enrollments.csv"] {
            let result = cli.run(file == "events.csv" ? "event" : file == "sessions.csv" ? "session" : "enrollment", "import", file)
            #expect(result.exitCode == 0, "\(file): \(result.stderr)")
        }
        let marks = "event_code,session_no,trainee_ref,status\n" + codes.map { "\($0),1,P1,P\n" }.joined()
        try cli.write("twice.csv", marks + "e01,1,P1,A\n")
        let twice = cli.run("attendance", "import", "twice.csv")
        #expect(twice.exitCode == 65)
        #expect(twice.stderr.hasPrefix("Error: twice.csv:42: column 'trainee_ref': \"P1\" is marked twice for session 1 (also on line 2); nothing was imported\n"))
        try cli.write("marks.csv", marks)
        #expect(cli.run("attendance", "import", "marks.csv").stdout == "40 rows: 40 recorded, 0 updated, 0 unchanged.\n")
        #expect(cli.run("attendance", "import", "marks.csv").stdout == "40 rows: 0 recorded, 0 updated, 40 unchanged.\n")
    }

    @Test("the roll call through stdin, interrupted and resumed, with undo")
    func rollCall() throws {
        let cli = try event()
        cli.input = ["p", "a", "u", "l", "x", "q"]
        let first = cli.run("attendance", "take", "DV-SAATLI-2021-10", "--session", "2")
        #expect(first.exitCode == 0)
        #expect(first.stdout.contains("[1/5] Aynur Əliyeva (P1): present"))
        #expect(first.stdout.contains("undone: Elvin Ağayev"))
        #expect(first.stdout.contains("[2/5] Elvin Ağayev (P4): late"))
        #expect(first.stdout.contains("[3/5] Günel Orucova (P3): keys: p present"), "an unknown key explains the keys")
        #expect(first.stdout.hasSuffix("2 marked in this run; 2 of 5 marked in session 2.\n"))

        cli.input = ["e", "p"]  // then the input ends, as if the trainer closed the terminal
        let second = cli.run("attendance", "take", "DV-SAATLI-2021-10", "--session", "2")
        #expect(second.stdout.contains("Resuming at 3."))
        #expect(second.stdout.hasSuffix("2 marked in this run; 4 of 5 marked in session 2.\n"))

        cli.input = ["a"]
        #expect(cli.run("attendance", "take", "DV-SAATLI-2021-10", "--session", "2").stdout.hasSuffix("1 marked in this run; 5 of 5 marked in session 2.\n"))
        let matrix = cli.run("attendance", "show", "DV-SAATLI-2021-10").stdout
        #expect(matrix.contains("P1   Aynur Əliyeva    ·   P"))
        #expect(matrix.contains("P4   Elvin Ağayev     ·   L"))
        #expect(matrix.contains("P3   Günel Orucova    ·   E"))
        #expect(matrix.contains("P5   Leyla Quliyeva   ·   P"))
        #expect(matrix.contains("P2   Rəşad Abbasov    ·   A"))
    }

    @Test("completion: who completed and why not, excluding cancelled sessions, with the pass mark")
    func completion() throws {
        let cli = try event()
        for session in 1...6 {
            cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "\(session)", "--all-present", "--except", "P2")
        }
        cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "6", "P3", "--status", "absent")
        cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "5", "P3", "--status", "excused")
        let before = cli.run("completion", "DV-SAATLI-2021-10", "--json")
        let lines = try #require(try JSONSerialization.jsonObject(with: Data(before.stdout.utf8)) as? [[String: Any]])
        let reasons = Dictionary(uniqueKeysWithValues: lines.map { ($0["ref"] as? String ?? "", ($0["completion"] as? [String: Any])?["reasons"] as? [String] ?? []) })
        #expect(reasons["T-00003"] == ["attended 4 of 6 sessions (67 %), needs 80 %", "no post-test score (pass mark 12)"])
        #expect(reasons["T-00002"]?.first == "attended 0 of 6 sessions (0 %), needs 80 %")

        #expect(cli.run("session", "cancel", "DV-SAATLI-2021-10", "6").exitCode == 0)
        let after = cli.run("completion", "DV-SAATLI-2021-10")
        #expect(after.stdout.contains("4/5 (80 %)"), "the cancelled session no longer counts, and 4 of 5 is exactly 80 %")
        #expect(after.stdout.hasSuffix("0 of 5 completed.\n"), "nobody has a post-test score yet")
        #expect(after.stdout.contains("\nP2 ") && !after.stdout.contains("T-0000"), "people by the reference their sheets print")

        #expect(cli.run("attendance", "show", "DV-SAATLI-2021-10", "--html", "att.html").exitCode == 0)
        let html = try cli.read("att.html")
        #expect(html.contains("<h1>Davamiyyət cədvəli</h1>"))
        #expect(html.contains("<td class=\"cell present\">İ</td>") && !html.contains("<td class=\"cell present\">P</td>") && html.contains("İ iştirak etdi"),
                "Azerbaijani initials, explained by the legend")
        #expect(html.contains("<th class=\"cell\">1<br>25.10<br>09:30</th>"), "dates as the sheets write them, with the time when a day has two")
        #expect(html.contains("<th class=\"cell\">5<br>27.10</th>"), "no time when the day's other session was cancelled")
        #expect(html.contains("attended 1 of 5 sessions") == false)
        #expect(html.components(separatedBy: "<td class=\"cell ").count - 1 == 25)
        // The matrix names people by the reference their signed sheet printed: the centre's own.
        #expect(["P1", "P2", "P3", "P4", "P5"].allSatisfy { html.contains(" (\($0))</td>") })
        #expect(!html.contains("T-0000"))
        // Reasons in the page's language, with the numbers filled in.
        #expect(html.contains("yekun test balı yoxdur (keçid balı 12)") && !html.contains("no post-test"))
        #expect(cli.run("attendance", "show", "DV-SAATLI-2021-10", "--html", "att-ru.html", "--lang", "ru").exitCode == 0)
        #expect(try cli.read("att-ru.html").contains("нет балла итогового теста (проходной балл 12)"))
    }

    @Test("help names every word the imports accept for statuses and test kinds, in az and ru too")
    func helpNamesTheWords() {
        let cli = try? CLIHarness()
        let attendance = cli?.run("attendance", "import", "--help").stdout ?? ""
        for word in ["iştirak etdi", "gecikdi", "üzrlü", "gəlmədi", "присутствовал", "опоздал", "отсутствовал"] {
            #expect(attendance.contains(word), "\(word)")
        }
        #expect(cli?.run("attendance", "mark", "--help").stdout.contains("gəlmədi") == true)
        let scores = cli?.run("assessment", "import", "--help").stdout ?? ""
        for word in ["ilkin", "yekun", "входной", "итоговый"] { #expect(scores.contains(word), "\(word)") }
    }
}
