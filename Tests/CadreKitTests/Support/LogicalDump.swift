import CadreModel
import Foundation

/// Everything a store holds, read through the `Store` interface alone and written as text:
/// every record by its UUID with its fields and its relations (by UUID), in a stable order.
/// Two stores — or one store before and after a migration — hold the same records exactly
/// when their dumps are equal, whatever their tables look like inside.
enum LogicalDump {
    /// The settings Cadre writes (the interface reads settings by key).
    static let settingKeys = ["lang", "templates", "demo", "pseudonym-key"]

    static func text(of store: any Store) throws -> String {
        try store.read { store in
            var lines: [String] = []
            func add<Value: Encodable>(_ kind: String, _ key: String, _ value: Value) throws {
                lines.append("\(kind) \(key) \(try json(value))")
            }
            for key in settingKeys { try add("setting", key, try store.settings.value(key)) }
            for course in try store.courses.allLatest() {
                for version in try store.courses.versions(code: CourseCode(course.code)) {
                    try add("course", version.id.databaseText, version)
                }
            }
            let places = store.scheduling
            for centre in try places.centres() { try add("centre", centre.id.databaseText, centre) }
            for venue in try places.venues() { try add("venue", venue.id.databaseText, venue) }
            for trainer in try places.trainers() { try add("trainer", trainer.id.databaseText, trainer) }
            for year in 2020...2022 {
                for holiday in try places.holidays(in: year) { lines.append("holiday \(holiday.date.iso) \(try json(holiday.name))") }
            }
            let trainees = store.trainees
            var people = try trainees.list(TraineeFilter())
            people += try people.flatMap { try trainees.records(mergedInto: $0.id) }.compactMap { try trainees.trainee(id: $0) }
            for var person in people.sorted(by: { $0.id.databaseText < $1.id.databaseText }) {
                person.externalRefs = try trainees.externalRefs(of: person.id)
                try add("trainee", person.id.databaseText, person)
                for ref in person.externalRefs { lines.append("trainee-ref \(ref) \(person.id.databaseText) duplicate=\(try trainees.isDuplicateRef(ref))") }
            }
            for event in try store.events.events(from: nil, to: nil, centreID: nil, status: nil) {
                try add("event", event.id.databaseText, event)
                for session in try store.events.sessions(of: event.id) { try add("session", session.id.databaseText, session) }
                let marks = try store.attendance.marks(of: event.id)
                let scores = try store.assessments.scores(of: event.id)
                for enrollment in try store.events.enrollments(of: event.id).sorted(by: { $0.id.databaseText < $1.id.databaseText }) {
                    try add("enrollment", enrollment.id.databaseText, enrollment)
                    // A mark is identified by its enrolment and session (issue #24): its id is
                    // derived from them, so the dump names it by them and leaves the id out.
                    for mark in (marks[enrollment.id] ?? [:]).values.sorted(by: { $0.sessionID.databaseText < $1.sessionID.databaseText }) {
                        try add("mark", "\(mark.enrollmentID.databaseText)/\(mark.sessionID.databaseText)", MarkFacts(mark))
                    }
                    for score in (scores[enrollment.id] ?? [:]).values.sorted(by: { $0.id.databaseText < $1.id.databaseText }) {
                        try add("score", score.id.databaseText, score)
                    }
                }
            }
            for held in try store.certificates.held(eventID: nil, year: nil) {
                try add("certificate", held.certificate.id.databaseText, held.certificate)
            }
            for entry in try store.audit.allEntries() { try add("audit", entry.id.databaseText, entry) }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    private static func json<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .millisecondsSince1970
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// What a mark records, without the id derived from its key.
    private struct MarkFacts: Encodable {
        let status: AttendanceMark.Status
        let note: String?
        let markedBy: String
        let markedAt: Date

        init(_ mark: AttendanceMark) {
            (status, note, markedBy, markedAt) = (mark.status, mark.note, mark.markedBy, mark.markedAt)
        }
    }
}
