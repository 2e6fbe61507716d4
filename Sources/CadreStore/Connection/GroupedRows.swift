import CadreModel
package import Foundation

/// The rows of one query, ordered by a parent's id, read in step with an ascending list of
/// those ids: the sessions (or rosters, or counts) of thousands of events from one statement
/// instead of one query per event.
///
/// The statement is its own (not the connection's cache), so several can be open at once;
/// callers ask for ids in ascending order and rows of ids never asked for are skipped. Keys
/// are ids' 16 bytes, compared in place — SQLite's `ORDER BY` on a BLOB, which is the order
/// of their text — and values are read straight from the statement: 400,000 enrolments made
/// a `Row` and a key string each.
package final class GroupedRows<Value>: GroupedReader {
    private let statement: Statement
    private let keyColumn: Int32
    private let value: (Statement) throws -> Value
    /// The statement is on a row that has not been handed out or skipped yet.
    private var pending = false
    private var finished = false

    /// `value` reads the current row of the statement; the key is column `keyColumn`.
    package init(_ database: Database, _ sql: String, keyColumn: Int32, value: @escaping (Statement) throws -> Value) throws {
        statement = try Statement(connection: database, sql: sql)
        try statement.bind([])
        self.keyColumn = keyColumn
        self.value = value
    }

    /// The values of the rows whose key is `id`, in the query's order.
    package func values(for id: UUID) throws -> [Value] {
        try withUnsafeBytes(of: id.uuid) { key in
            var result: [Value] = []
            while try advance() {
                let order = statement.compareBytes(at: keyColumn, with: key)
                if order == 0 {
                    result.append(try value(statement))
                    pending = false
                } else if order < 0 {
                    pending = false
                } else {
                    break
                }
            }
            return result
        }
    }

    /// Steps to the next row unless one is pending; false once the rows are done.
    private func advance() throws -> Bool {
        if !pending, !finished {
            if try statement.step() { pending = true } else { finished = true }
        }
        return pending
    }
}
