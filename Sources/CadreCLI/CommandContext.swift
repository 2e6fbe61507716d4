import CadreKit
import CadreRender
import CadreModel
import CadreTemplates
import Foundation

/// What a command needs from the outside world: where to write, the environment, the
/// working directory and how changes are stamped. Tests build one with buffers and a
/// deterministic clock; the binary builds one from the process.
final class CommandContext {
    let stdout: any TextSink
    let stderr: any TextSink
    let environment: [String: String]
    let workingDirectory: URL
    let input: any LineSource
    private let fixedChangeContext: ChangeContext?

    init(
        stdout: any TextSink, stderr: any TextSink, environment: [String: String], workingDirectory: URL,
        changeContext: ChangeContext?, input: any LineSource
    ) {
        self.input = input
        self.stdout = stdout
        self.stderr = stderr
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.fixedChangeContext = changeContext
    }

    func print(_ text: String = "") { stdout.write(text + "\n") }

    /// PBKDF2 iterations for passwords: OWASP's figure, unless `CADRE_PASSWORD_ITERATIONS`
    /// lowers it for tests (never below 1000).
    var passwordIterations: Int {
        environment["CADRE_PASSWORD_ITERATIONS"].flatMap(Int.init).map { max(1000, $0) } ?? PasswordHash.recommendedIterations
    }

    /// The same context with its standard output going to `sink`, for output bound for a file.
    func writing(to sink: any TextSink) -> CommandContext {
        CommandContext(
            stdout: sink, stderr: stderr, environment: environment, workingDirectory: workingDirectory, changeContext: fixedChangeContext,
            input: input)
    }

    /// A file argument resolved against the working directory.
    func url(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : workingDirectory.appendingPathComponent(path)
    }

    /// `--db`, else `$CADRE_DB`, else `./cadre.sqlite`: a file's path resolved against the
    /// working directory, or a PostgreSQL server's connection string as typed.
    func databasePath(_ values: ParsedValues) -> String {
        let location = values.option("db") ?? environment["CADRE_DB"] ?? "cadre.sqlite"
        return StoreAccess.isServer(location) ? location : url(location).path
    }

    /// The database named by the options (see ``databasePath(_:)``).
    func openStore(_ values: ParsedValues, _ opening: StoreAccess.Opening = .existing) throws -> any Store {
        try StoreAccess.open(at: databasePath(values), opening) { [stderr] in stderr.write($0) }
    }

    /// Who is acting: `--by`, else `$CADRE_USER`, else the operating-system user.
    func changeContext(_ values: ParsedValues) -> ChangeContext {
        let actor = values.option("by") ?? environment["CADRE_USER"] ?? environment["USER"] ?? "unknown"
        if var fixed = fixedChangeContext {
            fixed.actor = actor
            return fixed
        }
        return ChangeContext(actor: actor)
    }

    /// `--lang`, else the database's default, else Azerbaijani.
    func language(_ values: ParsedValues, database: any Store) throws -> Language {
        if let code = values.option("lang"), let language = Language(rawValue: code) { return language }
        return try database.settings.defaultLanguage()
    }
}

extension CommandContext {
    /// Opens the database named by the options, runs `body` and closes it, even on error.
    func withStore<Result>(_ values: ParsedValues, _ body: (any Store) throws -> Result) throws -> Result {
        let database = try openStore(values)
        defer { database.close() }
        return try body(database)
    }

    /// Prints `value` as JSON with `--json`, else the one-line summary.
    func report<Value: Encodable>(_ value: Value, _ values: ParsedValues, _ summary: (Value) -> String) throws {
        if values.flag("json") { return stdout.write(try JSONOutput.render(value)) }
        print(summary(value))
    }

    /// Prints rows as JSON with `--json`, else as an aligned table.
    func table<Item: Encodable>(_ items: [Item], _ values: ParsedValues, headers: [String], _ cells: (Item) -> [String]) throws {
        if values.flag("json") { return stdout.write(try JSONOutput.render(items)) }
        var table = TextTable(headers)
        for item in items { table.append(cells(item)) }
        stdout.write(table.render())
    }

    /// The templates to render with: `--templates`, else the database's `templates` setting,
    /// else the ones built into Cadre.
    func templates(_ values: ParsedValues, database: any Store) throws -> TemplateLibrary {
        let configured = try values.option("templates") ?? database.settings.value("templates")
        if let folder = configured {
            let root = url(folder)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root.appendingPathComponent("html").path, isDirectory: &isFolder), isFolder.boolValue else {
                throw InputFiles.Missing(path: root.path, reason: "is not a templates folder (it needs html/ and locales/; see 'cadre templates export')")
            }
            return TemplateLibrary(root: root)
        }
        return TemplateLibrary(root: BuiltInTemplates.folder)
    }

    /// Says on stderr each clash a `--force` overrode: "warning: enrolled despite: …".
    func overrideWarning(_ done: String) -> (ScheduleClash) -> Void {
        { [stderr] clash in stderr.write("warning: \(done) despite: \(clash.description)\n") }
    }

    /// The date option `name` (`--from`, `--to`, `--date`), if given.
    func dateOption(_ values: ParsedValues, _ name: String) throws -> CalendarDate? {
        try values.option(name).map { try date($0, name: name) }
    }

    /// The reports' words in the page language (`--lang`, else the database's), from the
    /// message catalogs of the templates in use.
    func reportWords(_ values: ParsedValues, database: any Store) throws -> ReportWords {
        let language = try self.language(values, database: database)
        return ReportWords(language: language, messages: try templates(values, database: database).messages(language))
    }

    /// A date argument or option, or an input error naming it.
    func date(_ text: String, name: String) throws -> CalendarDate {
        guard let date = CalendarDate(parsing: text) else {
            throw InvalidOption(option: name, value: text, reason: "is not a date (use 2021-10-25)")
        }
        return date
    }
}

/// The built-in templates' folder, for pages that are always built in (the demo's index).
enum BuiltInTemplatesLocation {
    static var root: URL { BuiltInTemplates.folder }
}

extension CommandContext {
    /// Renders `template` in the page language (`--lang`, else the database's) with the
    /// templates in use, and writes it to `--html FILE` atomically (replacing only with
    /// `--force`). Returns the file's URL.
    @discardableResult
    func writeHTMLPage(
        _ values: ParsedValues, database: any Store, template: String, permissions: Int16 = 0o600,
        _ context: (Language, [String: String]) throws -> TemplateValue
    ) throws -> URL {
        let language = try self.language(values, database: database)
        let library = try templates(values, database: database)
        let html = try library.render(template, try context(language, try library.messages(language)))
        let file = url(values.option("html") ?? "")
        try AtomicFile.write(to: file, overwrite: values.flag("force"), permissions: permissions) { write in try write(html) }
        return file
    }
}
