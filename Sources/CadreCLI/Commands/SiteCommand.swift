import CadreKit
import CadreRender
import CadreModel
import Foundation

/// `cadre site`: the static website.
enum SiteCommand {
    static let command = Command(
        name: "site", abstract: "Write a static, script-free website: events, timetable, reports with charts, certificate register.",
        discussion: "No contacts or national ids are ever published; names only with --with-names; verification codes hashed or omitted.",
        options: [
            .value("out", "dir", help: "The folder to write into (default: ./site)."),
            .value("codes", "policy", help: "Verification codes in the register: hash (default) or omit.", choices: SiteBuilder.CodePolicy.allCases.map(\.rawValue)),
            .flag("with-names", help: "Publish participants' and holders' names."),
            CommonOptions.force, CommonOptions.language, CommonOptions.templates,
        ],
        action: { values, context in
            try context.withStore(values) { database in
                let root = try OutputFolder(context.url(values.option("out") ?? "site"))
                try root.checkCanFill(replacing: values.flag("force"))
                let builder = SiteBuilder(
                    database: database, library: try context.templates(values, database: database),
                    language: try context.language(values, database: database), now: context.changeContext(values).now())
                let pages = try builder.pages(
                    codes: values.option("codes").flatMap(SiteBuilder.CodePolicy.init(rawValue:)) ?? .hash, includeNames: values.flag("with-names"))
                // Every page's folder is checked before the first page is written.
                let placed = try pages.map { page in
                    let parts = page.path.split(separator: "/").map(String.init)
                    return (folder: try parts.dropLast().reduce(root) { folder, part in try folder.subfolder(part) }, name: parts.last ?? "index.html", html: page.html)
                }
                for page in placed { try page.folder.write(page.name, page.html, permissions: 0o644) }
                context.print("Wrote \(Plural.count(pages.count, "page", "pages")) to \(root.url.path); open \(root.url.appendingPathComponent("index.html").path)")
            }
        })
}
