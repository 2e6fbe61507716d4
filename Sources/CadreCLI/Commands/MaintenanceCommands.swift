import CadreKit
import CadreModel
import Foundation

/// `cadre backup`, `cadre restore`, `cadre doctor`: keeping the records safe.
enum MaintenanceCommands {
    static let backup = Command(
        name: "backup", abstract: "Copy the database to a file, consistently, even while others are writing.",
        discussion: "Uses SQLite's online backup API. The copy is created 0600 and is a single self-contained file.",
        arguments: [Argument(name: "file", help: "The backup file to create.")],
        options: [.flag("force", help: "Replace an existing file.")],
        action: { values, context in
            let path = context.databasePath(values)
            let target = context.url(values.argument("file") ?? "").path
            if FileManager.default.fileExists(atPath: target) && !values.flag("force") {
                throw AtomicFile.Refused(path: target, reason: "already exists; use --force to replace it")
            }
            try StoreAccess.backup(databaseAt: path, to: target, overwrite: values.flag("force"))
            context.print("Backed up \(path) to \(target)")
        })

    static let restore = Command(
        name: "restore", abstract: "Replace the database with a backup, after checking the backup is healthy.",
        discussion: "The backup is checked first (a Cadre database, integrity, foreign keys, schema version); nothing changes if it is not healthy.",
        arguments: [Argument(name: "file", help: "The backup file.")],
        options: [.flag("force", help: "Replace an existing database (its current content is lost).")],
        action: { values, context in
            let source = context.url(values.argument("file") ?? "").path
            let target = context.databasePath(values)
            let exists = FileManager.default.fileExists(atPath: target)
            if exists && !values.flag("force") {
                throw AtomicFile.Refused(path: target, reason: "exists; restoring replaces everything in it, so add --force (or back it up first)")
            }
            try StoreAccess.restore(databaseAt: target, exists: exists, from: source)
            context.print("Restored \(target) from \(source)")
        })

    static let doctor = Command(
        name: "doctor", abstract: "Check the database: integrity, foreign keys, schema version, inconsistent records, permissions.",
        options: [CommonOptions.json],
        action: { values, context in
            let path = context.databasePath(values)
            let report = try StoreAccess.inspect(databaseAt: path)
            if values.flag("json") {
                context.stdout.write(try JSONOutput.render(report))
            } else {
                context.print("\(report.server ?? path): schema version \(report.schemaVersion)")
                for problem in report.problems { context.print("problem: \(problem)") }
                for warning in report.warnings { context.print("warning: \(warning)") }
                context.print(report.problems.isEmpty ? "Healthy." : "\(Plural.count(report.problems.count, "problem", "problems")) found.")
            }
            if !report.problems.isEmpty { throw ProblemsFound(count: report.problems.count) }
        })
}

/// `doctor` found problems: already printed, exit 1.
struct ProblemsFound: CadreError {
    let count: Int
    var category: ErrorCategory { .failure }
    var description: String { "\(Plural.count(count, "problem", "problems")) found" }
}
