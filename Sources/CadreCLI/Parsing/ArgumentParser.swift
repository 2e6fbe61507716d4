/// What the command line asked for.
enum ParseResult {
    /// Run `chain.last`'s action with these values.
    case run(chain: [Command], values: ParsedValues)
    /// Show the help of `chain.last`.
    case help(chain: [Command])
    case version
}

/// Matches a command line against the command tree, the way swift-argument-parser does:
/// subcommand names first, then options (`--name value`, `--name=value`, flags) and
/// positional arguments in any order, `--` ending options.
struct ArgumentParser {
    let root: Command

    func parse(_ tokens: [String]) throws(UsageError) -> ParseResult {
        var chain = [root]
        var rest = tokens[...]
        if rest.first == "help", root.subcommand(named: "help") == nil {
            rest = rest.dropFirst()
            for name in rest {
                guard let next = chain.last?.subcommand(named: name) else {
                    throw unknownSubcommand(name, in: chain)
                }
                chain.append(next)
            }
            return .help(chain: chain)
        }

        var values = ParsedValues(commandPath: [])
        var positionals: [String] = []
        var optionsEnded = false
        while let token = rest.popFirst() {
            let current = chain[chain.count - 1]
            if optionsEnded || !token.hasPrefix("-") || token == "-" {
                if !optionsEnded, !current.subcommands.isEmpty, positionals.isEmpty {
                    guard let next = current.subcommand(named: token) else { throw unknownSubcommand(token, in: chain) }
                    chain.append(next)
                } else {
                    positionals.append(token)
                }
                continue
            }
            if token == "--" {
                optionsEnded = true
                continue
            }
            if token == "--help" || token == "-h" { return .help(chain: chain) }
            if token == "--version", chain.count == 1 { return .version }
            try consumeOption(token, rest: &rest, chain: chain, into: &values)
        }

        let command = chain[chain.count - 1]
        values.commandPath = chain.dropFirst().map(\.name)
        guard command.action != nil else {
            if positionals.isEmpty && values.options.isEmpty && values.flags.isEmpty { return .help(chain: chain) }
            throw UsageError("Missing expected subcommand", commandPath: values.commandPath)
        }
        try assign(positionals, to: command, values: &values)
        for option in Self.options(of: chain) where option.isRequired && values.options[option.long] == nil {
            throw UsageError("Missing expected argument '\(option.synopsis)'", commandPath: values.commandPath)
        }
        return .run(chain: chain, values: values)
    }

    /// The options valid for the last command of `chain`: its own plus its ancestors' global ones.
    static func options(of chain: [Command]) -> [Option] {
        chain.dropLast().flatMap { $0.options.filter(\.isGlobal) } + (chain.last?.options ?? [])
    }

    private func consumeOption(
        _ token: String, rest: inout ArraySlice<String>, chain: [Command], into values: inout ParsedValues
    ) throws(UsageError) {
        let path = chain.dropFirst().map(\.name)
        let known = Self.options(of: chain)
        var name = token
        var inlineValue: String?
        if token.hasPrefix("--"), let equals = token.firstIndex(of: "=") {
            name = String(token[..<equals])
            inlineValue = String(token[token.index(after: equals)...])
        }
        let option: Option? =
            if name.hasPrefix("--") {
                known.first { "--\($0.long)" == name }
            } else {
                known.first { $0.short.map { "-\($0)" } == name }
            }
        guard let option else {
            let candidates = known.map { "--\($0.long)" } + ["--help"]
            throw UsageError("Unknown option '\(name)'" + Suggestion.phrase(for: name, among: candidates), commandPath: path)
        }
        guard option.takesValue else {
            if inlineValue != nil { throw UsageError("The option '--\(option.long)' takes no value", commandPath: path) }
            values.flags.insert(option.long)
            return
        }
        guard let value = inlineValue ?? rest.popFirst() else {
            throw UsageError("Missing value for '\(option.synopsis)'", commandPath: path)
        }
        if let choices = option.choices, !choices.contains(value) {
            throw UsageError(
                "The value '\(value)' is invalid for '\(option.synopsis)'. Please provide one of \(Self.list(choices))",
                commandPath: path)
        }
        if option.isRepeating {
            values.options[option.long, default: []].append(value)
        } else {
            values.options[option.long] = [value]
        }
    }

    private func assign(_ positionals: [String], to command: Command, values: inout ParsedValues) throws(UsageError) {
        var remaining = positionals[...]
        for argument in command.arguments {
            if argument.isRepeating {
                values.arguments[argument.name] = Array(remaining)
                remaining = []
            } else if let value = remaining.popFirst() {
                values.arguments[argument.name] = [value]
            } else if !argument.isOptional {
                throw UsageError("Missing expected argument '<\(argument.name)>'", commandPath: values.commandPath)
            }
        }
        if let extra = remaining.first {
            throw UsageError("Unexpected argument '\(extra)'", commandPath: values.commandPath)
        }
    }

    private func unknownSubcommand(_ name: String, in chain: [Command]) -> UsageError {
        let names = chain[chain.count - 1].subcommands.map(\.name)
        return UsageError(
            "Unknown subcommand '\(name)'" + Suggestion.phrase(for: name, among: names),
            commandPath: chain.dropFirst().map(\.name))
    }

    /// `'az', 'en' or 'ru'`
    static func list(_ choices: [String]) -> String {
        let quoted = choices.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.joined() }
        return quoted.dropLast().joined(separator: ", ") + " or " + quoted[quoted.count - 1]
    }
}
