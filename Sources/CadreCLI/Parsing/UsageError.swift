/// A mistake in how a command was called. Reported as swift-argument-parser does —
/// `Error: …`, the usage line, then where to find help — with exit code 64.
struct UsageError: Error, CustomStringConvertible {
    let message: String
    /// The command whose usage to show; filled in by the parser.
    var commandPath: [String] = []

    init(_ message: String, commandPath: [String] = []) {
        self.message = message
        self.commandPath = commandPath
    }

    var description: String { message }
}
