import CSQLite
import CadreModel
package import Foundation

/// SQLite's "copy the bytes now" destructor, so bound buffers may be freed right after binding.
let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A prepared statement. The database caches these by SQL text and reuses them,
/// so a statement run in a loop is compiled once.
package final class Statement {
    package let handle: OpaquePointer
    package let sql: String
    private unowned let connection: Database

    package init(connection: Database, sql: String) throws {
        var handle: OpaquePointer?
        let code = sqlite3_prepare_v3(connection.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, nil)
        guard code == SQLITE_OK, let handle else {
            sqlite3_finalize(handle)
            throw connection.error(code: code, sql: sql)
        }
        self.handle = handle
        self.sql = sql
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    package lazy var columnNames: [String] = (0..<sqlite3_column_count(handle)).map {
        String(cString: sqlite3_column_name(handle, $0))
    }

    /// Clears previous bindings and binds `values` to the `?` parameters in order.
    package func bind(_ values: [any SQLBindable]) throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard values.count == expected else {
            throw StoreError(code: SQLITE_RANGE, message: "expected \(expected) parameters, got \(values.count)", sql: sql)
        }
        for (offset, value) in values.enumerated() {
            try bind(value.sqlValue, at: Int32(offset + 1))
        }
    }

    /// Binds one value at a parameter's position (from 1), leaving the others as they are.
    package func bind(_ value: SQLValue, at index: Int32) throws {
        let code: Int32
        switch value {
        case .null: code = sqlite3_bind_null(handle, index)
        case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
        case .real(let number): code = sqlite3_bind_double(handle, index, number)
        case .text(var text):
            code = text.withUTF8 { bytes in
                guard let base = bytes.baseAddress, bytes.count > 0 else {
                    return sqlite3_bind_text(handle, index, "", 0, SQLITE_TRANSIENT)
                }
                return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    sqlite3_bind_text(handle, index, $0, Int32(bytes.count), SQLITE_TRANSIENT)
                }
            }
        case .blob(let bytes):
            code = bytes.withUnsafeBytes { raw in
                sqlite3_bind_blob(handle, index, raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(raw.count), SQLITE_TRANSIENT)
            }
        }
        guard code == SQLITE_OK else { throw connection.error(code: code, sql: sql) }
    }

    /// Binds one parameter and leaves the others as they are: a bulk insert binds what stays
    /// the same once and only what changes per row. `nil` binds NULL.
    package func bind(_ text: String?, at index: Int32) throws {
        guard var text else { return try check(sqlite3_bind_null(handle, index)) }
        try text.withUTF8 { try bind(bytes: $0, at: index) }
    }

    /// Binds an id as its 16 bytes, copied from the stack.
    package func bind(_ id: UUID?, at index: Int32) throws {
        guard let id else { return try check(sqlite3_bind_null(handle, index)) }
        try withUnsafeBytes(of: id.uuid) { bytes in
            try check(sqlite3_bind_blob(handle, index, bytes.baseAddress, 16, SQLITE_TRANSIENT))
        }
    }

    package func bind(_ number: Int64?, at index: Int32) throws {
        guard let number else { return try check(sqlite3_bind_null(handle, index)) }
        try check(sqlite3_bind_int64(handle, index, number))
    }

    private func bind(bytes: UnsafeBufferPointer<UInt8>, at index: Int32) throws {
        guard let base = bytes.baseAddress, bytes.count > 0 else {
            return try check(sqlite3_bind_text(handle, index, "", 0, SQLITE_TRANSIENT))
        }
        let code = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            sqlite3_bind_text(handle, index, $0, Int32(bytes.count), SQLITE_TRANSIENT)
        }
        try check(code)
    }

    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else { throw connection.error(code: code, sql: sql) }
    }

    /// Runs a statement bound with `bind(_:at:)` to completion, keeping its bindings.
    package func run() throws {
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    /// Advances to the next row; false when the statement is done.
    package func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = connection.error(code: code, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    package func reset() { sqlite3_reset(handle) }

    package func value(at column: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, column))
        case SQLITE_TEXT:
            let count = Int(sqlite3_column_bytes(handle, column))
            guard let bytes = sqlite3_column_text(handle, column) else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, column))
            guard let bytes = sqlite3_column_blob(handle, column) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        default: return .null
        }
    }

    /// The text of a column of the current row; nil for NULL.
    package func string(at column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, column))), as: UTF8.self)
    }

    /// The id a BLOB column of the current row holds: nil for NULL, the id, or — for anything
    /// but 16 bytes — a description of what is there, for the error that reports it.
    package func uuid(at column: Int32) -> Result<UUID, StoredText>? {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_NULL: return nil
        case SQLITE_BLOB where sqlite3_column_bytes(handle, column) == 16:
            guard let bytes = sqlite3_column_blob(handle, column) else { return nil }
            return .success(UUID(uuid: UnsafeRawPointer(bytes).loadUnaligned(as: uuid_t.self)))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, column))
            return .failure(StoredText(blob: UnsafeRawBufferPointer(start: sqlite3_column_blob(handle, column), count: count)))
        default:
            // The audit log names records by the text form, as exports do.
            let text = string(at: column) ?? ""
            return UUID(databaseText: text).map { .success($0) } ?? .failure(StoredText(text: text))
        }
    }

    /// The byte order of a BLOB column of the current row against `key` (negative, zero or
    /// positive), without copying it: how ``GroupedRows`` follows its ids.
    package func compareBytes(at column: Int32, with key: UnsafeRawBufferPointer) -> Int {
        guard let bytes = sqlite3_column_blob(handle, column) else { return key.isEmpty ? 0 : -1 }
        let count = Int(sqlite3_column_bytes(handle, column))
        if let base = key.baseAddress {
            let order = memcmp(bytes, base, min(count, key.count))
            if order != 0 { return Int(order) }
        }
        return count - key.count
    }

    package func currentRow() -> Row {
        Row(columns: columnNames, values: (0..<Int32(columnNames.count)).map(value(at:)))
    }
}
