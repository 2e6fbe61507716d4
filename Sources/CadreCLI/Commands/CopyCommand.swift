import CadreKit
import CadreModel
import Foundation

/// `cadre copy`: a centre's SQLite file into the ministry's PostgreSQL database, or a
/// PostgreSQL database into a file anyone can open (a centre without a connection, a backup).
enum CopyCommand {
    static let command = Command(
        name: "copy", abstract: "Copy every record between an SQLite file and a PostgreSQL database, all or nothing.",
        discussion: """
            One of --from and --to is a file, the other a PostgreSQL connection string or URI \
            (postgresql://user@host/cadre; the password from PGPASSWORD or ~/.pgpass). A PostgreSQL \
            target must be empty or hold a Cadre database without records ('cadre init'); a file \
            target must not exist (--force replaces it). The copy is one transaction: on any error \
            nothing is stored.
            """,
        options: [
            .value("from", "database", help: "The database to copy: a file, or a PostgreSQL connection string."),
            .value("to", "database", help: "The database to fill: a new file, or an empty PostgreSQL database."),
            .flag("force", help: "Replace an existing file given as --to."),
            CommonOptions.json,
        ],
        action: run)

    static func run(_ values: ParsedValues, _ context: CommandContext) throws {
        guard let from = values.option("from"), let to = values.option("to") else {
            throw UsageError("'cadre copy' needs both --from and --to", commandPath: values.commandPath)
        }
        let (source, target) = (location(from, context), location(to, context))
        switch (StoreAccess.isServer(source), StoreAccess.isServer(target)) {
        case (true, true):
            throw UsageError("both --from and --to are PostgreSQL databases; copy between servers with pg_dump and pg_restore", commandPath: values.commandPath)
        case (false, false):
            throw UsageError("both --from and --to are files; copy a file with 'cadre backup'", commandPath: values.commandPath)
        case (false, true):
            guard FileManager.default.fileExists(atPath: source) else {
                throw AtomicFile.Refused(path: source, reason: "does not exist")
            }
        case (true, false):
            if FileManager.default.fileExists(atPath: target) {
                guard values.flag("force") else { throw AtomicFile.Refused(path: target, reason: "already exists; use --force to replace it") }
                try FileManager.default.removeItem(atPath: target)
            }
        }
        let summary = try StoreAccess.copy(from: source, to: target) { context.stderr.write("copied \($0)\n") }
        try context.report(summary, values) {
            "Copied \(Plural.count($0.rows, "record", "records")) in \(Plural.count($0.tables, "table", "tables")) from \(from.redactingPassword) to \(to.redactingPassword)."
        }
    }

    private static func location(_ typed: String, _ context: CommandContext) -> String {
        StoreAccess.isServer(typed) ? typed : context.url(typed).path
    }
}

extension String {
    /// A connection string with any password written into it replaced, for messages.
    fileprivate var redactingPassword: String {
        if let at = firstIndex(of: "@"), let scheme = range(of: "://"), let colon = self[scheme.upperBound..<at].firstIndex(of: ":") {
            return String(self[..<colon]) + ":***" + String(self[at...])
        }
        return replacingOccurrences(of: #"password=\S+"#, with: "password=***", options: .regularExpression)
    }
}
