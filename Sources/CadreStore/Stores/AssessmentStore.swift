public import CadreModel
public import Foundation

/// Queries for pre- and post-test scores.
public struct AssessmentStore: AssessmentStorage {
    package let database: Database

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
            let stored = row.stored("assessment_score")
            scores[try stored.uuid("enrollment_id")] = try stored.int("score")
        }
        return scores
    }
}

extension AssessmentStore {
    public func score(enrollment: UUID, kind: AssessmentScore.Kind) throws -> AssessmentScore? {
        try database.row(
            "SELECT * FROM assessment_score WHERE enrollment_id = ? AND kind = ?", [enrollment.databaseText, kind.rawValue]
        ).map(score(from:))
    }

    public func insert(_ score: AssessmentScore) throws {
        try database.execute(
            """
            INSERT INTO assessment_score (id, enrollment_id, kind, score, max_score, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [
                score.id.databaseText, score.enrollmentID.databaseText, score.kind.rawValue, score.score, score.maxScore,
                score.recordedBy, Timestamp.string(from: score.recordedAt),
            ])
    }

    public func update(_ score: AssessmentScore) throws {
        try database.execute(
            "UPDATE assessment_score SET score = ?, max_score = ?, recorded_by = ?, recorded_at = ? WHERE id = ?",
            [score.score, score.maxScore, score.recordedBy, Timestamp.string(from: score.recordedAt), score.id.databaseText])
    }

    /// Pre and post scores of an event's enrollments.
    public func scores(of eventID: UUID) throws -> [UUID: [AssessmentScore.Kind: AssessmentScore]] {
        var result: [UUID: [AssessmentScore.Kind: AssessmentScore]] = [:]
        try database.forEachRow(
            """
            SELECT a.* FROM assessment_score AS a JOIN enrollment AS e ON e.id = a.enrollment_id WHERE e.event_id = ?
            """, [eventID.databaseText]
        ) { row in
            let score = try score(from: row)
            result[score.enrollmentID, default: [:]][score.kind] = score
        }
        return result
    }

    package func score(from row: Row) throws -> AssessmentScore {
        let stored = row.stored("assessment_score")
        return AssessmentScore(
            id: try stored.uuid("id"), enrollmentID: try stored.uuid("enrollment_id"), kind: try stored.value("kind", as: AssessmentScore.Kind.self),
            score: try stored.int("score"), maxScore: try stored.int("max_score"), recordedBy: try stored.text("recorded_by"),
            recordedAt: try stored.timestamp("recorded_at"))
    }
}
