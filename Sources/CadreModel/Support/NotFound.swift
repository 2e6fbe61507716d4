/// A reference the user typed that matches nothing, with the closest known one when there is
/// one: `no course 'DV-110'; did you mean 'DV-101'?`.
public struct NotFound: CadreError, Equatable, Sendable {
    /// What was looked for, in the user's words: "course", "trainee", "region".
    public let kind: String
    public let reference: String
    public let suggestion: String?

    public init(kind: String, reference: String, suggestion: String? = nil) {
        self.kind = kind
        self.reference = reference
        self.suggestion = suggestion
    }

    public var category: ErrorCategory { .invalidInput }

    public var description: String {
        "no \(kind) '\(Quoted.value(reference))'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
    }
}
