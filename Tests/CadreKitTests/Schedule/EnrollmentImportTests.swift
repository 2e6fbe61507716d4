import CadreKit
import CadreModel
import CadreStore
import Foundation
import Testing

/// The enrolment import looks people up a chunk at a time and stores its enrolments together
/// (``EnrollmentStager``); what it stores and counts must be what enrolling the rows one by one,
/// in file order, would store and count — capacity and the waitlist, a withdrawn enrolment
/// made again, a row given twice, and clashes with enrolments stored before the file or made
/// on an earlier line of it, each pair counted once.
@Suite("Enrollment import")
struct EnrollmentImportTests {
    /// Four people, P-1 … P-4; events E1, E2, E3 whose two sessions all fall on the same
    /// morning (so any two events clash, 2 × 2 session pairs); E3 has two places. P-1 is
    /// enrolled in E1 before the import; P-4 was in E2 and withdrew.
    private func round() throws -> (TestDatabase, ChangeContext, [Trainee], TemporaryFolder) {
        let database = try TestDatabase()
        let context = ChangeContext.deterministic(actor: "tester", start: Date(timeIntervalSince1970: 1_635_000_000))
        let registry = TraineeRegistry(database)
        let people = try (1...4).map { number in
            try registry.add(TraineeDetails(fullName: "Person \(number)", sex: .female, professionCode: "judge"), externalRef: "P-\(number)", context: context)
        }
        try EventFixture.make(database, events: ["E1", "E2", "E3"])
        try database.execute("UPDATE training_event SET capacity = 2 WHERE code = 'E3'")
        try EventFixture.enroll(database, trainee: people[0].id, event: "E1", marks: [], preScore: nil)
        try EventFixture.enroll(database, trainee: people[3].id, event: "E2", marks: [], preScore: nil)
        try database.execute("UPDATE enrollment SET status = 'withdrawn' WHERE event_id = (SELECT id FROM training_event WHERE code = 'E2')")
        return (database, context, people, try TemporaryFolder())
    }

    private static let file = """
        event_code,trainee_ref
        E2,P-1
        E1,P-2
        E2,P-2
        E2,P-1
        E2,P-4
        E3,T-00001
        E3,P-2
        E3,P-3

        """

    @Test("capacity, the waitlist, a withdrawn enrolment made again, a row given twice, and clashes counted once a pair")
    func storesWhatRowByRowWould() throws {
        let (database, context, people, folder) = try round()
        let url = try folder.write("enrol.csv", Self.file)
        let e2 = try #require(try database.events.event(code: EventCode("E2")))
        let e3 = try #require(try database.events.event(code: EventCode("E3")))
        let reopened = try #require(try database.events.enrollment(event: e2.id, trainee: people[3].id))
        let summary = try ScheduleImporter(database).importEnrollments(url, options: .init(), context: context)
        #expect(summary.rows == 8)
        #expect(summary.added == 7)
        #expect(summary.unchanged == 1, "line 5 repeats line 2")
        // Line 2: P-1's E2 against their stored E1 (4 pairs); line 4: P-2's E2 against line 3's
        // E1 (4); line 7: P-1's E3 against E1 and E2 (8); line 8: P-2's E3 against E1 and E2 (8);
        // line 9 is waitlisted, and a waitlisted enrolment clashes with nothing.
        #expect(summary.clashes == 24)
        let again = try #require(try database.events.enrollment(event: e2.id, trainee: people[3].id))
        #expect(again.id == reopened.id && again.status == .enrolled, "the withdrawn enrolment is made again, not a second one")
        let inE3 = try database.events.enrollments(of: e3.id)
        #expect(inE3.count == 3)
        let enrolledInE3 = Set(inE3.filter { $0.status == .enrolled }.map(\.traineeID))
        #expect(enrolledInE3 == [people[0].id, people[1].id])
        let waiting = try #require(inE3.first { $0.traineeID == people[2].id })
        #expect(waiting.status == .waitlisted && waiting.waitlistPosition == 1)
        #expect(waiting.professionCode == "judge" && waiting.sex == .female, "the person's details at enrolment are kept")
        #expect(try database.events.enrollments(of: e2.id).count == 3)

        let again2 = try ScheduleImporter(database).importEnrollments(url, options: .init(), context: context)
        #expect(again2.added == 0 && again2.unchanged == 8 && again2.clashes == 0, "a second import changes nothing")
    }

    @Test("--strict refuses the file at the line that brings a clash and stores nothing; a dry run stores nothing")
    func strictAndDryRun() throws {
        let (database, context, _, folder) = try round()
        let url = try folder.write("enrol.csv", "event_code,trainee_ref\nE1,P-2\nE3,P-3\nE2,P-2\n")
        let before = try database.scalar("SELECT count(*) FROM enrollment").intValue
        let refused = #expect(throws: ImportRejected.self) {
            try ScheduleImporter(database).importEnrollments(url, options: .init(strict: true), context: context)
        }
        #expect(refused?.problems.map(\.line) == [4, 4, 4, 4], "the later of the two lines brings the clash")
        #expect(refused?.problems.first?.column == "trainee_ref")
        #expect(refused?.problems.first?.reason.hasPrefix("clashes: trainee T-00002 is enrolled in E1 session 1") == true, "\(refused?.problems.first?.reason ?? "")")
        #expect(try database.scalar("SELECT count(*) FROM enrollment").intValue == before)

        let dry = try ScheduleImporter(database).importEnrollments(url, options: .init(dryRun: true), context: context)
        #expect(dry.added == 3 && dry.clashes == 4 && dry.dryRun)
        #expect(try database.scalar("SELECT count(*) FROM enrollment").intValue == before)
        let real = try ScheduleImporter(database).importEnrollments(url, options: .init(), context: context)
        var expected = dry
        expected.dryRun = false
        #expect(real == expected)
        #expect(try database.scalar("SELECT count(*) FROM enrollment").intValue == (before ?? 0) + 3)
    }

    @Test("a staged enrolment or score naming no stored record fails as the foreign key does, and stores nothing")
    func stagedDanglingReference() throws {
        let (database, context, people, _) = try round()
        let e1 = try #require(try database.events.event(code: EventCode("E1")))
        let before = try database.scalar("SELECT count(*) FROM enrollment").intValue
        #expect(throws: (any Error).self) {
            try database.write { store in
                let stager = try store.events.enrollmentStager()
                for (line, eventID) in [(2, e1.id), (3, UUID())] {
                    try stager.stage(
                        Enrollment(
                            id: UUID(), eventID: eventID, traineeID: people[1].id, status: .enrolled, professionCode: nil, regionCode: nil,
                            organization: nil, sex: nil, enrolledAt: context.now()),
                        line: line, reopening: false)
                }
                _ = try stager.finish()
            }
        }
        #expect(try database.scalar("SELECT count(*) FROM enrollment").intValue == before)
        let enrollment = try #require(try database.events.enrollment(event: e1.id, trainee: people[0].id))
        #expect(throws: (any Error).self) {
            try database.write { store in
                let inserter = try store.assessments.inserter(recordedBy: "importer")
                for enrollmentID in [enrollment.id, UUID()] {
                    try inserter.insert(AssessmentScore(
                        id: UUID(), enrollmentID: enrollmentID, kind: .post, score: 5, maxScore: 20, recordedBy: "importer", recordedAt: context.now()))
                }
                try inserter.finish()
            }
        }
        #expect(try database.scalar("SELECT count(*) FROM assessment_score").intValue == 0)
    }

    @Test("many references are resolved as one by one: Cadre's in either case, the centres', merged people to who they became")
    func resolveAllMatchesResolve() throws {
        let (database, context, people, _) = try round()
        _ = try TraineeRegistry(database).merge(keep: "P-3", other: "P-4", context: context)
        let references = ["T-00001", "t-00002", "P-3", " P-3 ", "P-4", "T-00004", "NOPE", "T-09999", ""] + (1...600).map { "X-\($0)" }
        let all = try database.trainees.resolveAll(references)
        for reference in references {
            #expect(all[reference]?.id == (try database.trainees.resolve(reference))?.id, "\(reference)")
        }
        #expect(all["P-4"]?.id == people[2].id, "merged into P-3")
        #expect(try database.trainees.resolveAll(["T-00004"])["T-00004"]?.id == people[2].id, "followed to P-3 when only the merged record is asked for")
        #expect(all.count == 6)
    }
}
