/// What kind of failure an error is, so front ends can react without knowing every error
/// type (the CLI turns these into exit codes in one place).
public enum ErrorCategory: Sendable {
    /// The user's data is wrong: a malformed file, an invalid value, an unknown reference.
    case invalidInput
    /// An input file or folder does not exist or cannot be read.
    case missingInput
    /// The request conflicts with what is stored (a clash, a duplicate, a state that forbids it).
    case conflict
    /// A file or folder Cadre must write is not writable for this user.
    case notPermitted
    /// Anything else: I/O failures, a database that cannot be opened or written.
    case failure
}

/// An error that knows its category and explains itself in one line.
public protocol CadreError: Error, CustomStringConvertible {
    var category: ErrorCategory { get }
}
