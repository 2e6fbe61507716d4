/// The arguments and options one invocation supplied, already checked against the command's
/// specification. Typed accessors turn bad values into usage errors naming the option.
struct ParsedValues {
    var commandPath: [String]
    var options: [String: [String]] = [:]
    var flags: Set<String> = []
    var arguments: [String: [String]] = [:]

    func flag(_ name: String) -> Bool { flags.contains(name) }

    func option(_ name: String) -> String? { options[name]?.last }

    func options(_ name: String) -> [String] { options[name] ?? [] }

    func argument(_ name: String) -> String? { arguments[name]?.first }

    func arguments(_ name: String) -> [String] { arguments[name] ?? [] }

    /// A whole number option within `range`, or a usage error naming the option.
    func integer(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = option(name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw UsageError(
                "The value '\(text)' is invalid for '--\(name)': expected a whole number from \(range.lowerBound) to \(range.upperBound)",
                commandPath: commandPath)
        }
        return value
    }
}
