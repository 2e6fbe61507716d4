package import CadreModel

/// What a store asks of a connection: statements with `?` parameters, rows read back as
/// ``Row``s of ``SQLValue``s. SQLite's ``Database`` answers it, and so does PostgreSQL's
/// connection (`CadreStorePostgres`), so a store written over it serves both engines with
/// one set of SQL. Where an engine has its own fast way — reading a row in place, appending
/// many rows — the connection offers it here and the stores stay engine-blind.
package protocol SQLConnection: AnyObject {
    /// A result row read in place: SQLite's statement standing on its row, PostgreSQL's row.
    associatedtype Cursor: ColumnReader

    func execute(_ sql: String, _ parameters: [any SQLBindable]) throws
    func rows(_ sql: String, _ parameters: [any SQLBindable]) throws -> [Row]
    func row(_ sql: String, _ parameters: [any SQLBindable]) throws -> Row?
    func scalar(_ sql: String, _ parameters: [any SQLBindable]) throws -> SQLValue
    /// Calls `body` with each row in turn (SQLite steps the statement; PostgreSQL reads the
    /// result whole first).
    func forEachRow(_ sql: String, _ parameters: [any SQLBindable], _ body: (Row) throws -> Void) throws
    /// Calls `body` with each row read in place, where a ``Row`` per row would cost more than
    /// the query.
    func forEachStep(_ sql: String, _ parameters: [any SQLBindable], _ body: (Cursor) throws -> Void) throws
    /// The rows of a query ordered by a parent's id (column `keyColumn`), handed out a parent
    /// at a time (see ``GroupedReader``).
    func groupedRows<Value>(_ sql: String, keyColumn: Int, value: @escaping (Cursor) throws -> Value) throws -> any GroupedReader<Value>
    /// Appends many new rows to `table` in the engine's bulk way (SQLite: multi-row inserts;
    /// PostgreSQL: `COPY`), inside the caller's transaction.
    func appender(into table: String, columns: [String]) throws -> any RowAppender
    /// Rows the last INSERT, UPDATE or DELETE changed.
    var changes: Int { get }
    /// The column type of an id in a table the stores make for themselves (``StagingTable``):
    /// SQLite's `BLOB`, so its ids compare with the tables' own through their indexes (an id in
    /// a column of another affinity is compared after conversion, and no index serves it);
    /// PostgreSQL's `uuid`.
    static var uuidColumnType: String { get }
}

extension SQLConnection {
    package func execute(_ sql: String) throws { try execute(sql, []) }
    package func rows(_ sql: String) throws -> [Row] { try rows(sql, []) }
    package func row(_ sql: String) throws -> Row? { try row(sql, []) }
    package func scalar(_ sql: String) throws -> SQLValue { try scalar(sql, []) }
    package func forEachRow(_ sql: String, _ body: (Row) throws -> Void) throws { try forEachRow(sql, [], body) }
}

extension Database: SQLConnection {
    package static var uuidColumnType: String { "BLOB" }

    package func groupedRows<Value>(_ sql: String, keyColumn: Int, value: @escaping (Statement) throws -> Value) throws -> any GroupedReader<Value> {
        try GroupedRows(self, sql, keyColumn: Int32(keyColumn), value: value)
    }

    package func appender(into table: String, columns: [String]) throws -> any RowAppender {
        try BatchedInserts(self, table: table, columns: columns)
    }
}
