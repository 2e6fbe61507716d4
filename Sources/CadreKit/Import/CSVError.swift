public import CadreModel
/// A CSV file that cannot be read as CSV: `trainees.csv:12: unterminated quoted field (opened on line 12)`.
public struct CSVError: CadreError, Equatable, Sendable {
    public let file: String
    public let line: Int
    public let message: String
    /// The message's words in the catalogs (`problem.workbookUnreadable`), for pages in the
    /// user's language; nil where only the English exists.
    public var key: String?

    public init(file: String, line: Int, message: String, key: String? = nil) {
        self.file = file
        self.line = line
        self.message = message
        self.key = key
    }

    public var category: ErrorCategory { .invalidInput }
    public var description: String { "\(file):\(line): \(message)" }
}

extension CSVError {
    /// A header without rows is almost always the wrong file (an export's empty template), so
    /// importing it is an error rather than a silent "0 rows".
    static func noRows(file: String) -> CSVError {
        CSVError(file: file, line: 2, message: "has a header but no rows; nothing to import", key: "problem.noRows")
    }
}
