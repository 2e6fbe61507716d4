/// One result row, copied out of SQLite (or PostgreSQL) so it stays valid after the
/// statement moves on.
public struct Row: Sendable {
    public let columns: [String]
    public let values: [SQLValue]

    public init(columns: [String], values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    public subscript(index: Int) -> SQLValue { values[index] }

    /// The value of the column the query names `name`. A name the query does not have is a
    /// mistake in the code that wrote it, so it stops the program rather than read as NULL.
    public subscript(name: String) -> SQLValue {
        guard let index = columns.firstIndex(of: name) else { preconditionFailure("the query has no column '\(name)' (it has \(columns))") }
        return values[index]
    }

    public func string(_ name: String) -> String? { self[name].stringValue }
    public func int(_ name: String) -> Int? { self[name].intValue }
    public func double(_ name: String) -> Double? { self[name].doubleValue }
    public func string(at index: Int) -> String? { values[index].stringValue }
    public func int(at index: Int) -> Int? { values[index].intValue }
}
