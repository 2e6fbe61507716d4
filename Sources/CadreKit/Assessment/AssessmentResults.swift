public import CadreModel
import Foundation

/// One event's scores: each participant's pre, post and gain, and the event's knowledge gain.
public struct AssessmentResults: Codable, Sendable {
    public struct Row: Codable, Sendable {
        public let traineeRef: String
        /// The reference people see (``EnrolledPerson/printedRef``: the centre's own, else T-…).
        public let shownRef: String
        public let name: String
        public let pre: Int?
        public let post: Int?
        public let maxScore: Int
        public var gain: Int? { pre.flatMap { pre in post.map { $0 - pre } } }
    }

    public let summary: EventSummary
    public let rows: [Row]
    public let gain: KnowledgeGain

    public static func load(_ eventCode: String, database: any Store) throws -> AssessmentResults {
        try database.read { database in
            let summary = try EventSummary.load(eventCode, database: database)
            let scores = try database.assessments.scores(of: summary.event.id)
            let rows = try database.events.enrolledPeople(of: summary.event.id).map { person -> Row in
                let entry = scores[person.enrollmentID] ?? [:]
                return Row(
                    traineeRef: person.traineeRef, shownRef: person.printedRef, name: person.name, pre: entry[.pre]?.score, post: entry[.post]?.score,
                    maxScore: entry[.post]?.maxScore ?? entry[.pre]?.maxScore ?? summary.course.assessment.maxScore)
            }.sortedAzerbaijani { $0.name }
            let pairs = rows.compactMap { row in row.pre.flatMap { pre in row.post.map { (pre: pre, post: $0, max: row.maxScore) } } }
            return AssessmentResults(summary: summary, rows: rows, gain: KnowledgeGain(pairs: pairs))
        }
    }
}
