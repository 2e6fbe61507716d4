import CadreKit
import CadreModel
import CadreStore
import Foundation
import Testing

/// The score import looks people up a chunk at a time and stores new scores together
/// (``ScoreInserter``): every score must be stored with its values, author and time; a score
/// stored before the import and changed by it is updated and audited; an unchanged one is left.
@Suite("Assessment import")
struct AssessmentImportTests {
    @Test("new scores stored together with their values, author and time; a stored score changed, audited; one unchanged")
    func storesAndUpdates() throws {
        let database = try TestDatabase()
        let context = ChangeContext.deterministic(actor: "importer", start: Date(timeIntervalSince1970: 1_635_000_000))
        let registry = TraineeRegistry(database)
        let people = try (1...600).map { number in
            try registry.add(TraineeDetails(fullName: "Person \(number)", sex: .male, professionCode: "judge"), externalRef: "P-\(number)", context: context)
        }
        try EventFixture.make(database, events: ["E1", "E2"])
        for (index, person) in people.enumerated() {
            try EventFixture.enroll(database, trainee: person.id, event: index < 300 ? "E1" : "E2", marks: [], preScore: index < 2 ? 5 : nil)
        }
        // 600 people over two chunks of rows; P-1's stored pre-test changes, P-2's stays.
        var rows = ["event_code,trainee_ref,kind,score"]
        for (index, _) in people.enumerated() {
            let event = index < 300 ? "E1" : "E2"
            rows.append("\(event),P-\(index + 1),pre,\(index == 0 ? 7 : 5)")
            rows.append("\(event),P-\(index + 1),post,\(index % 21)")
        }
        let folder = try TemporaryFolder()
        let url = try folder.write("scores.csv", rows.joined(separator: "\n") + "\n")
        let summary = try AssessmentBook(database).importFile(url, columnMap: [:], dryRun: false, context: context)
        #expect(summary.rows == 1_200)
        #expect(summary.added == 1_198 && summary.updated == 1 && summary.unchanged == 1)
        var stored: [AssessmentScore] = []
        for code in ["E1", "E2"] {
            let event = try #require(try database.events.event(code: EventCode(code)))
            stored += try database.assessments.scores(of: event.id).values.flatMap(\.values)
        }
        #expect(stored.count == 1_200)
        let byPerson = try Dictionary(grouping: stored) { score in
            try database.scalar(
                "SELECT x.ref FROM enrollment AS n JOIN trainee_external_ref AS x ON x.trainee_id = n.trainee_id WHERE n.uuid = ?", [score.enrollmentID]
            ).stringValue ?? ""
        }
        #expect(byPerson["P-1"]?.first { $0.kind == .pre }?.score == 7)
        #expect(byPerson["P-2"]?.first { $0.kind == .pre }?.recordedBy == "tester", "unchanged: still the fixture's")
        let post = try #require(byPerson["P-44"]?.first { $0.kind == .post })
        #expect(post.score == 43 % 21 && post.maxScore == 20 && post.recordedBy == "importer")
        #expect(abs(post.recordedAt.timeIntervalSince1970 - 1_635_000_000) < 86_400)
        #expect(try database.scalar("SELECT count(*) FROM audit_log WHERE action = 'assessment.update'").intValue == 1)

        let again = try AssessmentBook(database).importFile(url, columnMap: [:], dryRun: false, context: context)
        #expect(again.unchanged == 1_200)
    }
}
