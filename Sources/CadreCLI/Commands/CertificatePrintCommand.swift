import CadreKit
import CadreRender
import CadreModel
import Foundation

/// `cadre certificate print` and `cadre certificate register`: the printed certificates and
/// the register the ministry files.
enum CertificatePrintCommand {
    static let command = Command(
        name: "print", abstract: "Write printable certificates (HTML, A4 landscape, one page each).",
        arguments: [Argument(name: "what", help: "Event codes or certificate serials.", isRepeating: true)],
        options: [
            .value("out", "dir", help: "The folder to write into (default: ./certificates)."),
            .value("lang", "lang", help: "az, en, ru, or bilingual like az+en (default: the database's language)."),
            .value("verify-url", "url", help: "Put this URL in the QR code, with {code} for the verification code (default: the web server's --public-url + /verify/{code} once 'cadre serve' has run with one, else the code alone)."),
            .flag("combined", help: "One file per event (EVENT.html) with all its certificates, one per page: one print job."),
            .flag("follow-up-qr", help: "Print a second QR code: the holder's personal link to the follow-up questionnaire, open from the day it is due for 30 days."),
            .value("public-url", "url", help: "With --follow-up-qr: the address phones reach the web server at (default: the one 'cadre serve --public-url' remembered)."),
            CommonOptions.force, CommonOptions.templates,
        ],
        action: run)

    static let register = Command(
        name: "register", abstract: "The register of issued certificates, as CSV (Excel) and HTML.",
        options: [
            .value("out", "file", help: "The CSV (or .xlsx) file (default: standard output); an .html file beside it is written too."),
            .value("format", "format", help: "csv (default) or xlsx (an Excel workbook; needs --out).", choices: ["csv", "xlsx"]),
            .flag("force", help: "Replace existing files."), CommonOptions.language, CommonOptions.templates,
        ],
        action: runRegister)

    static func run(_ values: ParsedValues, _ context: CommandContext) throws {
        let targets = values.arguments("what")
        guard !targets.isEmpty else { throw UsageError("Missing expected argument '<what>'", commandPath: values.commandPath) }
        try context.withStore(values) { database in
            let languages: [Language]
            if let text = values.option("lang") {
                guard let parsed = CertificatePage.languages(text) else {
                    throw UsageError("The value '\(text)' is invalid for '--lang <lang>'. Please provide one of 'az', 'en', 'ru' or two joined by '+'", commandPath: values.commandPath)
                }
                languages = parsed
            } else {
                languages = [try database.settings.defaultLanguage()]
            }
            let folder = try OutputFolder(context.url(values.option("out") ?? "certificates"), syncEachFile: false)
            try folder.checkCanFill(replacing: values.flag("force"))
            let verifyURL = try VerificationAddress.pattern(given: values.option("verify-url"), in: database)
            var printer = CertificatePrinter(
                library: try context.templates(values, database: database), languages: languages, verifyURL: verifyURL,
                brandings: try BrandingBook(database).forPrinting())
            let print = { (produce: (_ emit: (CertificateRecord) throws -> Void) throws -> Void) throws -> Int in
                values.flag("combined") ? try printer.printCombined(into: folder, records: produce) : try printer.print(into: folder, records: produce)
            }
            let written: Int
            if values.flag("follow-up-qr") {
                guard let base = try VerificationAddress.publicURL(given: values.option("public-url"), in: database) else {
                    throw UsageError(
                        "give --public-url: the address phones open the follow-up links at (as 'cadre serve --public-url' takes it)",
                        commandPath: values.commandPath)
                }
                var records: [CertificateRecord] = []
                try CertificateRegistry(database).forEachPrintable(targets) { records.append($0) }
                let change = context.changeContext(values)
                // The links are kept only if every page is written.
                written = try database.write { _ in
                    let links = try FollowUpDesk(database).certificateLinks(
                        records, today: CalendarDate.today(now: change.now()), language: languages[0], context: change)
                    printer.followUps = links.mapValues {
                        CertificatePage.FollowUp(url: FollowUpMessages.url(base: base, token: $0.token), opensOn: $0.opensOn, expiresOn: $0.expiresOn)
                    }
                    return try print { emit in for record in records { try emit(record) } }
                }
            } else {
                written = try print { emit in try CertificateRegistry(database).forEachPrintable(targets, emit) }
            }
            folder.flush()
            context.print("Wrote \(Plural.count(written, "certificate", "certificates")) to \(folder.url.path)")
        }
    }

    static func runRegister(_ values: ParsedValues, _ context: CommandContext) throws {
        try context.withStore(values) { database in
            let records = try CertificateRegistry(database).records(eventCode: nil, year: nil)
            let language = try context.language(values, database: database)
            let header = ["serial", "status", "holder", "trainee_ref", "course", "event", "start_date", "end_date", "issue_date", "issued_at", "revoked_at", "revoke_reason", "superseded_by"]
            let rows = records.map { record in
                [
                    record.certificate.serial, record.status.rawValue, record.holder, record.traineeRef, record.course.code, record.eventCode,
                    record.startDate.iso, record.endDate.iso, record.certificate.issueDate.iso, Timestamp.string(from: record.certificate.issuedAt),
                    record.certificate.revokedAt.map(Timestamp.string(from:)) ?? "", record.certificate.revokeReason ?? "", record.supersededBy ?? "",
                ]
            }
            let xlsx = values.option("format") == "xlsx"
            guard let out = values.option("out") else {
                if xlsx { throw UsageError("--format xlsx writes a workbook, which needs --out FILE.xlsx", commandPath: values.commandPath) }
                let writer = try CSVWriter { context.stdout.write($0) }
                try writer.row(header)
                for row in rows { try writer.row(row) }
                return
            }
            let csvURL = context.url(out)
            let htmlURL = csvURL.deletingPathExtension().appendingPathExtension("html")
            // Both files are checked, and the page rendered, before either is written.
            try AtomicFile.checkCanWrite(htmlURL, overwrite: values.flag("force"))
            let library = try context.templates(values, database: database)
            let messages = try library.messages(language)
            let words = ReportWords(language: language, messages: messages)
            let organiser = try BrandingBook(database).organiser()?[language] ?? words("report.nationalOrganiser")
            // The page is for people: statuses in words, courses and centres by name, dates as
            // they are written. The CSV keeps the values a spreadsheet sorts and filters on.
            let html = try library.render("certificate-register", [
                "lang": .string(language.rawValue), "t": Messages.tree(messages),
                "masthead": ReportPage.masthead(try BrandingBook(database).forReports(), words),
                // One group per event (in serial order): what they share is said once, above its rows.
                "events": .list(records.grouped(by: \.eventCode).map { group in
                    let first = group[0]
                    return [
                        "event": .string(first.eventCode), "course": .string("\(first.course.title[language]) (\(first.course.code))"),
                        "centre": .string(first.centreNames?[language] ?? organiser),
                        "dates": .string(DateWording.range(first.startDate, first.endDate, language)),
                        "rows": .list(group.map { record in
                            [
                                "serial": .string(record.certificate.serial),
                                "status": .string(messages["register.status." + record.status.rawValue] ?? record.status.rawValue),
                                "holder": .string(record.holder), "issue_date": .string(DateWording.long(record.certificate.issueDate, language)),
                                "revoke_reason": .text(record.certificate.revokeReason), "superseded_by": .text(record.supersededBy),
                            ]
                        }),
                    ]
                }),
            ])
            if xlsx {
                // Days as dates and times as times, so the register sorts and filters in Excel.
                let kinds: [Spreadsheet.Kind] = [.text, .text, .text, .text, .text, .text, .date, .date, .date, .instant, .instant, .text, .text]
                try AtomicFile.write(
                    XLSXWriter.data(Spreadsheet(title: "register", header: header, rows: rows, kinds: kinds)), to: csvURL, overwrite: values.flag("force"))
            } else {
                try AtomicFile.write(to: csvURL, overwrite: values.flag("force")) { write in
                    let writer = try CSVWriter(write: write)
                    try writer.row(header)
                    for row in rows { try writer.row(row) }
                }
            }
            try AtomicFile.write(to: htmlURL, overwrite: values.flag("force")) { write in try write(html) }
            context.print("Wrote the register of \(Plural.count(records.count, "certificate", "certificates")) to \(csvURL.path) and \(htmlURL.path)")
        }
    }
}

extension Array {
    /// Runs of neighbours that share `key`, in order: `[a, a, b, a]` gives `[[a, a], [b], [a]]`.
    fileprivate func grouped<Key: Equatable>(by key: (Element) -> Key) -> [[Element]] {
        var groups: [[Element]] = []
        for element in self {
            if let last = groups.last?.last, key(last) == key(element) {
                groups[groups.count - 1].append(element)
            } else {
                groups.append([element])
            }
        }
        return groups
    }
}
