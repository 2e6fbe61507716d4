import CadreKit
import CadreModel

/// `cadre init`: creates a database with every table, the professions and the regions.
enum InitCommand {
    static let command = Command(
        name: "init",
        abstract: "Create a new Cadre database.",
        discussion: "The file is created with permissions 0600: it holds personal data.",
        options: [
            Option.value(
                "lang", "lang", help: "The default language of pages and labels (default: az).",
                choices: Language.allCases.map(\.rawValue))
        ],
        action: run)

    static func run(_ values: ParsedValues, _ context: CommandContext) throws {
        let database = try context.openStore(values, .create)
        defer { database.close() }
        let language = values.option("lang") ?? Language.az.rawValue
        try database.write { try $0.settings.set("lang", to: language) }
        context.print("Created a Cadre database at \(database.location) (default language: \(language)).")
        context.print("Next: cadre course import")
    }
}
