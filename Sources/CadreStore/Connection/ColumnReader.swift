import CSQLite
package import Foundation

/// A result row's columns read by position: a `Row` copied out of SQLite, or a statement
/// standing on a row and read in place. Stores map records from either with one function,
/// and use the statement where a `Row` per row would cost more than the query.
package protocol ColumnReader {
    func text(_ column: Int) -> String?
    func integer(_ column: Int) -> Int?
    /// The position of the column the query names `name`, if it has one.
    func columnIndex(_ name: String) -> Int?
    /// A column that should hold a whole number: nil for NULL, the number, or — when the
    /// stored value is something else — its text, for the error that reports it.
    func wholeNumber(_ column: Int) -> Result<Int, StoredText>?
    /// A column that should hold an id's 16 bytes: nil for NULL, the id, or what is there instead.
    func storedUUID(_ column: Int) -> Result<UUID, StoredText>?
    /// The whole row, copied out, for readers written over ``Row``.
    func currentRow() -> Row
}

/// A stored value that was not what was expected, as text for a message.
package struct StoredText: Error {
    package let text: String

    package init(text: String) { self.text = text }

    /// Bytes where an id belongs, written as SQL writes them (`x'0102'`).
    package init(blob: some Collection<UInt8>) {
        text = "x'" + blob.map { String($0, radix: 16).uppercased().leftPadded(to: 2) }.joined() + "'"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

extension Row: ColumnReader {
    package func currentRow() -> Row { self }
    package func text(_ column: Int) -> String? { string(at: column) }
    package func integer(_ column: Int) -> Int? { int(at: column) }
    package func columnIndex(_ name: String) -> Int? { columns.firstIndex(of: name) }

    package func wholeNumber(_ column: Int) -> Result<Int, StoredText>? {
        switch values[column] {
        case .null: nil
        case .integer(let number): .success(Int(number))
        case .text(let text): Int(text).map { .success($0) } ?? .failure(StoredText(text: text))
        case .real(let number): number.rounded() == number ? .success(Int(number)) : .failure(StoredText(text: String(number)))
        case .blob: .failure(StoredText(text: "(binary data)"))
        }
    }

    package func storedUUID(_ column: Int) -> Result<UUID, StoredText>? {
        switch values[column] {
        case .null: nil
        case .blob(let bytes) where bytes.count == 16: .success(bytes.withUnsafeBytes { UUID(uuid: $0.loadUnaligned(as: uuid_t.self)) })
        case .blob(let bytes): .failure(StoredText(blob: bytes))
        case .text(let text): UUID(databaseText: text).map { .success($0) } ?? .failure(StoredText(text: text))
        case let value: .failure(StoredText(text: value.stringValue ?? ""))
        }
    }
}

extension Statement: ColumnReader {
    package func text(_ column: Int) -> String? { string(at: Int32(column)) }

    package func integer(_ column: Int) -> Int? {
        sqlite3_column_type(handle, Int32(column)) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(handle, Int32(column)))
    }

    package func columnIndex(_ name: String) -> Int? {
        (0..<sqlite3_column_count(handle)).first { String(cString: sqlite3_column_name(handle, $0)) == name }.map(Int.init)
    }

    package func wholeNumber(_ column: Int) -> Result<Int, StoredText>? {
        switch sqlite3_column_type(handle, Int32(column)) {
        case SQLITE_NULL: nil
        case SQLITE_INTEGER: .success(Int(sqlite3_column_int64(handle, Int32(column))))
        default: .failure(StoredText(text: string(at: Int32(column)) ?? ""))
        }
    }

    package func storedUUID(_ column: Int) -> Result<UUID, StoredText>? { uuid(at: Int32(column)) }
}
