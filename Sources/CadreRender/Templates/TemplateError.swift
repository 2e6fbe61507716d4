public import CadreModel
/// A template that cannot be parsed or rendered, naming the file and the place:
/// `certificate.html:12:5: unclosed section 'trainees'`.
public struct TemplateError: CadreError, Equatable, Sendable {
    public let file: String
    public let line: Int
    public let column: Int
    public let message: String

    public var category: ErrorCategory { .invalidInput }
    public var description: String { "\(file):\(line):\(column): \(message)" }
}
