/// A temporary table an import fills in the engine's bulk way (SQLite: batched inserts;
/// PostgreSQL: `COPY`) with records named by UUID, as the domain names them, before one
/// set-based statement turns them into rows of the real table, looking up every row id at once.
///
/// The table lives in the caller's transaction: a refused file or a dry run rolls it back with
/// everything else, and ``drop()`` removes it once its rows are stored. Ids go in columns of
/// the connection's ``SQLConnection/uuidColumnType``.
package final class StagingTable<Connection: SQLConnection> {
    package let name: String
    private let database: Connection
    private let appender: any RowAppender
    /// Rows staged since the table was made.
    package private(set) var count = 0

    /// `name` and `definition` (the column list) come from the stores' own text, never from users.
    package init(_ database: Connection, name: String, definition: String, columns: [String]) throws {
        self.database = database
        self.name = name
        try database.execute("CREATE TEMP TABLE IF NOT EXISTS \(name) (\(definition))", [])
        try database.execute("DELETE FROM \(name)", [])
        appender = try database.appender(into: name, columns: columns)
    }

    /// Adds a row, one value per column in the order given.
    package func append(_ values: [any SQLBindable]) throws {
        try appender.append(values.map(\.sqlValue))
        count += 1
    }

    /// Sends the rows still held back by the appender: call it before the set-based statement.
    package func flush() throws { try appender.finish() }

    package func drop() throws { try database.execute("DROP TABLE \(name)", []) }

    /// The error a row naming a record that is not stored gets, as the foreign key gives it row
    /// by row: an `INSERT … SELECT` joining on the ids would leave it out silently.
    package static var danglingReference: StoreError { StoreError(code: 19, extendedCode: 787, message: "FOREIGN KEY constraint failed") }
}
