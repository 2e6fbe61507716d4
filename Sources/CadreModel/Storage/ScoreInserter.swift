/// Inserts many new pre- and post-test scores recorded by one person, as an import does:
/// held back and stored together (SQLite: batched inserts; PostgreSQL: `COPY`), so a file of
/// tens of thousands of scores costs a few statements, not several a score.
public protocol ScoreInserter {
    /// Adds a score; it may be held back and stored with later ones (see ``finish()``). Its
    /// `recordedBy` is the inserter's.
    func insert(_ score: AssessmentScore) throws
    /// Stores every score still held back. Call it before the transaction commits.
    func finish() throws
}
