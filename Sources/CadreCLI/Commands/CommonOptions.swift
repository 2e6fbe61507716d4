import CadreKit
import CadreModel

/// Options that mean the same thing on every command that has them.
enum CommonOptions {
    static let database = Option(
        long: "db", kind: .value(name: "path"),
        help: "The database: a file, or a PostgreSQL URI or connection string (default: $CADRE_DB, else ./cadre.sqlite).", isGlobal: true)
    static let json = Option.flag("json", help: "Print JSON instead of a table.")
    static let language = Option.value(
        "lang", "lang", help: "The language of titles and labels (default: the database's, else az).",
        choices: Language.allCases.map(\.rawValue))
    static let templates = Option.value(
        "templates", "dir", help: "Use the templates in this folder (default: the database's setting, else the built-in ones).")
    /// The one rule for files: nothing that exists is replaced without it.
    static let force = Option.flag("force", help: "Write into a folder that already holds files, replacing pages of the same name.")
    static let actor = Option.value("by", "name", help: "Who is making the change (default: $CADRE_USER, else the OS user).")
}
