package import CadreModel
import Foundation

/// ``ScoreInserter`` over either engine: the scores go into a ``StagingTable`` and become
/// scores by one `INSERT … SELECT` that looks up every enrolment's row id at once.
package final class ScoreStaging<Connection: SQLConnection>: ScoreInserter {
    private let database: Connection
    private let table: StagingTable<Connection>
    private let recordedBy: Int

    init(_ database: Connection, recordedBy: String) throws {
        self.database = database
        self.recordedBy = try database.actorID(recordedBy)
        table = try StagingTable(
            database, name: "staged_score",
            definition: """
                uuid \(Connection.uuidColumnType) NOT NULL, enrollment_uuid \(Connection.uuidColumnType) NOT NULL, kind text NOT NULL,
                score bigint NOT NULL, max_score bigint NOT NULL, recorded_at bigint NOT NULL
                """,
            columns: ["uuid", "enrollment_uuid", "kind", "score", "max_score", "recorded_at"])
    }

    package func insert(_ score: AssessmentScore) throws {
        try table.append([score.id, score.enrollmentID, score.kind.rawValue, score.score, score.maxScore, score.recordedAt.storedSeconds])
    }

    package func finish() throws {
        try table.flush()
        if table.count > 0 {
            try database.execute(
                """
                INSERT INTO assessment_score (uuid, enrollment_id, kind, score, max_score, recorded_by, recorded_at)
                SELECT s.uuid, n.id, s.kind, s.score, s.max_score, ?, s.recorded_at
                FROM staged_score AS s JOIN enrollment AS n ON n.uuid = s.enrollment_uuid
                """, [recordedBy])
            guard database.changes == table.count else { throw StagingTable<Connection>.danglingReference }
        }
        try table.drop()
    }
}
