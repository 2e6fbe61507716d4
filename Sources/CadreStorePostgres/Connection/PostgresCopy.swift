import CadreStore
import Foundation

/// PostgreSQL's bulk way for ``RowAppender``: rows written in `COPY`'s text format into a
/// buffer and sent with one `COPY table (columns) FROM STDIN` a few mebibytes at a time —
/// between copies the connection is free for the queries an import makes as it goes (the
/// ids of the next event's enrolments).
final class PostgresCopy: RowAppender {
    /// A copy is sent once this many bytes wait.
    private static let flushSize = 4 << 20
    private let connection: PostgresConnection
    private let table: String
    private let sql: String
    /// Which columns hold a `uuid` (an id's 16 bytes are written as its text there; other
    /// bytes are `bytea`'s hex).
    private let isUUID: [Bool]
    private var buffer: [UInt8] = []

    /// `table` and `columns` come from the stores' own text, never from users.
    init(_ connection: PostgresConnection, table: String, columns: [String]) throws {
        self.connection = connection
        self.table = table
        sql = "COPY \(table) (\(columns.joined(separator: ", "))) FROM STDIN"
        var types: [String: String] = [:]
        try connection.forEachRow(
            "SELECT attname::text, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = to_regclass(?) AND attnum > 0",
            [table]
        ) { row in types[row.string(at: 0) ?? ""] = row.string(at: 1) }
        isUUID = columns.map { types[$0] == "uuid" }
        buffer.reserveCapacity(Self.flushSize + 4096)
    }

    func append(_ values: [SQLValue]) throws {
        precondition(values.count == isUUID.count, "a row of \(values.count) values for \(isUUID.count) columns")
        for (column, value) in values.enumerated() {
            if column > 0 { buffer.append(UInt8(ascii: "\t")) }
            write(value, asUUID: isUUID[column])
        }
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= Self.flushSize { try flush() }
    }

    func finish() throws { try flush() }

    /// Sends the rows waiting, then has the table analysed: the statements the import runs
    /// next (the marks of the next event) are planned for the table as it now is. Planned for an
    /// empty table, each scanned the whole growing table: 400,000 marks took minutes, not seconds.
    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try connection.copy(sql, data: buffer)
        buffer.removeAll(keepingCapacity: true)
        try connection.execute("ANALYZE \(table)")
    }

    /// One value in COPY's text format: `\N` for NULL, backslash, tab, newline and carriage
    /// return escaped in text.
    private func write(_ value: SQLValue, asUUID: Bool) {
        switch value {
        case .null: buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "N")])
        case .integer(let number): buffer.append(contentsOf: String(number).utf8)
        case .real: escape(PostgresValue.text(value) ?? "")
        case .text(let text): escape(text)
        case .blob(let bytes) where asUUID && bytes.count == 16:
            let id = bytes.withUnsafeBytes { UUID(uuid: $0.loadUnaligned(as: uuid_t.self)) }
            buffer.append(contentsOf: id.uuidString.lowercased().utf8)
        case .blob: escape(PostgresValue.text(value) ?? "")
        }
    }

    private func escape(_ text: String) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\t"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case UInt8(ascii: "\n"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            default: buffer.append(byte)
            }
        }
    }
}
