import CadreKit
import CadreModel

/// `cadre trainee export`: the register as CSV for Excel.
enum TraineeExportCommand {
    static let command = Command(
        name: "export",
        abstract: "Export trainees as CSV that Excel opens correctly, or as an Excel workbook.",
        discussion: "Cells that a spreadsheet would run as formulas are neutralised. The file is created 0600.",
        options: [
            .value("out", "file", help: "Write to this file (default: standard output)."),
            .value("format", "format", help: "csv (default) or xlsx (an Excel workbook; needs --out).", choices: ["csv", "xlsx"]),
            .flag("pseudonymize", help: "Replace people by stable pseudonyms and leave out names, contacts and ids."),
            .flag("force", help: "Replace an existing --out file."),
            CommonOptions.actor,
        ],
        action: run)

    static func run(_ values: ParsedValues, _ context: CommandContext) throws {
        let database = try context.openStore(values)
        defer { database.close() }
        let registry = TraineeRegistry(database)
        let pseudonymize = values.flag("pseudonymize")
        if values.option("format") == "xlsx" {
            guard let out = values.option("out") else {
                throw UsageError("--format xlsx writes a workbook, which needs --out FILE.xlsx", commandPath: values.commandPath)
            }
            try AtomicFile.checkCanWrite(context.url(out), overwrite: values.flag("force"))
            // The export's audit entry commits only once the file is in place.
            let count = try database.write { _ in
                var rows: [[String]] = []
                let count = try registry.export(pseudonymize: pseudonymize, context: context.changeContext(values)) { rows.append($0) }
                let sheet = Spreadsheet(
                    title: "Trainees", header: rows.first ?? [], rows: Array(rows.dropFirst()),
                    kinds: pseudonymize ? [] : TraineeRegistry.exportKinds)
                try AtomicFile.write(XLSXWriter.data(sheet), to: context.url(out), overwrite: values.flag("force"))
                return count
            }
            return context.print("Exported \(Plural.count(count, "trainee", "trainees")) to \(context.url(out).path)")
        }
        guard let out = values.option("out") else {
            _ = try registry.export(pseudonymize: pseudonymize, context: context.changeContext(values)) { context.stdout.write($0) }
            return
        }
        // The export's audit entry commits only once the file is in place.
        let count = try database.write { _ in
            try AtomicFile.write(to: context.url(out), overwrite: values.flag("force")) { write in
                try registry.export(pseudonymize: pseudonymize, context: context.changeContext(values), write: write)
            }
        }
        context.print("Exported \(Plural.count(count, "trainee", "trainees")) to \(context.url(out).path)")
    }
}
