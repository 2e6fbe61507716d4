import CadreCurricula
import CadreKit
import CadreModel
import CadreStore
import Foundation
import Testing

/// Personal follow-up links: what a link opens and when, once per person, stored only as a
/// hash, answers kept apart from the person unless the questionnaire says otherwise.
@Suite("Follow-up links")
struct FollowUpTests {
    /// Ids of their own: the round was made with another context counting from the same start.
    let context = ChangeContext.deterministic(actor: "tester", start: Date(timeIntervalSince1970: 1_635_100_000), seed: 1_000_000)
    static let day = CalendarDate(parsing: "2022-02-01") ?? CalendarDate.today()

    /// The feedback round (E1 with P-1…P-12) and a link for `reference` open from `opens` to `expires`.
    func link(_ database: TestDatabase, _ reference: String, opens: CalendarDate = day, expires: CalendarDate = day.adding(days: 29)) throws -> String {
        try database.write { database in
            let questionnaire = try #require(try database.questionnaires.latest(code: FollowUpDesk.followUpCode)?.questionnaire)
            let trainee = try #require(try database.trainees.resolve(reference))
            let event = try #require(try database.events.event(code: EventCode("E1")))
            let enrollment = try #require(try database.events.enrollment(event: event.id, trainee: trainee.id))
            let token = LinkToken.generate()
            try database.followUpLinks.insert(
                FollowUpLink(enrollmentID: enrollment.id, questionnaireID: questionnaire.id, opensOn: opens, expiresOn: expires, language: .ru),
                tokenHash: SHA256.hex(SHA256.hash(Array(token.utf8))))
            return token
        }
    }

    static let answers = ["referred-case": "да", "applied": "4", "cooperation": "5", "barrier": "time", "example": ""]

    @Test("a link opens from its first day to its last, not a day before or after; an unknown or mangled token opens nothing")
    func window() throws {
        let database = try FeedbackTests().round()
        let token = try link(database, "P-1")
        let desk = FollowUpDesk(database)
        #expect(throws: FollowUpDesk.Refusal.notYetOpen(opensOn: Self.day)) { try desk.open(token: token, today: Self.day.adding(days: -1)) }
        #expect(try desk.open(token: token, today: Self.day).language == .ru)
        #expect(try desk.open(token: token.lowercased(), today: Self.day.adding(days: 29)).eventCode == "E1", "typed in lower case, on the last day")
        #expect(throws: FollowUpDesk.Refusal.expired(expiresOn: Self.day.adding(days: 29))) {
            try desk.submit(token: token, values: Self.answers, today: Self.day.adding(days: 30))
        }
        #expect(throws: FollowUpDesk.Refusal.unknownLink) { try desk.open(token: String(token.dropLast()) + (token.hasSuffix("A") ? "B" : "A"), today: Self.day) }
        #expect(throws: FollowUpDesk.Refusal.unknownLink) { try desk.open(token: String(token.dropLast()), today: Self.day) }
        #expect(try database.scalar("SELECT count(*) FROM feedback_response").intValue == 0)
        #expect(try database.scalar("SELECT count(*) FROM follow_up_link WHERE token_hash = ?", [token]).intValue == 0, "the token itself is not stored")
    }

    @Test("one answer a person, through whichever of their links; not linked to them; another person's link still answers")
    func once() throws {
        let database = try FeedbackTests().round()
        let first = try link(database, "P-1")
        let second = try link(database, "P-1")
        let other = try link(database, "P-2")
        let desk = FollowUpDesk(database)
        try desk.submit(token: first, values: Self.answers, today: Self.day)
        #expect(throws: FollowUpDesk.Refusal.alreadyAnswered) { try desk.submit(token: first, values: Self.answers, today: Self.day) }
        #expect(throws: FollowUpDesk.Refusal.alreadyAnswered) { try desk.open(token: second, today: Self.day) }
        try desk.submit(token: other, values: Self.answers, today: Self.day)
        #expect(try database.scalar("SELECT count(*) FROM feedback_response").intValue == 2)
        #expect(try database.scalar("SELECT count(*) FROM feedback_respondent WHERE channel = 'link'").intValue == 2)
        #expect(try database.scalar("SELECT count(*) FROM feedback_response WHERE enrollment_id IS NOT NULL").intValue == 0)
        // A bad form stores nothing and leaves the link good.
        let third = try link(database, "P-3")
        #expect(throws: FeedbackBook.FeedbackError.self) { try desk.submit(token: third, values: ["applied": "9"], today: Self.day) }
        #expect(try desk.open(token: third, today: Self.day).eventCode == "E1")
    }

    @Test("a questionnaire that says so keeps the answers with the person; an erased person's link opens nothing")
    func linkedAndErased() throws {
        let database = try FeedbackTests().round()
        let folder = try TemporaryFolder()
        var json = try String(contentsOf: try #require(BuiltInQuestionnaires.files.first { $0.lastPathComponent == "follow-up.json" }), encoding: .utf8)
        json = json.replacingOccurrences(of: "\"linkedToPerson\": false", with: "\"linkedToPerson\": true")
        let file = folder.url.appendingPathComponent("follow-up.json")
        try json.write(to: file, atomically: true, encoding: .utf8)
        _ = try QuestionnaireCatalog(database).importQuestionnaires(from: [file], context: context)
        let token = try link(database, "P-4")
        try FollowUpDesk(database).submit(token: token, values: Self.answers, today: Self.day)
        #expect(try database.scalar("SELECT count(*) FROM feedback_response WHERE enrollment_id IS NOT NULL").intValue == 1)
        let erased = try link(database, "P-5")
        _ = try TraineeRegistry(database).erase("P-5", reason: "asked", context: context)
        #expect(throws: FollowUpDesk.Refusal.unknownLink) { try FollowUpDesk(database).open(token: erased, today: Self.day) }
    }

    @Test("merging two records of one person keeps their answers' trace and links (both were in the event)")
    func merge() throws {
        let database = try FeedbackTests().round()
        let registry = TraineeRegistry(database)
        let twin = try registry.add(TraineeDetails(fullName: "P Person 1", sex: .female, professionCode: "judge"), externalRef: "P-1B", context: context)
        try EventFixture.enroll(database, trainee: twin.id, event: "E1", marks: [], preScore: nil)
        let token = try link(database, "P-1B")
        try FollowUpDesk(database).submit(token: token, values: Self.answers, today: Self.day)
        _ = try registry.merge(keep: "P-1", other: "P-1B", context: context)
        #expect(try database.scalar("SELECT count(*) FROM feedback_respondent").intValue == 1, "the kept record has answered")
        #expect(throws: FollowUpDesk.Refusal.alreadyAnswered) { try FollowUpDesk(database).open(token: try link(database, "P-1"), today: Self.day) }
    }

    @Test("a follow-up is due its questionnaire's months after the event's last day, at a month's end on its last day")
    func due() throws {
        let database = try FeedbackTests().round()
        let questionnaire = try #require(try database.read { try $0.questionnaires.latest(code: FollowUpDesk.followUpCode)?.questionnaire })
        #expect(FollowUpDesk.dueOn(lastDay: try #require(CalendarDate(parsing: "2021-10-27")), questionnaire: questionnaire).iso == "2022-01-27")
        #expect(FollowUpDesk.dueOn(lastDay: try #require(CalendarDate(parsing: "2021-11-30")), questionnaire: questionnaire).iso == "2022-02-28")
        #expect(try #require(CalendarDate(parsing: "2023-11-30")).adding(months: 3).iso == "2024-02-29")
        #expect(try #require(CalendarDate(parsing: "2021-01-31")).adding(months: 1).iso == "2021-02-28")
    }
}
