/// A CSV file that cannot be read as CSV: `trainees.csv:12: unterminated quoted field (opened on line 12)`.
public struct CSVError: CadreError, Equatable, Sendable {
    public let file: String
    public let line: Int
    public let message: String

    public var category: ErrorCategory { .invalidInput }
    public var description: String { "\(file):\(line): \(message)" }
}
