import CadreCurricula
import CadreKit
import CadreModel
import Foundation

/// `cadre questionnaire import|list|show`: the questionnaires participants answer about a
/// training, loaded from files as curricula are.
enum QuestionnaireCommands {
    static let command = Command(
        name: "questionnaire",
        abstract: "Import and inspect feedback questionnaires (end of training, follow-up).",
        subcommands: [importCommand, listCommand, showCommand])

    static let importCommand = Command(
        name: "import",
        abstract: "Validate questionnaire files and load them.",
        discussion: """
            Every file is checked before anything is stored: one invalid file means nothing is loaded.
            A changed file becomes a new version of its questionnaire; an unchanged file changes nothing.
            The format is described in Curricula/questionnaires/README.md.
            """,
        arguments: [
            Argument(
                name: "paths", help: "Questionnaire JSON files or folders (default: the questionnaires built into Cadre).",
                isOptional: true, isRepeating: true)
        ],
        options: [CommonOptions.json, CommonOptions.actor],
        action: runImport)

    static let listCommand = Command(
        name: "list",
        abstract: "List the newest version of every questionnaire.",
        options: [CommonOptions.json, CommonOptions.language],
        action: runList)

    static let showCommand = Command(
        name: "show",
        abstract: "Show a questionnaire's questions.",
        arguments: [Argument(name: "code", help: "The questionnaire's code, e.g. FEEDBACK-END.")],
        options: [CommonOptions.json, CommonOptions.language],
        action: runShow)

    static func runImport(_ values: ParsedValues, _ context: CommandContext) throws {
        let paths = values.arguments("paths")
        let files = paths.isEmpty ? BuiltInQuestionnaires.files : try InputFiles.expand(paths.map(context.url), fileExtension: "json")
        let database = try context.openStore(values)
        defer { database.close() }
        let outcomes = try QuestionnaireCatalog(database).importQuestionnaires(from: files, context: context.changeContext(values))
        try CourseCommands.printOutcomes(outcomes, noun: "questionnaires", values, context)
    }

    static func runList(_ values: ParsedValues, _ context: CommandContext) throws {
        let database = try context.openStore(values)
        defer { database.close() }
        let questionnaires = try QuestionnaireCatalog(database).list()
        if values.flag("json") {
            context.stdout.write(try JSONOutput.render(questionnaires))
            return
        }
        let language = try context.language(values, database: database)
        var table = TextTable("CODE", "VERSION", "KIND", "QUESTIONS", "TITLE")
        for questionnaire in questionnaires {
            table.append([
                questionnaire.code, String(questionnaire.version), questionnaire.kind.rawValue, String(questionnaire.questions.count),
                questionnaire.title[language],
            ])
        }
        context.stdout.write(table.render())
    }

    static func runShow(_ values: ParsedValues, _ context: CommandContext) throws {
        let database = try context.openStore(values)
        defer { database.close() }
        let catalog = QuestionnaireCatalog(database)
        let code = values.argument("code") ?? ""
        guard let questionnaire = try catalog.questionnaire(code: code) else {
            let codes = try catalog.list().map(\.code)
            throw NotFound(kind: "questionnaire", reference: code, suggestion: Suggestion.closest(to: code, among: codes))
        }
        if values.flag("json") {
            context.stdout.write(try JSONOutput.render(questionnaire))
            return
        }
        let language = try context.language(values, database: database)
        var text = "\(questionnaire.code) (version \(questionnaire.version), \(questionnaire.kind.rawValue)): \(questionnaire.title[language])\n"
        if let months = questionnaire.afterMonths { text += "Sent \(Plural.count(months, "month", "months")) after the event's last day.\n" }
        text += questionnaire.linkedToPerson ? "Answers are stored with the person.\n" : "Answers are anonymous: never linked to the person.\n"
        text += "\n\(questionnaire.introduction[language])\n\n"
        for (index, question) in questionnaire.questions.enumerated() {
            text += "\(index + 1). \(question.key): \(question.text[language])\(question.required ? "" : " (optional)")\n"
            switch question.kind {
            case .scale(let low, let high): text += "   1 = \(low[language]) … 5 = \(high[language])\n"
            case .choice(let options): for option in options { text += "   - \(option.key): \(option.label[language])\n" }
            case .yesNo: text += "   yes / no\n"
            case .text(let maxLength): text += "   text, at most \(maxLength) characters\n"
            }
        }
        context.stdout.write(text)
    }
}
