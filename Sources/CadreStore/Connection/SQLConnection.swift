/// What a store asks of a connection: statements with `?` parameters, rows read back as
/// ``Row``s of ``SQLValue``s. SQLite's ``Database`` answers it, and so does PostgreSQL's
/// connection (`CadreStorePostgres`), so a store written over it serves both engines with
/// one set of SQL — the stores move onto it one by one (issue #33).
package protocol SQLConnection: AnyObject {
    func execute(_ sql: String, _ parameters: [any SQLBindable]) throws
    func rows(_ sql: String, _ parameters: [any SQLBindable]) throws -> [Row]
    func row(_ sql: String, _ parameters: [any SQLBindable]) throws -> Row?
    func scalar(_ sql: String, _ parameters: [any SQLBindable]) throws -> SQLValue
    /// Calls `body` with each row in turn (SQLite steps the statement; PostgreSQL reads the
    /// result whole first).
    func forEachRow(_ sql: String, _ parameters: [any SQLBindable], _ body: (Row) throws -> Void) throws
    /// Rows the last INSERT, UPDATE or DELETE changed.
    var changes: Int { get }
}

extension SQLConnection {
    package func execute(_ sql: String) throws { try execute(sql, []) }
    package func rows(_ sql: String) throws -> [Row] { try rows(sql, []) }
    package func row(_ sql: String) throws -> Row? { try row(sql, []) }
    package func scalar(_ sql: String) throws -> SQLValue { try scalar(sql, []) }
}

extension Database: SQLConnection {}
