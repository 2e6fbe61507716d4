import CadreKit
import Foundation
import Testing

@Suite("cadre feedback and cadre report feedback")
struct FeedbackCommandTests {
    static let header = "event_code;trainee_ref;relevance;trainer;organisation;confidence;most-useful;recommend;comments\r\n"

    @Test("paper forms in; four forms show only '<5' in the table, CSV, workbook and page; a second form from someone is refused")
    func fourFormsHidden() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva", "Rəşad Abbasov", "Günel Orucova", "Elvin Ağayev", "Leyla Həsənova", "Orxan Quliyev"])
        #expect(cli.run("feedback", "import", "none.csv").exitCode != 0)
        #expect(cli.run("questionnaire", "import").exitCode == 0)
        var forms = Self.header
        for (ref, answers) in [("P1", "5;4;3;4;law;bəli;"), ("P2", "4;5;2;3;practice;bəli;Zal soyuq idi"), ("", "5;5;4;4;referral;да;"), ("P4", "3;4;4;5;law;xeyr;")] {
            forms += "DV-SAATLI-2021-10;\(ref);\(answers)\r\n"
        }
        try cli.write("forms.csv", forms)
        let imported = cli.run("feedback", "import", "forms.csv")
        #expect(imported.exitCode == 0, "\(imported.stderr)")
        #expect(imported.stdout == "4 forms: 4 stored.\n")
        // Excel's trailing separator, on the header and the rows, is no column; a value past the header is refused.
        try cli.write("excel.csv", Self.header.replacingOccurrences(of: "\r\n", with: ";\r\n") + "DV-SAATLI-2021-10;P5;4;4;4;4;law;bəli;;\r\n")
        #expect(cli.run("feedback", "import", "excel.csv", "--dry-run").stdout == "Dry run, nothing stored: 1 form: 1 stored.\n")
        try cli.write("over.csv", Self.header + "DV-SAATLI-2021-10;P5;4;4;4;4;law;bəli;;extra\r\n")
        #expect(cli.run("feedback", "import", "over.csv").stderr.contains(
            "over.csv:2: column '#10': \"extra\" is past the header's 9 columns (an unquoted separator in a value?)"))
        try cli.write("again.csv", Self.header + "DV-SAATLI-2021-10;P1;5;4;3;4;law;bəli;\r\n")
        let again = cli.run("feedback", "import", "again.csv")
        #expect(again.exitCode == 65)
        #expect(again.stderr.contains("again.csv:2: column 'trainee_ref': \"P1\" has already answered this questionnaire"), "\(again.stderr)")

        let csv = cli.run("report", "feedback", "--format", "csv", "--lang", "en")
        #expect(csv.exitCode == 0, "\(csv.stderr)")
        #expect(csv.stdout.contains("DV-SAATLI-2021-10,Forms returned (% of participants),,<5,"), "\(csv.stdout)")
        #expect(!csv.stdout.contains("How relevant"))
        #expect(!csv.stdout.contains("Zal soyuq"), "free text is never in the report")
        let table = cli.run("report", "feedback", "--lang", "ru")
        #expect(table.stdout.contains("Меньше 5 анкет: ответы не показаны"), "\(table.stdout)")
        let page = cli.run("report", "feedback", "--format", "html", "--lang", "az")
        #expect(page.exitCode == 0 && page.stdout.contains("&lt;5") && !page.stdout.contains("Təlim işinizə"))
        #expect(cli.run("report", "feedback", "--format", "xlsx", "--out", "feedback.xlsx", "--lang", "en").exitCode == 0)
        let reader = try CSVReader(url: cli.folder.appendingPathComponent("feedback.xlsx"))
        var cells: [String] = []
        while let record = try reader.nextRecord() { cells += record.fields }
        #expect(cells.contains("<5") && !cells.contains { $0.hasPrefix("How relevant") })
        // With the threshold at 4, the four forms are shown, and counts of one still hidden.
        let shown = cli.run("report", "feedback", "--format", "csv", "--lang", "en", "--suppress-below", "4")
        #expect(shown.stdout.contains("DV-SAATLI-2021-10,Forms returned (% of participants),,4,66.7"), "\(shown.stdout)")
        #expect(shown.stdout.contains("DV-SAATLI-2021-10,How relevant was the training to your work?,5 — Very relevant,<4,"))
        #expect(!shown.stdout.contains("Zal soyuq"), "free text only when asked for")
        // Free text: for one event, and not while its answers are hidden.
        #expect(cli.run("report", "feedback", "--texts").exitCode == 64)
        let hiddenTexts = cli.run("report", "feedback", "--event", "DV-SAATLI-2021-10", "--texts", "--format", "csv")
        #expect(hiddenTexts.exitCode == 0 && !hiddenTexts.stdout.contains("Zal soyuq"))
        let texts = cli.run("report", "feedback", "--event", "DV-SAATLI-2021-10", "--texts", "--format", "csv", "--lang", "en", "--suppress-below", "4")
        #expect(texts.stdout.contains("DV-SAATLI-2021-10,\"What would you change, or what else would you like to say?\",Zal soyuq idi,,"), "\(texts.stdout)")
    }
}

@Suite("cadre feedback form")
struct FeedbackFormCommandTests {
    @Test("the printable form: every question in the chosen language with its key and boxes, no name asked, written once")
    func form() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva"])
        let missing = cli.run("feedback", "form", "DV-SAATLI-2021-10")
        #expect(missing.exitCode == 65 && missing.stderr == "Error: no questionnaire FEEDBACK-END; load the built-in ones (or the course's own) with 'cadre questionnaire import'\n", "\(missing.stderr)")
        cli.run("questionnaire", "import")
        let written = cli.run("feedback", "form", "DV-SAATLI-2021-10", "--lang", "ru")
        #expect(written.exitCode == 0, "\(written.stderr)")
        let page = try cli.read("DV-SAATLI-2021-10-feedback-ru.html")
        #expect(page.contains("<html lang=\"ru\">") && page.contains("<h1>Ваше мнение об обучении</h1>"))
        for key in ["relevance", "trainer", "organisation", "confidence", "most-useful", "recommend", "comments"] {
            #expect(page.contains("[\(key)]"), "\(key)")
        }
        #expect(page.contains("Не пишите своё имя: анкета анонимна."))
        #expect(page.components(separatedBy: "class=\"box\"").count - 1 == 4 * 5 + 4 + 2, "five boxes a scale, one an option, yes and no")
        #expect(!page.contains("Aynur"), "no names on an anonymous form")
        #expect(cli.run("feedback", "form", "DV-SAATLI-2021-10", "--lang", "ru").exitCode != 0, "never over a file without --force")
    }
    @Test("a course's own questions: JUD-201 asks judges one more, on its events' printed form, in the paper file and the report; another course's event is not asked it")
    func courseQuestions() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva", "Rəşad Abbasov", "Günel Orucova", "Elvin Ağayev", "Leyla Həsənova"])
        #expect(cli.run("questionnaire", "import").exitCode == 0)
        #expect(cli.run("event", "schedule", "--course", "JUD-201", "--venue", "V-00001", "--start", "2021-11-15", "--code", "JUD-1").exitCode == 0)
        #expect(cli.run("event", "enroll", "JUD-1", "P1", "P2", "P3", "P4", "P5", "--force").exitCode == 0)
        #expect(cli.run("feedback", "form", "JUD-1", "--lang", "en").exitCode == 0)
        let judges = try String(contentsOf: cli.folder.appendingPathComponent("JUD-1-feedback-en.html"), encoding: .utf8)
        #expect(judges.contains("How ready do you feel to decide on protection orders?") && judges.contains("[protection-orders]"))
        #expect(cli.run("feedback", "form", "DV-SAATLI-2021-10", "--lang", "en").exitCode == 0)
        let social = try String(contentsOf: cli.folder.appendingPathComponent("DV-SAATLI-2021-10-feedback-en.html"), encoding: .utf8)
        #expect(!social.contains("protection orders"), "another course's form does not ask it")

        let header = FeedbackCommandTests.header.replacingOccurrences(of: "\r\n", with: ";protection-orders\r\n")
        try cli.write("wrong.csv", header + "DV-SAATLI-2021-10;P1;5;4;3;4;law;bəli;;4\r\n")
        let wrong = cli.run("feedback", "import", "wrong.csv")
        #expect(wrong.exitCode == 65 && wrong.stderr.contains("column 'protection-orders'") && wrong.stderr.contains("is not a question"), "\(wrong.stderr)")
        var forms = header
        for (index, ref) in ["P1", "P2", "P3", "P4", "P5"].enumerated() { forms += "JUD-1;\(ref);5;4;4;4;law;bəli;;\(index % 2 == 0 ? "4" : "")\r\n" }
        forms += "DV-SAATLI-2021-10;P1;5;4;3;4;law;bəli;;\r\n"
        try cli.write("forms.csv", forms)
        let imported = cli.run("feedback", "import", "forms.csv")
        #expect(imported.exitCode == 0, "\(imported.stderr)")
        let report = cli.run("report", "feedback", "--lang", "en", "--format", "csv", "--suppress-below", "1")
        #expect(report.stdout.contains("JUD-1,How ready do you feel to decide on protection orders?,4,3,100.0"), "\(report.stdout)")
        #expect(!report.stdout.contains("DV-SAATLI-2021-10,How ready do you feel to decide on protection orders"), "a group of another course is not shown the question")
    }
    @Test("a course may name its own end-of-training questionnaire: its events' form, paper file and report are that one's; the built-in report leaves them out")
    func courseQuestionnaire() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva", "Rəşad Abbasov", "Günel Orucova"])
        #expect(cli.run("questionnaire", "import").exitCode == 0)
        let text = #"{"az": "Etika", "en": "Ethics", "ru": "Этика"}"#
        try cli.write("media.json", #"""
            {"code": "FEEDBACK-MEDIA", "kind": "end-of-training", "title": \#(text), "introduction": \#(text),
             "questions": [{"key": "ethics", "type": "scale", "text": {"az": "Etik qaydalar aydın idimi?", "en": "Were the ethical rules clear?", "ru": "Понятны ли этические правила?"},
                            "low": \#(text), "high": \#(text)}]}
            """#)
        #expect(cli.run("questionnaire", "import", "media.json").exitCode == 0)
        try cli.write("course.json", #"""
            {"code": "MEDIA-9", "title": {"az": "Media", "en": "Media", "ru": "Медиа"}, "audience": [],
             "modules": [{"title": {"az": "Bir", "en": "One", "ru": "Один"}, "hours": 3}],
             "completion": {"minAttendancePercent": 80}, "assessment": {"maxScore": 20}, "feedback": {"questionnaire": "FEEDBACK-MEDIA"}}
            """#)
        #expect(cli.run("course", "import", "course.json").exitCode == 0)
        #expect(cli.run("event", "schedule", "--course", "MEDIA-9", "--venue", "V-00001", "--start", "2021-11-15", "--code", "MEDIA-1").exitCode == 0)
        #expect(cli.run("event", "enroll", "MEDIA-1", "P1", "P2", "P3").exitCode == 0)
        #expect(cli.run("feedback", "form", "MEDIA-1", "--lang", "en").exitCode == 0)
        let form = try String(contentsOf: cli.folder.appendingPathComponent("MEDIA-1-feedback-en.html"), encoding: .utf8)
        #expect(form.contains("Were the ethical rules clear?") && !form.contains("[relevance]"), "the course's own questionnaire, not the built-in one")
        try cli.write("forms.csv", "event_code;trainee_ref;ethics\r\nMEDIA-1;P1;5\r\nMEDIA-1;P2;4\r\nMEDIA-1;;4\r\n")
        let imported = cli.run("feedback", "import", "forms.csv")
        #expect(imported.exitCode == 0, "\(imported.stderr)")
        try cli.write("again.csv", "event_code;trainee_ref;ethics\r\nMEDIA-1;P1;3\r\n")
        #expect(cli.run("feedback", "import", "again.csv").stderr.contains("has already answered"), "one form a person, on the course's questionnaire too")
        let own = cli.run("report", "feedback", "--event", "MEDIA-1", "--suppress-below", "1", "--lang", "en", "--format", "csv")
        #expect(own.stdout.contains("MEDIA-1,Were the ethical rules clear?,4,2,66.7"), "\(own.stdout)")
        let builtIn = cli.run("report", "feedback", "--suppress-below", "1", "--lang", "en", "--format", "csv")
        #expect(!builtIn.stdout.contains("MEDIA-1") && builtIn.stdout.contains("DV-SAATLI-2021-10"), "\(builtIn.stdout)")
        // A course that names a questionnaire nobody loaded: said so, nothing guessed.
        try cli.write("course.json", #"""
            {"code": "MEDIA-9", "title": {"az": "Media", "en": "Media", "ru": "Медиа"}, "audience": [],
             "modules": [{"title": {"az": "Bir", "en": "One", "ru": "Один"}, "hours": 3}],
             "completion": {"minAttendancePercent": 80}, "assessment": {"maxScore": 20}, "feedback": {"questionnaire": "FEEDBACK-NONE"}}
            """#)
        #expect(cli.run("course", "import", "course.json").exitCode == 0)
        #expect(cli.run("event", "schedule", "--course", "MEDIA-9", "--venue", "V-00001", "--start", "2021-11-22", "--code", "MEDIA-2").exitCode == 0)
        let missing = cli.run("feedback", "form", "MEDIA-2")
        #expect(missing.exitCode != 0 && missing.stderr.contains("no questionnaire FEEDBACK-NONE"), "\(missing.stderr)")
    }
}
