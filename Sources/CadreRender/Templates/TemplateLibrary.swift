public import CadreModel
import CadreKit
public import Foundation

/// A folder of templates (`name.html`) and message catalogs (`locales/az.json` …), parsed on
/// first use and kept. Partials come from the same folder.
///
/// Pages may be rendered from two threads at once (bulk printing uses both cores): the
/// caches are read and filled under a lock, and rendering itself shares nothing.
///
/// `@unchecked Sendable`, and safe: the folders are `let`s; the two caches are read and written
/// only between `lock.lock()` and `lock.unlock()` (`cachedOrLoaded`, `messages`), and what
/// leaves the lock — parsed templates and catalogs — are value types that are never mutated.
public final class TemplateLibrary: @unchecked Sendable {
    public let htmlFolder: URL
    public let localesFolder: URL
    private let lock = NSLock()
    private var parsed: [String: Template] = [:]
    private var catalogs: [Language: [String: String]] = [:]

    /// `root` holds `html/` and `locales/`, as `Templates/` does and as `cadre templates export` writes.
    public init(root: URL) {
        htmlFolder = root.appendingPathComponent("html", isDirectory: true)
        localesFolder = root.appendingPathComponent("locales", isDirectory: true)
    }

    public init(htmlFolder: URL, localesFolder: URL) {
        self.htmlFolder = htmlFolder
        self.localesFolder = localesFolder
    }

    /// The template `name` (without `.html`); a missing file is an error, never an empty page.
    public func template(_ name: String) throws -> Template {
        guard let found = try cachedOrLoaded(name) else {
            throw TemplateError(file: "\(name).html", line: 0, column: 0, message: "no such template in \(htmlFolder.path)")
        }
        return found
    }

    private func cachedOrLoaded(_ name: String) throws -> Template? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = parsed[name] { return cached }
        return try loadTemplate(name)
    }

    private func loadTemplate(_ name: String) throws -> Template? {
        // Partial names are plain words; anything that could leave the folder is not a template.
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
        let url = htmlFolder.appendingPathComponent("\(name).html")
        guard let data = try InputFiles.readIfPresent(url) else { return nil }
        guard let source = String(validating: data, as: UTF8.self) else {
            throw TemplateError(file: "\(name).html", line: 0, column: 0, message: "is not UTF-8 text")
        }
        let template = try Template(name: "\(name).html", source: source)
        parsed[name] = template
        return template
    }

    /// Renders `name` with `context`, resolving partials from the same folder.
    public func render(_ name: String, _ context: TemplateValue) throws -> String {
        try template(name).render(context) { [self] partial in try cachedOrLoaded(partial) }
    }

    /// The message catalog of a language: key → text, from `locales/<lang>.json`.
    public func messages(_ language: Language) throws -> [String: String] {
        lock.lock()
        defer { lock.unlock() }
        if let cached = catalogs[language] { return cached }
        let url = localesFolder.appendingPathComponent("\(language.rawValue).json")
        guard let data = try InputFiles.readIfPresent(url) else {
            throw TemplateError(file: "\(language.rawValue).json", line: 0, column: 0, message: "no message catalog in \(localesFolder.path)")
        }
        let document: JSONValue
        do {
            document = try JSONParser.parse([UInt8](data))
        } catch {
            throw TemplateError(file: "\(language.rawValue).json", line: error.line, column: error.column, message: error.message)
        }
        guard case .object(let members) = document else {
            throw TemplateError(file: "\(language.rawValue).json", line: 1, column: 1, message: "expected an object of messages")
        }
        var messages: [String: String] = [:]
        for (key, value) in members {
            guard case .string(let text) = value else {
                throw TemplateError(file: "\(language.rawValue).json", line: 0, column: 0, message: "message '\(key)' is not a string")
            }
            messages[key] = text
        }
        catalogs[language] = messages
        return messages
    }
}
