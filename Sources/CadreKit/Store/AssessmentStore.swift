public import Foundation

/// Queries for pre- and post-test scores.
public struct AssessmentStore {
    let database: Database

    public init(_ database: Database) { self.database = database }

    /// Post-test scores of an event's enrollments.
    public func postScores(of eventID: UUID) throws -> [UUID: Int] {
        var scores: [UUID: Int] = [:]
        try database.forEachRow(
            """
            SELECT a.enrollment_id, a.score FROM assessment_score AS a JOIN enrollment AS e ON e.id = a.enrollment_id
            WHERE e.event_id = ? AND a.kind = 'post'
            """, [eventID.databaseText]
        ) { row in
            if let id = row.string(at: 0), let score = row.int(at: 1) { scores[UUID(databaseText: id)] = score }
        }
        return scores
    }
}
