/// New rows for one table, handed over one at a time and stored in the engine's bulk way:
/// an import of millions pays the per-statement work once a batch, not once a row.
package protocol RowAppender: AnyObject {
    /// Adds a row, one value per column in the order given when the appender was made; it
    /// may be held back and stored with later ones.
    func append(_ values: [SQLValue]) throws
    /// Stores every row still held back. Call it before the transaction commits.
    func finish() throws
}
