/// One result row, copied out of SQLite so it stays valid after the statement moves on.
public struct Row: Sendable {
    public let columns: [String]
    public let values: [SQLValue]

    public subscript(index: Int) -> SQLValue { values[index] }

    public subscript(name: String) -> SQLValue {
        guard let index = columns.firstIndex(of: name) else { return .null }
        return values[index]
    }

    public func string(_ name: String) -> String? { self[name].stringValue }
    public func int(_ name: String) -> Int? { self[name].intValue }
    public func double(_ name: String) -> Double? { self[name].doubleValue }
    public func string(at index: Int) -> String? { values[index].stringValue }
    public func int(at index: Int) -> Int? { values[index].intValue }
}
