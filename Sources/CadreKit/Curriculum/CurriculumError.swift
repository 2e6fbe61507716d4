public import CadreModel
/// A curriculum file that cannot be loaded, naming the file and where in it the problem is:
/// `judges-201.json: $.modules[2].hours: expected a positive number of hours, found a string`.
public struct CurriculumError: CadreError, Equatable, Sendable {
    public let file: String
    /// A JSON path such as `$.completion.passMark`, or `line:column` for a syntax error.
    public let location: String
    public let message: String

    public var category: ErrorCategory { .invalidInput }
    public var description: String { "\(file): \(location): \(message)" }
}
