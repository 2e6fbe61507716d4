/// Adds many new people, as an import does: held back and stored together (SQLite: batched
/// inserts; PostgreSQL: `COPY`) with the centre's reference each came with, so a file of
/// thousands of people costs a few statements a chunk, not several a person.
public protocol TraineeInserter {
    /// Adds a person (not merged, not erased) and, if given, the centre's own reference for them.
    /// They may be held back until ``flush()``: until then only the caller knows them.
    func insert(_ trainee: Trainee, nameKey: String?, externalRef: String?, source: String?) throws
    /// Stores everyone held back. Call it before reading them from the store, and before the
    /// transaction commits.
    func flush() throws
    /// Stores everyone held back and ends the inserter.
    func finish() throws
}
