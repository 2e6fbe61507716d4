public import CadreModel
/// What is wrong with one value in one row of an import, in the format every import uses:
/// `trainees.csv:12: column 'email': "x@@y" is not an e-mail address`.
public struct FieldProblem: Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    /// The column as the file names it (or the canonical field when the file has none).
    public let column: String
    public let value: String
    public let reason: String
    /// The reason's words in the message catalogs (`problem.notASex`) and their `{values}`,
    /// for pages in Azerbaijani and Russian; nil where only the English reason exists.
    public let reasonKey: String?
    public let reasonValues: [String: String]

    public init(file: String, line: Int, column: String, value: String, reason: String, reasonKey: String? = nil, reasonValues: [String: String] = [:]) {
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.reason = reason
        self.reasonKey = reasonKey
        self.reasonValues = reasonValues
    }

    public init(file: String, line: Int, column: String, value: String, _ invalid: InvalidValue) {
        self.init(file: file, line: line, column: column, value: value, reason: invalid.reason, reasonKey: invalid.key, reasonValues: invalid.values)
    }

    public var description: String { "\(file):\(line): \(detail)" }

    /// The problem without its place: `column 'email': "x@@y" is not an e-mail address`.
    public var detail: String {
        value.isEmpty ? "column '\(column)': \(reason)" : "column '\(Quoted.value(column))': \"\(Quoted.value(value))\" \(reason)"
    }
}

/// A value that could not be normalised, before it is placed in a file and line.
public struct InvalidValue: Error, Equatable, Sendable {
    public let reason: String
    /// The reason's catalog key and `{values}` (see ``FieldProblem/reasonKey``).
    public let key: String?
    public let values: [String: String]

    public init(_ reason: String, key: String? = nil, values: [String: String] = [:]) {
        self.reason = reason
        self.key = key
        self.values = values
    }
}

/// An import that was refused as a whole, listing every problem found.
public struct ImportRejected: CadreError, Sendable {
    public let problems: [FieldProblem]
    public let rowsRead: Int
    /// Whether the import offers `--skip-invalid`, so the message can suggest it.
    public var canSkipInvalid = false

    public init(problems: [FieldProblem], rowsRead: Int, canSkipInvalid: Bool = false) {
        self.problems = problems
        self.rowsRead = rowsRead
        self.canSkipInvalid = canSkipInvalid
    }

    public var category: ErrorCategory { .invalidInput }

    public var description: String {
        let rows = Set(problems.map(\.line)).count
        let summary = rowsRead > 0 ? "\(rows) of \(rowsRead) rows are invalid" : Plural.count(problems.count, "problem", "problems")
        let outcome = "nothing was imported" + (canSkipInvalid ? " (fix the file, or use --skip-invalid --rejects FILE)" : "")
        return ProblemList.message(problems.map(\.description), summary: summary, outcome: outcome)
    }
}
