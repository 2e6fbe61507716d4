import CadreCurricula
import CadreKit
import CadreModel
import Foundation

/// `cadre course import|list|show`: curricula in, courses out.
enum CourseCommands {
    static let command = Command(
        name: "course",
        abstract: "Import and inspect courses (curricula).",
        subcommands: [importCommand, listCommand, showCommand])

    static let importCommand = Command(
        name: "import",
        abstract: "Validate curriculum files and load them as courses.",
        discussion: """
            Every file is checked before anything is stored: one invalid file means nothing is loaded.
            A changed file becomes a new version of its course; an unchanged file changes nothing.
            """,
        arguments: [
            Argument(
                name: "paths", help: "Curriculum JSON files or folders (default: the curricula built into Cadre).",
                isOptional: true, isRepeating: true)
        ],
        options: [CommonOptions.json, CommonOptions.actor],
        action: runImport)

    static let listCommand = Command(
        name: "list",
        abstract: "List the newest version of every course.",
        options: [CommonOptions.json, CommonOptions.language],
        action: runList)

    static let showCommand = Command(
        name: "show",
        abstract: "Show a course with its modules, audience and completion rule.",
        arguments: [Argument(name: "code", help: "The course code, e.g. DV-101.")],
        options: [CommonOptions.json, CommonOptions.language],
        action: runShow)

    static func runImport(_ values: ParsedValues, _ context: CommandContext) throws {
        let paths = values.arguments("paths")
        let files = paths.isEmpty
            ? BuiltInCurricula.files
            : try InputFiles.expand(paths.map(context.url), fileExtension: "json")
        let database = try context.openStore(values)
        defer { database.close() }
        let outcomes = try CourseCatalog(database).importCurricula(from: files, context: context.changeContext(values))
        try printOutcomes(outcomes, noun: "curricula", values, context)
    }

    /// What a course or questionnaire import did, as a table and a count (or JSON).
    static func printOutcomes(_ outcomes: [CourseCatalog.ImportOutcome], noun: String, _ values: ParsedValues, _ context: CommandContext) throws {
        if values.flag("json") {
            context.stdout.write(try JSONOutput.render(outcomes))
            return
        }
        var table = TextTable("CODE", "VERSION", "CHANGE", "FILE")
        for outcome in outcomes {
            table.append([outcome.code, String(outcome.version), outcome.change.rawValue, outcome.file])
        }
        context.stdout.write(table.render())
        let count = { (change: CourseCatalog.ImportOutcome.Change) in outcomes.filter { $0.change == change }.count }
        context.print("\(outcomes.count) \(noun): \(count(.added)) added, \(count(.newVersion)) new versions, \(count(.unchanged)) unchanged.")
    }

    static func runList(_ values: ParsedValues, _ context: CommandContext) throws {
        let database = try context.openStore(values)
        defer { database.close() }
        let courses = try CourseCatalog(database).list()
        if values.flag("json") {
            context.stdout.write(try JSONOutput.render(courses))
            return
        }
        let language = try context.language(values, database: database)
        var table = TextTable("CODE", "VERSION", "HOURS", "MODULES", "TITLE")
        for course in courses {
            table.append([
                course.code, String(course.version), Hours.text(course.totalMinutes), String(course.modules.count),
                course.title[language],
            ])
        }
        context.stdout.write(table.render())
    }

    static func runShow(_ values: ParsedValues, _ context: CommandContext) throws {
        let database = try context.openStore(values)
        defer { database.close() }
        let catalog = CourseCatalog(database)
        let code = values.argument("code") ?? ""
        guard let course = try catalog.course(code: code) else {
            let codes = try catalog.list().map(\.code)
            throw NotFound(kind: "course", reference: code, suggestion: Suggestion.closest(to: code, among: codes))
        }
        if values.flag("json") {
            context.stdout.write(try JSONOutput.render(course))
            return
        }
        let language = try context.language(values, database: database)
        let professions = Dictionary(uniqueKeysWithValues: try database.referenceData.professions().map { ($0.code, $0) })
        let audience = course.audience.isEmpty
            ? "everyone"
            : course.audience.map { professions[$0]?.label[language] ?? $0 }.joined(separator: ", ")
        var text = """
            \(course.code) (version \(course.version)): \(course.title[language])
            Audience: \(audience)
            Hours: \(Hours.text(course.totalMinutes)) in \(course.modules.count) modules
            Completion: attend at least \(course.completion.minAttendancePercent) % of held sessions
            """
        if let passMark = course.completion.passMark {
            text += " and score at least \(passMark)/\(course.assessment.maxScore) in the post-test"
        }
        text += "\nAssessment: pre- and post-test out of \(course.assessment.maxScore)\n\nModules:\n"
        for (index, module) in course.modules.enumerated() {
            text += "  \(index + 1). \(module.title[language]) (\(Hours.text(module.minutes)) h)\n"
            for objective in module.objectives { text += "     - \(objective[language])\n" }
        }
        context.stdout.write(text)
    }
}
