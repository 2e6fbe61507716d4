import CSQLite

/// A result row's columns read by position: a `Row` copied out of SQLite, or a statement
/// standing on a row and read in place. Stores map records from either with one function,
/// and use the statement where a `Row` per row would cost more than the query.
protocol ColumnReader {
    func text(_ column: Int) -> String?
    func integer(_ column: Int) -> Int?
    /// The position of the column the query names `name`, if it has one.
    func columnIndex(_ name: String) -> Int?
}

extension Row: ColumnReader {
    func text(_ column: Int) -> String? { string(at: column) }
    func integer(_ column: Int) -> Int? { int(at: column) }
    func columnIndex(_ name: String) -> Int? { columns.firstIndex(of: name) }
}

extension Statement: ColumnReader {
    func columnIndex(_ name: String) -> Int? {
        (0..<sqlite3_column_count(handle)).first { String(cString: sqlite3_column_name(handle, $0)) == name }.map(Int.init)
    }

    func text(_ column: Int) -> String? { string(at: Int32(column)) }

    func integer(_ column: Int) -> Int? {
        sqlite3_column_type(handle, Int32(column)) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(handle, Int32(column)))
    }
}
