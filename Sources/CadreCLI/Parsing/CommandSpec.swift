/// The description of one command: its name, help texts, arguments, options and either an
/// action or subcommands. The whole `cadre` tree is built from these values, and parsing,
/// help and errors are derived from them, so they can never disagree.
struct Command: Sendable {
    var name: String
    var abstract: String
    var discussion: String? = nil
    var arguments: [Argument] = []
    var options: [Option] = []
    var subcommands: [Command] = []
    var action: (@Sendable (ParsedValues, CommandContext) throws -> Void)? = nil

    func subcommand(named name: String) -> Command? { subcommands.first { $0.name == name } }
}

/// A positional argument, shown as `<name>` in usage.
struct Argument: Sendable {
    var name: String
    var help: String
    var isOptional = false
    var isRepeating = false
}

/// A named option: a flag (`--json`) or one that takes a value (`--db <path>`), possibly repeated.
struct Option: Sendable {
    enum Kind: Sendable {
        case flag
        case value(name: String)
        case repeatedValue(name: String)
    }

    var long: String
    var short: Character? = nil
    var kind: Kind
    var help: String
    /// Allowed values, checked during parsing and listed in help and errors.
    var choices: [String]? = nil
    /// The invocation fails without it (shown without brackets in usage).
    var isRequired = false
    /// Accepted by every command below the one declaring it, before or after subcommand names.
    var isGlobal = false

    var takesValue: Bool {
        if case .flag = kind { false } else { true }
    }

    var isRepeating: Bool {
        if case .repeatedValue = kind { true } else { false }
    }

    /// How the option is written in usage and help: `--db <path>`.
    var synopsis: String {
        switch kind {
        case .flag: "--\(long)"
        case .value(let name), .repeatedValue(let name): "--\(long) <\(name)>"
        }
    }

    static func flag(_ long: String, short: Character? = nil, help: String) -> Option {
        Option(long: long, short: short, kind: .flag, help: help)
    }

    static func value(
        _ long: String, _ valueName: String, help: String, choices: [String]? = nil, required: Bool = false
    ) -> Option {
        Option(long: long, kind: .value(name: valueName), help: help, choices: choices, isRequired: required)
    }

    static func repeated(_ long: String, _ valueName: String, help: String) -> Option {
        Option(long: long, kind: .repeatedValue(name: valueName), help: help)
    }
}
