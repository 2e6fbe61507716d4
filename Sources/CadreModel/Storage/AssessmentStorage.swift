public import Foundation

/// Pre- and post-test scores of enrolments.
///
/// Every method runs inside the caller's transaction (``Store/read(_:)`` or
/// ``Store/write(_:)``); the SQLite store in `CadreStore` implements it.
public protocol AssessmentStorage {
    /// Post-test scores of an event's enrollments.
    func postScores(of eventID: UUID) throws -> [UUID: Int]

    func score(enrollment: UUID, kind: AssessmentScore.Kind) throws -> AssessmentScore?

    func insert(_ score: AssessmentScore) throws

    /// New scores recorded by `recordedBy`, stored together (see ``ScoreInserter``), inside
    /// the caller's transaction.
    func inserter(recordedBy: String) throws -> any ScoreInserter

    func update(_ score: AssessmentScore) throws

    /// Pre and post scores of an event's enrollments.
    func scores(of eventID: UUID) throws -> [UUID: [AssessmentScore.Kind: AssessmentScore]]
}
