import CadreKit
import CadreModel
import CadreTemplates
import Foundation

/// `cadre templates export|use`: customising the look of every page.
enum TemplatesCommand {
    static let command = Command(
        name: "templates", abstract: "Customise the templates every page is made from.",
        subcommands: [
            Command(
                name: "export", abstract: "Write the built-in templates and message catalogs to a folder, to edit.",
                arguments: [Argument(name: "dir", help: "The folder to create.")],
                options: [.flag("force", help: "Replace files that already exist.")],
                action: { values, context in
                    let target = context.url(values.argument("dir") ?? "")
                    var count = 0
                    for sub in ["html", "locales"] {
                        let folder = try OutputFolder(target.appendingPathComponent(sub))
                        let source = BuiltInTemplates.folder.appendingPathComponent(sub)
                        for name in try FileManager.default.contentsOfDirectory(atPath: source.path).sorted() {
                            let destination = folder.url.appendingPathComponent(name)
                            if FileManager.default.fileExists(atPath: destination.path) && !values.flag("force") {
                                throw AtomicFile.Refused(path: destination.path, reason: "already exists; use --force to replace it")
                            }
                            let text = String(decoding: try InputFiles.read(source.appendingPathComponent(name)), as: UTF8.self)
                            try folder.write(name, text, permissions: 0o644)
                            count += 1
                        }
                    }
                    context.print("Wrote \(Plural.count(count, "file", "files")) to \(target.path); use them with --templates \(values.argument("dir") ?? "") or 'cadre templates use'.")
                }),
            Command(
                name: "use", abstract: "Make a templates folder the default for this database.",
                arguments: [Argument(name: "dir", help: "A folder written by 'cadre templates export'.", isOptional: true)],
                options: [.flag("built-in", help: "Go back to the built-in templates."), CommonOptions.actor],
                action: { values, context in
                    try context.withStore(values) { database in
                        if values.flag("built-in") {
                            try database.write { try $0.settings.remove("templates") }
                            return context.print("Using the built-in templates.")
                        }
                        guard let dir = values.argument("dir") else { throw UsageError("Missing expected argument '<dir>' (or --built-in)", commandPath: values.commandPath) }
                        let root = context.url(dir)
                        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("html").path) else {
                            throw InputFiles.Missing(path: root.path, reason: "is not a templates folder (it needs html/ and locales/)")
                        }
                        try database.write { try $0.settings.set("templates", to: root.path) }
                        context.print("Using the templates in \(root.path).")
                    }
                }),
        ])
}
