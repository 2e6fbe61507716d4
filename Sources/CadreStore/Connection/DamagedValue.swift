public import CadreModel

/// A stored value that is not what its column promises — an id that is not an id, a time that
/// is not a time, a missing value where one is required. Only a hand edit or damage makes one,
/// and it is reported, never replaced by a plausible wrong value (an all-zero id, the year 1).
public struct DamagedValue: CadreError, Equatable {
    public let table: String
    public let column: String
    /// The row's id, when it has one that can be read.
    public let row: String
    /// The stored text; nil when the value is missing.
    public let value: String?
    public let expected: String

    public var category: ErrorCategory { .failure }

    public var description: String {
        "the database is damaged: \(table).\(column) of row \(Quoted.value(row)) "
            + (value.map { "holds \"\(Quoted.value($0))\", which is not \(expected)" } ?? "is empty but must hold \(expected)")
            + "; run 'cadre doctor' and restore a backup"
    }
}
