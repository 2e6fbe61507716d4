package import CadreModel
package import Foundation

/// ``GroupedReader`` over rows already read whole, ordered by a parent's id: how an engine
/// that hands back a whole result (PostgreSQL) serves the readers SQLite's ``GroupedRows``
/// steps through. Keys are ids' 16 bytes, in the order both engines sort them.
package final class GroupedRowList<Value>: GroupedReader {
    private let rows: [Row]
    private let keyColumn: Int
    private let value: (Row) throws -> Value
    private var next = 0

    package init(_ rows: [Row], keyColumn: Int, value: @escaping (Row) throws -> Value) {
        self.rows = rows
        self.keyColumn = keyColumn
        self.value = value
    }

    package func values(for id: UUID) throws -> [Value] {
        let key = withUnsafeBytes(of: id.uuid) { Array($0) }
        var result: [Value] = []
        while next < rows.count {
            let rowKey: [UInt8] = if case .blob(let bytes) = rows[next].values[keyColumn] { bytes } else { [] }
            if rowKey == key {
                result.append(try value(rows[next]))
            } else if !rowKey.lexicographicallyPrecedes(key) {
                break
            }
            next += 1
        }
        return result
    }
}
