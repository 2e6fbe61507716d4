import CadreKit
import CadreModel
/// Help and usage text laid out as swift-argument-parser lays it out:
/// `OVERVIEW`, `USAGE`, `ARGUMENTS`, `OPTIONS`, `SUBCOMMANDS`.
enum HelpFormatter {
    static let labelWidth = 26

    static func commandName(_ chain: [Command]) -> String {
        chain.map(\.name).joined(separator: " ")
    }

    /// `cadre course import [<paths> ...] [--db <path>] [--json]`
    static func usage(_ chain: [Command]) -> String {
        let command = chain[chain.count - 1]
        var parts = [commandName(chain)]
        if !command.subcommands.isEmpty && command.action == nil {
            parts.append("<subcommand>")
            return parts.joined(separator: " ")
        }
        for argument in command.arguments {
            var text = "<\(argument.name)>"
            if argument.isRepeating { text += " ..." }
            parts.append(argument.isOptional || argument.isRepeating ? "[\(text)]" : text)
        }
        for option in ArgumentParser.options(of: chain) {
            var text = option.synopsis
            if option.isRepeating { text += " ..." }
            parts.append(option.isRequired ? text : "[\(text)]")
        }
        return parts.joined(separator: " ")
    }

    static func help(_ chain: [Command]) -> String {
        let command = chain[chain.count - 1]
        var text = "OVERVIEW: \(command.abstract)\n"
        if let discussion = command.discussion { text += "\n\(discussion)\n" }
        text += "\nUSAGE: \(usage(chain))\n"

        if !command.arguments.isEmpty {
            text += "\nARGUMENTS:\n"
            for argument in command.arguments { text += row("<\(argument.name)>", argument.help) }
        }
        text += "\nOPTIONS:\n"
        for option in ArgumentParser.options(of: chain) {
            var label = option.synopsis
            if let short = option.short { label = "-\(short), " + label }
            var help = option.help
            if let choices = option.choices { help += " (values: \(choices.joined(separator: ", ")))" }
            text += row(label, help)
        }
        if chain.count == 1 { text += row("--version", "Show the version.") }
        text += row("-h, --help", "Show help information.")

        if !command.subcommands.isEmpty {
            text += "\nSUBCOMMANDS:\n"
            for subcommand in command.subcommands { text += row(subcommand.name, subcommand.abstract) }
            text += "\n  See '\(chain[0].name) help <subcommand>' for detailed help.\n"
        }
        return text
    }

    /// A label and its help, the help starting at column 26 or on the next line when the
    /// label is longer.
    private static func row(_ label: String, _ help: String) -> String {
        let indented = "  " + label
        if indented.count < labelWidth - 1 {
            return indented + String(repeating: " ", count: labelWidth - indented.count) + help + "\n"
        }
        return indented + "\n" + String(repeating: " ", count: labelWidth) + help + "\n"
    }

    /// The error: one line, `Error: …`, then where to find help (the usage is in the help:
    /// a wall of flags under a mistake hides the mistake).
    static func error(_ error: UsageError, root: Command) -> String {
        var chain = [root]
        for name in error.commandPath {
            guard let next = chain[chain.count - 1].subcommand(named: name) else { break }
            chain.append(next)
        }
        return """
            Error: \(Quoted.escapingInvisible(error.message))
              See '\(commandName(chain)) --help' for more information.

            """
    }
}
