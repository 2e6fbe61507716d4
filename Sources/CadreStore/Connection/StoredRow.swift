package import CadreModel
package import Foundation

/// One row of a table read back loudly: each value is checked as it is read, and one that
/// cannot be what its column promises throws ``DamagedValue`` naming the table, the column
/// and the row, instead of becoming an all-zero id or a time in the year 1.
///
/// Columns are named as the query names them; a name the query does not have is a mistake
/// in Cadre's code, not in the data, and stops the program.
package struct StoredRow<Reader: ColumnReader> {
    package let reader: Reader
    package let table: String
    /// Column names by position, for readers that read by position (a statement in place).
    package let names: [String]?

    package init(_ reader: Reader, table: String, names: [String]? = nil) {
        self.reader = reader
        self.table = table
        self.names = names
    }

    private func index(_ column: String) -> Int {
        guard let index = names?.firstIndex(of: column) ?? reader.columnIndex(column) else {
            preconditionFailure("the query of \(table) has no column '\(column)'")
        }
        return index
    }

    private func damaged(_ column: String, _ value: String?, expected: String) -> DamagedValue {
        let idColumn = names?.firstIndex(of: "id") ?? reader.columnIndex("id")
        let id = idColumn.flatMap { column -> String? in
            switch reader.storedUUID(column) {
            case .success(let id)?: id.databaseText
            case .failure(let stored)?: stored.text
            case nil: nil
            }
        } ?? "?"
        return DamagedValue(table: table, column: column, row: id, value: value, expected: expected)
    }

    package func optionalText(_ column: String) -> String? { reader.text(index(column)) }

    package func text(_ column: String) throws -> String {
        guard let text = optionalText(column) else { throw damaged(column, nil, expected: "text") }
        return text
    }

    package func optionalUUID(_ column: String) throws -> UUID? {
        switch reader.storedUUID(index(column)) {
        case nil: return nil
        case .success(let id): return id
        case .failure(let stored): throw damaged(column, stored.text, expected: "an id")
        }
    }

    package func uuid(_ column: String) throws -> UUID {
        guard let id = try optionalUUID(column) else { throw damaged(column, nil, expected: "an id") }
        return id
    }

    package func optionalInt(_ column: String) throws -> Int? {
        switch reader.wholeNumber(index(column)) {
        case nil: return nil
        case .success(let number): return number
        case .failure(let stored): throw damaged(column, stored.text, expected: "a whole number")
        }
    }

    package func int(_ column: String) throws -> Int {
        guard let number = try optionalInt(column) else { throw damaged(column, nil, expected: "a whole number") }
        return number
    }

    package func optionalTimestamp(_ column: String) throws -> Date? {
        guard let text = optionalText(column) else { return nil }
        guard let date = Timestamp.date(from: text) else { throw damaged(column, text, expected: "a time like 2021-10-25T09:30:00Z") }
        return date
    }

    package func timestamp(_ column: String) throws -> Date {
        guard let date = try optionalTimestamp(column) else { throw damaged(column, nil, expected: "a time like 2021-10-25T09:30:00Z") }
        return date
    }

    package func calendarDate(_ column: String) throws -> CalendarDate {
        let text = try text(column)
        guard text.utf8.count == 10, let date = CalendarDate(parsing: text) else { throw damaged(column, text, expected: "a date like 2021-10-25") }
        return date
    }

    /// A value of a fixed set, stored as its raw text (a status, a sex, a kind).
    package func optionalValue<Value: RawRepresentable>(_ column: String, as type: Value.Type) throws -> Value? where Value.RawValue == String {
        guard let text = optionalText(column) else { return nil }
        guard let value = Value(rawValue: text) else { throw damaged(column, text, expected: "one of the values Cadre writes there") }
        return value
    }

    package func value<Value: RawRepresentable>(_ column: String, as type: Value.Type) throws -> Value where Value.RawValue == String {
        guard let value = try optionalValue(column, as: type) else { throw damaged(column, nil, expected: "a value") }
        return value
    }
}

extension Row {
    /// This row read loudly as a row of `table` (see ``StoredRow``).
    package func stored(_ table: String) -> StoredRow<Row> { StoredRow(self, table: table) }
}
