/// SQLite's bulk way: ``batch`` rows in one `INSERT … VALUES (…), (…), …`, which SQLite runs
/// for little more than the cost of one row; the rows left over at the end go one by one.
/// Both statements are the appender's own (not the connection's cache), so no other insert
/// disturbs their bindings.
final class BatchedInserts: RowAppender {
    private static let batch = 64
    private let single: Statement
    private let batchStatement: Statement
    private let width: Int
    private var pending: [[SQLValue]] = []

    /// `table` and `columns` come from the stores' own text, never from users.
    init(_ database: Database, table: String, columns: [String]) throws {
        width = columns.count
        let row = "(" + Array(repeating: "?", count: width).joined(separator: ", ") + ")"
        let insert = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        single = try Statement(connection: database, sql: insert + row)
        batchStatement = try Statement(connection: database, sql: insert + Array(repeating: row, count: Self.batch).joined(separator: ", "))
        pending.reserveCapacity(Self.batch)
    }

    func append(_ values: [SQLValue]) throws {
        precondition(values.count == width, "a row of \(values.count) values for \(width) columns")
        pending.append(values)
        guard pending.count == Self.batch else { return }
        for (row, values) in pending.enumerated() {
            for (column, value) in values.enumerated() { try batchStatement.bind(value, at: Int32(row * width + column + 1)) }
        }
        pending.removeAll(keepingCapacity: true)
        try batchStatement.run()
    }

    func finish() throws {
        for values in pending {
            for (column, value) in values.enumerated() { try single.bind(value, at: Int32(column + 1)) }
            try single.run()
        }
        pending.removeAll()
    }
}
