import CadreCurricula
import CadreKit
import CadreModel
import CadreStore
import Foundation
import Testing

/// End-of-training feedback: anonymous but one form per participant, paper forms imported all or
/// nothing, and reports that hide small numbers.
@Suite("Feedback")
struct FeedbackTests {
    let context = ChangeContext.deterministic(actor: "tester", start: Date(timeIntervalSince1970: 1_635_000_000))

    /// E1 with twelve participants (P-1…P-12), E2 with four (Q-1…Q-4), the built-in questionnaires.
    func round() throws -> TestDatabase {
        let database = try TestDatabase()
        _ = try QuestionnaireCatalog(database).importQuestionnaires(from: BuiltInQuestionnaires.files, context: context)
        let registry = TraineeRegistry(database)
        try EventFixture.make(database, events: ["E1", "E2"])
        for (prefix, event, count) in [("P", "E1", 12), ("Q", "E2", 4)] {
            for number in 1...count {
                let person = try registry.add(
                    TraineeDetails(fullName: "\(prefix) Person \(number)", sex: .female, professionCode: "judge"), externalRef: "\(prefix)-\(number)",
                    context: context)
                try EventFixture.enroll(database, trainee: person.id, event: event, marks: [], preScore: nil)
            }
        }
        return database
    }

    /// A complete form; `seed` varies the answers.
    static func form(_ seed: Int) -> [String: String] {
        [
            "relevance": String(5 - seed % 2), "trainer": String(4 + seed % 2), "organisation": String(1 + seed % 5), "confidence": "4",
            "most-useful": ["law", "referral", "practice"][seed % 3], "recommend": seed % 4 == 0 ? "xeyr" : "bəli",
            "comments": seed == 3 ? "Daha çox praktika" : "",
        ]
    }

    @Test("anonymous: the answers share no key, id, person or time with who answered; one form per person; as many forms as respondents")
    func anonymity() throws {
        let database = try round()
        let book = FeedbackBook(database)
        for number in 1...10 { try book.submit(eventCode: "E1", reference: "P-\(number)", values: Self.form(number), channel: .door) }
        #expect(throws: FeedbackBook.FeedbackError.alreadyAnswered(reference: "P-3")) {
            try book.submit(eventCode: "E1", reference: "P-3", values: Self.form(1), channel: .door)
        }
        #expect(throws: FeedbackBook.FeedbackError.notEnrolled(reference: "Q-1", event: "E1")) {
            try book.submit(eventCode: "E1", reference: "Q-1", values: Self.form(1), channel: .door)
        }
        #expect(try database.scalar("SELECT count(*) FROM feedback_response").intValue == 10)
        #expect(try database.scalar("SELECT count(*) FROM feedback_respondent").intValue == 10)

        // What each table holds: nothing in the answers names a person, an enrolment or a time.
        func columns(_ table: String) throws -> [String] {
            try database.rows(
                TestDatabase.onPostgres
                    ? "SELECT column_name FROM information_schema.columns WHERE table_name = '\(table)' AND table_schema = current_schema() ORDER BY column_name"
                    : "SELECT name FROM pragma_table_info('\(table)') ORDER BY name"
            ).compactMap { $0.string(at: 0) }
        }
        #expect(try columns("feedback_response") == ["enrollment_id", "event_id", "questionnaire_id", "uuid"])
        #expect(try columns("feedback_answer") == ["number", "question_key", "response_uuid", "text"])
        #expect(try columns("feedback_respondent") == ["channel", "enrollment_id", "questionnaire_id"])
        #expect(try database.scalar("SELECT count(*) FROM feedback_response WHERE enrollment_id IS NOT NULL").intValue == 0,
            "the end-of-training questionnaire is not linked to the person")
        // No shared id: a response's id is random (version 4), not the time-ordered ids records get.
        let ids = try database.rows("SELECT uuid FROM feedback_response").compactMap { row -> UUID? in
            if case .success(let id)? = row.storedUUID(0) { return id }
            return nil
        }
        #expect(ids.count == 10)
        #expect(ids.allSatisfy { $0.uuid.6 >> 4 == 4 }, "random ids")
        let enrolments = try database.rows("SELECT uuid FROM enrollment").compactMap { row -> UUID? in
            if case .success(let id)? = row.storedUUID(0) { return id }
            return nil
        }
        #expect(Set(ids).isDisjoint(with: enrolments))
        if !TestDatabase.onPostgres {
            // SQLite keeps these tables in key order, not in the order forms came.
            #expect(throws: (any Error).self) { try database.scalar("SELECT rowid FROM feedback_response") }
            #expect(throws: (any Error).self) { try database.scalar("SELECT rowid FROM feedback_respondent") }
        }
    }

    @Test("a form that does not fit its questionnaire is refused whole, naming each answer")
    func invalidForm() throws {
        let database = try round()
        var values = Self.form(1)
        values["relevance"] = "7"
        values["recommend"] = "maybe"
        values["trainer"] = ""
        values["colour"] = "blue"
        #expect(throws: FeedbackBook.FeedbackError.self) {
            try FeedbackBook(database).submit(eventCode: "E1", reference: "P-1", values: values, channel: .door)
        }
        guard case .failure(let list) = FeedbackForm.check(values, against: try FeedbackBook(database).endOfTraining()) else {
            Issue.record("accepted")
            return
        }
        #expect(list.problems.map(\.question) == ["colour", "relevance", "trainer", "recommend"])
        #expect(list.problems.map(\.reason) == [
            "is not a question of FEEDBACK-END", "is not a whole number from 1 to 5", "needs an answer", "is not yes or no",
        ])
        #expect(try database.scalar("SELECT count(*) FROM feedback_response").intValue == 0)
        #expect(try database.scalar("SELECT count(*) FROM feedback_respondent").intValue == 0)
    }

    @Test("paper forms: every problem with its line and column and nothing stored; then stored, who handed them in recorded apart")
    func paperImport() throws {
        let database = try round()
        let folder = try TemporaryFolder()
        let header = "event_code,trainee_ref,relevance,trainer,organisation,confidence,most-useful,recommend,comments\n"
        let bad = try folder.write("bad.csv", header + """
            E1,P-1,5,4,3,4,law,yes,
            E1,P-1,5,4,3,4,law,yes,
            E1,,6,4,3,4,law,yes,
            NOPE,,5,4,3,4,law,yes,
            E1,Q-1,5,4,3,4,Hüquqi çərçivə,да,
            E1,,5,4,3,4,nothing,yes,

            """)
        let refused = try #require(throws: ImportRejected.self) {
            try FeedbackBook(database).importForms(bad, eventCode: nil, dryRun: false, context: context)
        }
        #expect(refused.problems.map(\.description) == [
            "bad.csv:3: column 'trainee_ref': \"P-1\" handed in a form already (line 2)",
            "bad.csv:4: column 'relevance': \"6\" is not a whole number from 1 to 5",
            "bad.csv:5: column 'event_code': \"NOPE\" is not a known event",
            "bad.csv:6: column 'trainee_ref': \"Q-1\" is not enrolled in E1",
            "bad.csv:7: column 'most-useful': \"nothing\" is not one of the options (law, referral, interviewing, practice)",
        ])
        #expect(try database.scalar("SELECT count(*) FROM feedback_response").intValue == 0)

        let good = try folder.write("good.csv", header + "E1,P-1,5,4,3,4,law,yes,\nE1,,4,4,3,4,Hüquqi çərçivə,да,Yaxşı idi\nE1,P-2,3,5,2,4,practice,xeyr,\n")
        let summary = try FeedbackBook(database).importForms(good, eventCode: nil, dryRun: false, context: context)
        #expect(summary.rows == 3 && summary.added == 3)
        #expect(try database.scalar("SELECT count(*) FROM feedback_response").intValue == 3)
        #expect(try database.scalar("SELECT count(*) FROM feedback_respondent WHERE channel = 'paper'").intValue == 2, "the form without a name counts, nobody is recorded")
        #expect(try database.scalar("SELECT count(*) FROM feedback_answer WHERE question_key = 'most-useful' AND text = 'law'").intValue == 2, "a label read as its option")
        #expect(throws: FeedbackBook.FeedbackError.alreadyAnswered(reference: "P-2")) {
            try FeedbackBook(database).submit(eventCode: "E1", reference: "P-2", values: Self.form(2), channel: .door)
        }
    }

    @Test("suppression: four forms show nothing but '<5'; counts below five are hidden in the table, its CSV and JSON")
    func suppression() throws {
        let database = try round()
        let book = FeedbackBook(database)
        for number in 1...10 { try book.submit(eventCode: "E1", reference: "P-\(number)", values: Self.form(number), channel: .door) }
        for number in 1...4 { try book.submit(eventCode: "E2", reference: "Q-\(number)", values: Self.form(number), channel: .door) }
        let report = try FeedbackReport.make(
            from: nil, to: nil, eventCode: nil, grouping: .event, suppressBelow: 5, database: database, now: context.now())
        let e1 = try #require(report.groups.first { $0.label == "E1" })
        let e2 = try #require(report.groups.first { $0.label == "E2" })
        #expect(e1.responses == 10 && e1.participants == 12 && !e1.suppressed)
        #expect(e2.responses == 4 && e2.suppressed && e2.questions.isEmpty)
        let relevance = try #require(e1.questions.first { $0.key == "relevance" })
        #expect(relevance.counts.map(\.count) == [0, 0, 0, 5, 5], "half 4, half 5")
        #expect(relevance.mean == 4.5)
        let organisation = try #require(e1.questions.first { $0.key == "organisation" })
        #expect(organisation.counts.map(\.count) == [nil, nil, nil, nil, nil], "two of each point: every cell hidden")
        #expect(organisation.mean == 3.0, "the mean of ten answers is shown")
        let recommend = try #require(e1.questions.first { $0.key == "recommend" })
        #expect(recommend.counts.map(\.count) == [8, nil], "two said no: hidden")

        let words = ReportWords(language: .en, messages: try JSONDecoder().decode([String: String].self, from: Data(contentsOf: Self.catalog("en"))))
        let table = report.table(words: words)
        let e2Rows = table.rows.filter { $0.cells.first == "E2" }
        #expect(e2Rows.map { Array($0.cells.dropFirst()) } == [
            ["Forms returned (% of participants)", "", "<5", ""],
            ["Fewer than 5 forms: answers are not shown, so that no one's answers can be recognised", "", "", ""],
        ])
        let csv = try table.csv()
        #expect(csv.contains("E2,Forms returned (% of participants),,<5,"))
        #expect(!csv.contains("E2,How relevant"))
        #expect(csv.contains("E1,How relevant was the training to your work?,5 — Very relevant,5,50.0"))
        #expect(csv.contains("E1,Would you recommend this training to a colleague?,No,<5,"))
        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        #expect(!json.contains("\"count\":2"), "a hidden count is not in the JSON either")

        // By trainer: one trains both events (14 forms), the other only E2 (four: "fewer than 5").
        let scheduler = Scheduler(database)
        let both = try scheduler.addTrainer(name: "Aygün Səfərova", organization: nil, email: nil, languages: [.az], context: context)
        let second = try scheduler.addTrainer(name: "Rauf Həsənli", organization: nil, email: nil, languages: [.az], context: context)
        for (trainer, event) in [(both, "E1"), (both, "E2"), (second, "E2")] {
            try database.execute(
                "INSERT INTO event_trainer (event_id, trainer_id) VALUES ((SELECT id FROM training_event WHERE code = ?), (SELECT id FROM trainer WHERE uuid = ?))",
                [event, trainer.id])
        }
        let byTrainer = try FeedbackReport.make(
            from: nil, to: nil, eventCode: nil, grouping: .trainer, suppressBelow: 5, database: database, now: context.now())
        #expect(byTrainer.groups.map(\.label) == ["\(both.ref) Aygün Səfərova", "\(second.ref) Rauf Həsənli"])
        #expect(byTrainer.groups.map(\.responses) == [14, 4] && byTrainer.groups.map(\.suppressed) == [false, true])
        let trainerCSV = try byTrainer.table(words: words).csv()
        #expect(trainerCSV.contains("\(second.ref) Rauf Həsənli,Forms returned (% of participants),,<5,"))
        #expect(!trainerCSV.contains("\(second.ref) Rauf Həsənli,How relevant"))
    }

    @Test("indicators: the share of answers rating relevance 4 or 5, and of yes to recommending, with targets; not narrowed by person")
    func indicators() throws {
        let database = try round()
        let book = FeedbackBook(database)
        for number in 1...10 { try book.submit(eventCode: "E1", reference: "P-\(number)", values: Self.form(number), channel: .door) }
        let folder = try TemporaryFolder()
        let targets = try folder.write("targets.json", """
            {"targets": [
              {"name": "Relevance rated 4 or 5", "feedback": {"question": "relevance", "answers": [4, 5]}, "targetPercent": 80},
              {"name": {"az": "Tövsiyə edənlər", "en": "Would recommend", "ru": "Рекомендуют"},
               "feedback": {"question": "recommend", "answers": ["yes"]}, "where": {"course": ["T-1"]}, "targetPercent": 90},
              {"name": "Organisation 5 in 2022", "feedback": {"question": "organisation", "answers": [5]}, "from": "2022-01-01", "targetPercent": 50}
            ]}
            """)
        let results = try Indicators.evaluate(file: targets, database: database).results
        #expect(results.map(\.numerator) == [10, 8, 0])
        #expect(results.map(\.denominator) == [10, 10, 0])
        #expect(results.map(\.value) == [100, 80, 0])
        #expect(results[1].achievedPercent > 88.8 && results[1].achievedPercent < 88.9)
        let byPerson = try folder.write("person.json", """
            {"targets": [{"name": "x", "feedback": {"question": "relevance", "answers": [5]}, "where": {"sex": ["female"]}, "targetPercent": 50}]}
            """)
        let refused = try #require(throws: CurriculumError.self) { try Indicators.evaluate(file: byPerson, database: database) }
        #expect(refused.description == "person.json: $.targets[0].feedback: answers are anonymous: a feedback measure can be narrowed by course and centre, not by sex")
        let unknown = try folder.write("unknown.json", """
            {"targets": [{"name": "x", "feedback": {"question": "colour", "answers": [5]}, "targetPercent": 50}]}
            """)
        #expect(throws: CurriculumError.self) { try Indicators.evaluate(file: unknown, database: database) }
    }

    @Test("a changed questionnaire is a new version, not a new questionnaire: who answered the old one has answered; reports hold both versions' answers")
    func versions() throws {
        let database = try round()
        try FeedbackBook(database).submit(eventCode: "E1", reference: "P-1", values: Self.form(1), channel: .door)
        let folder = try TemporaryFolder()
        let original = try #require(BuiltInQuestionnaires.files.first { $0.lastPathComponent == "end-of-training.json" })
        // The same file with one question's wording changed.
        let reworded = try String(contentsOf: original, encoding: .utf8).replacingOccurrences(of: "How relevant", with: "How useful")
        #expect(reworded != (try String(contentsOf: original, encoding: .utf8)))
        let file = folder.url.appendingPathComponent("end-of-training.json")
        try reworded.write(to: file, atomically: true, encoding: .utf8)
        _ = try QuestionnaireCatalog(database).importQuestionnaires(from: [file], context: context)
        #expect(try FeedbackBook(database).endOfTraining().version == 2)
        #expect(throws: FeedbackBook.FeedbackError.alreadyAnswered(reference: "P-1")) {
            try FeedbackBook(database).submit(eventCode: "E1", reference: "P-1", values: Self.form(2), channel: .paper)
        }
        try FeedbackBook(database).submit(eventCode: "E1", reference: "P-2", values: Self.form(2), channel: .paper)
        let report = try FeedbackReport.make(from: nil, to: nil, eventCode: "E1", grouping: .event, suppressBelow: 1, database: database, now: Date())
        #expect(report.version == 2 && report.groups.first?.responses == 2, "both versions' forms are counted")
        #expect(report.groups.first?.questions.first { $0.key == "relevance" }?.answered == 2)
    }

    static func catalog(_ language: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Templates/locales/\(language).json")
    }
}
