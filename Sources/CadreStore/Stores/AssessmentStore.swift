public import CadreModel
public import Foundation

/// Queries for pre- and post-test scores.
package struct AssessmentStore<Connection: SQLConnection>: AssessmentStorage {
    package let database: Connection

    package init(_ database: Connection) { self.database = database }

    /// Post-test scores of an event's enrollments.
    package func postScores(of eventID: UUID) throws -> [UUID: Int] {
        var scores: [UUID: Int] = [:]
        try database.forEachRow(
            """
            SELECT e.uuid AS enrollment_id, a.score FROM assessment_score AS a JOIN enrollment AS e ON e.id = a.enrollment_id
            WHERE e.event_id = (SELECT id FROM training_event WHERE uuid = ?) AND a.kind = 'post'
            """, [eventID]
        ) { row in
            let stored = row.stored("assessment_score")
            scores[try stored.uuid("enrollment_id")] = try stored.int("score")
        }
        return scores
    }
}

extension AssessmentStore {
    package func score(enrollment: UUID, kind: AssessmentScore.Kind) throws -> AssessmentScore? {
        try database.row(
            "\(Self.select) WHERE e.uuid = ? AND a.kind = ?", [enrollment, kind.rawValue]
        ).map(score(from:))
    }

    package func insert(_ score: AssessmentScore) throws {
        try database.execute(
            """
            INSERT INTO assessment_score (uuid, enrollment_id, kind, score, max_score, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [
                score.id, try database.rowID(.enrollment, score.enrollmentID), score.kind.rawValue, score.score, score.maxScore,
                try database.actorID(score.recordedBy), score.recordedAt.storedSeconds,
            ])
    }

    package func inserter(recordedBy: String) throws -> any ScoreInserter { try ScoreStaging(database, recordedBy: recordedBy) }

    package func update(_ score: AssessmentScore) throws {
        try database.execute(
            """
            UPDATE assessment_score SET score = ?, max_score = ?, recorded_by = ?, recorded_at = ?
            WHERE enrollment_id = (SELECT id FROM enrollment WHERE uuid = ?) AND kind = ?
            """,
            [
                score.score, score.maxScore, try database.actorID(score.recordedBy), score.recordedAt.storedSeconds,
                score.enrollmentID, score.kind.rawValue,
            ])
    }

    /// Pre and post scores of an event's enrollments.
    package func scores(of eventID: UUID) throws -> [UUID: [AssessmentScore.Kind: AssessmentScore]] {
        var result: [UUID: [AssessmentScore.Kind: AssessmentScore]] = [:]
        try database.forEachRow(
            """
            \(Self.select) WHERE e.event_id = (SELECT id FROM training_event WHERE uuid = ?)
            """, [eventID]
        ) { row in
            let score = try score(from: row)
            result[score.enrollmentID, default: [:]][score.kind] = score
        }
        return result
    }

    /// A score's columns with its ids as UUIDs and its author's name.
    private static var select: String {
        """
        SELECT a.uuid AS id, e.uuid AS enrollment_id, a.kind, a.score, a.max_score, w.name AS recorded_by, a.recorded_at
        FROM assessment_score AS a JOIN enrollment AS e ON e.id = a.enrollment_id JOIN actor AS w ON w.id = a.recorded_by
        """
    }

    package func score(from row: Row) throws -> AssessmentScore {
        let stored = row.stored("assessment_score")
        return AssessmentScore(
            id: try stored.uuid("id"), enrollmentID: try stored.uuid("enrollment_id"), kind: try stored.value("kind", as: AssessmentScore.Kind.self),
            score: try stored.int("score"), maxScore: try stored.int("max_score"), recordedBy: try stored.text("recorded_by"),
            recordedAt: try stored.instant("recorded_at"))
    }
}
