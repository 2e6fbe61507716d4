import CadreKit
import CadreModel
import CadreStore
import Foundation
import Testing

/// The bulk inserter holds marks back and stores them 64 to a statement: every mark given must
/// be stored once `finish` is called — full batches, the remainder, across events — and none
/// before a batch is full or `finish` runs.
@Suite("Attendance inserter")
struct AttendanceInserterTests {
    @Test("full batches and the remainder are all stored, with their status, author and time, across two events")
    func batchesAndRemainder() throws {
        let database = try TestDatabase()
        let context = ChangeContext.deterministic(actor: "tester", start: Date(timeIntervalSince1970: 1_635_000_000))
        let registry = TraineeRegistry(database)
        let people = try (1...45).map { number in
            try registry.add(
                TraineeDetails(fullName: "Person \(number)", sex: .female, professionCode: "judge"), externalRef: "P-\(number)", context: context)
        }
        try EventFixture.make(database, events: ["E1", "E2"])
        for person in people {
            for event in ["E1", "E2"] { try EventFixture.enroll(database, trainee: person.id, event: event, marks: [], preScore: nil) }
        }
        let events = try ["E1", "E2"].map { try #require(try database.events.event(code: EventCode($0))) }
        let statuses = AttendanceMark.Status.allCases
        let markedAt = Date(timeIntervalSince1970: 1_635_163_200)
        try database.write { store in
            let inserter = try store.attendance.inserter(markedBy: "importer", markedAt: markedAt)
            var given = 0
            for event in events {
                let enrollments = try store.events.enrollmentStatuses(of: event.id)
                for session in try store.events.sessions(of: event.id) {
                    for person in people {
                        let enrollment = try #require(enrollments[person.id])
                        try inserter.insert(enrollment: enrollment.id, session: session.id, status: statuses[given % 4], note: given == 70 ? "late bus" : nil)
                        given += 1
                        // SQLite's batches of 64 (PostgreSQL's copies are megabytes).
                        if given == 63, let sqlite = store as? Database { #expect(try sqlite.scalar("SELECT count(*) FROM attendance").intValue == 0, "held back") }
                        if given == 64, let sqlite = store as? Database { #expect(try sqlite.scalar("SELECT count(*) FROM attendance").intValue == 64, "a full batch") }
                    }
                }
            }
            #expect(given == 180)
            try inserter.finish()
        }
        var stored: [AttendanceMark] = []
        for event in events { stored += try database.attendance.marks(of: event.id).values.flatMap(\.values) }
        #expect(stored.count == 180)
        #expect(Set(stored.map(\.id)).count == 180, "one mark per enrolment and session")
        #expect(stored.allSatisfy { $0.markedBy == "importer" && $0.markedAt == markedAt })
        #expect(Dictionary(grouping: stored, by: \.status).mapValues(\.count) == [.present: 45, .late: 45, .excused: 45, .absent: 45])
        #expect(stored.filter { $0.note == "late bus" }.count == 1)
    }
}
