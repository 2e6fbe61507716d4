/// The rows of one query, ordered by a parent's id, read in step with an ascending list of
/// those ids: the sessions (or rosters, or counts) of thousands of events from one statement
/// instead of one query per event.
///
/// The statement is its own (not the connection's cache), so several can be open at once;
/// callers ask for ids in ascending order and rows of ids never asked for are skipped. Keys
/// are ASCII (ids), for which Swift's `<` is SQLite's `ORDER BY` on text: byte order.
final class GroupedRows<Value> {
    private let statement: Statement
    private let key: (Row) -> String
    private let value: (Row) throws -> Value
    private var pending: Row?
    private var finished = false

    init(_ database: Database, _ sql: String, key: @escaping (Row) -> String, value: @escaping (Row) throws -> Value) throws {
        statement = try Statement(connection: database, sql: sql)
        try statement.bind([])
        self.key = key
        self.value = value
    }

    /// The values of the rows whose key is `wanted`, in the query's order.
    func values(for wanted: String) throws -> [Value] {
        var result: [Value] = []
        while let row = try peek() {
            let rowKey = key(row)
            if rowKey == wanted {
                result.append(try value(row))
                pending = nil
            } else if rowKey < wanted {
                pending = nil
            } else {
                break
            }
        }
        return result
    }

    private func peek() throws -> Row? {
        if pending == nil, !finished {
            if try statement.step() { pending = statement.currentRow() } else { finished = true }
        }
        return pending
    }
}
