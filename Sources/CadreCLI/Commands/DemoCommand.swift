import CadreKit
import CadreRender
import CadreModel
import Foundation

/// `cadre demo`: the whole job on the October 2021 round, through the same commands a user
/// runs, with a fixed clock and seed so every run gives the same files.
enum DemoCommand {
    static let command = Command(
        name: "demo", abstract: "Build the October 2021 Saatli and Shuvalan training round and write every page.",
        discussion: """
            Imports the curricula, registers the centres, venues, trainers and 69 participants (from a CSV in Excel's
            shape, three registered twice), schedules four events, records attendance and scores, issues
            certificates, and writes sign-in sheets, certificates, attendance matrices, assessment results, reports
            and an index.html to open. Deterministic: the same command gives the same files. An existing demo
            database is reused; --force rebuilds it. A database that is not a demo is never touched.
            """,
        options: [
            .value("out", "dir", help: "Where to write (default: ./cadre-demo)."),
            .flag("force", help: "Rebuild the demo database from scratch."),
        ],
        action: run)

    struct StepFailed: CadreError {
        let step: String
        let output: String
        var category: ErrorCategory { .failure }
        var description: String { "the demo failed at '\(step)': \(output.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "Error: ", with: ""))" }
    }

    /// The demo keeps its round in an SQLite file of its own: a server's database is refused
    /// before anything is made.
    static func requireFile(_ values: ParsedValues) throws {
        if let db = values.option("db"), StoreAccess.isServer(db) {
            throw UsageError("the demo builds its own SQLite file; give --db a file path (or leave it out)", commandPath: values.commandPath)
        }
    }

    static func run(_ values: ParsedValues, _ context: CommandContext) throws {
        try requireFile(values)
        let out = try OutputFolder(context.url(values.option("out") ?? "cadre-demo"))
        try out.create()
        let databasePath = values.option("db").map { context.url($0).path } ?? out.url.appendingPathComponent("cadre-demo.sqlite").path
        // The demo is made on 20 December 2021, after its round (25 October – 2 December): the
        // certificates, the events' states and the reports' dates read as they would that day.
        let clock = ChangeContext.deterministic(actor: "demo", start: Date(timeIntervalSince1970: 1_639_958_400))
        var environment = context.environment
        environment["CADRE_DB"] = databasePath
        environment["CADRE_USER"] = "demo"
        func cadre(_ arguments: [String]) throws -> String {
            let stdout = TextBuffer()
            let stderr = TextBuffer()
            let code = CLI.run(
                arguments: arguments, stdout: stdout, stderr: stderr, environment: environment, workingDirectory: out.url,
                changeContext: clock, input: LineBuffer([]))
            guard code == 0 else { throw StepFailed(step: "cadre " + arguments.joined(separator: " "), output: stderr.text) }
            return stdout.text
        }

        let exists = FileManager.default.fileExists(atPath: databasePath)
        if exists {
            let database = try StoreAccess.open(at: databasePath)
            let isDemo = try database.settings.value("demo") == "true"
            database.close()
            guard isDemo else {
                throw AtomicFile.Refused(path: databasePath, reason: "is not a demo database; the demo never touches real data (choose another --db)")
            }
            if values.flag("force") {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: databasePath + suffix) }
            }
        }
        let progress = Progress(context)
        if !FileManager.default.fileExists(atPath: databasePath) {
            progress.report("Building the demo database…")
            try build(cadre, databasePath: databasePath, out: out)
        }
        progress.report("Writing pages…")
        let pages = try writePages(cadre, out: out, databasePath: databasePath)
        progress.finish()
        let index = try writeIndex(pages, out: out, databasePath: databasePath)
        let summary = try summaryLines(databasePath)
        for line in summary { context.print(line) }
        context.print("Open \(index.path)")
        context.print("The same round in the web application: swift run cadre serve --demo, then open http://127.0.0.1:8080/login")
    }

    /// `cadre serve --demo`: the demo database (built first, pages and all, when missing) with
    /// its demo users, whose logins and passwords are printed. Returns the database's path.
    static func prepareForServing(_ values: ParsedValues, _ context: CommandContext) throws -> String {
        try requireFile(values)
        let out = context.url("cadre-demo")
        let databasePath = values.option("db").map { context.url($0).path } ?? out.appendingPathComponent("cadre-demo.sqlite").path
        if !FileManager.default.fileExists(atPath: databasePath) {
            let code = CLI.run(
                arguments: ["demo", "--out", out.path] + (values.option("db").map { ["--db", $0] } ?? []), stdout: context.stdout,
                stderr: context.stderr, environment: context.environment, workingDirectory: context.workingDirectory,
                changeContext: context.changeContext(values), input: LineBuffer([]))
            guard code == 0 else { throw StepFailed(step: "cadre demo", output: "see the lines above") }
        }
        let database = try StoreAccess.open(at: databasePath)
        defer { database.close() }
        guard try database.settings.value("demo") == "true" else {
            throw AtomicFile.Refused(path: databasePath, reason: "is not a demo database; 'serve --demo' adds demo users only to a demo (leave out --demo)")
        }
        try DemoUsers.ensure(in: database, context: ChangeContext(actor: "demo"))
        context.print("Demo users (for this demo only):")
        for account in DemoUsers.accounts {
            context.print("  \(account.login) / \(account.password) — \(account.role.rawValue)\(account.centre.map { ", \($0)" } ?? "")")
        }
        return databasePath
    }

    static func build(_ cadre: ([String]) throws -> String, databasePath: String, out: OutputFolder) throws {
        _ = try cadre(["init", "--lang", "az"])
        let database = try StoreAccess.open(at: databasePath)
        try database.write { try $0.settings.set("demo", to: "true") }
        database.close()
        _ = try cadre(["course", "import"])
        _ = try cadre(["centre", "add", "--code", "SAATLI", "--name", "Saatlı Ailə və Uşaq Dəstək Xidməti Mərkəzi|Saatlı Family and Child Support Service Centre|Саатлинский центр поддержки семьи и детей", "--region", "Saatlı", "--address", "Saatlı şəhəri, H. Əliyev küçəsi 21"])
        _ = try cadre(["centre", "add", "--code", "SHUVALAN", "--name", "Şüvəlan Ailə və Uşaq Dəstək Xidməti Mərkəzi|Şüvəlan Family and Child Support Service Centre|Шувеланский центр поддержки семьи и детей", "--region", "Xəzər", "--address", "Bakı, Xəzər rayonu, Şüvəlan qəsəbəsi"])
        _ = try cadre(["venue", "add", "--name", "Saatlı mərkəzi, təlim zalı", "--centre", "SAATLI", "--region", "Saatlı", "--capacity", "30"])
        _ = try cadre(["venue", "add", "--name", "Şüvəlan mərkəzi, konfrans zalı", "--centre", "SHUVALAN", "--region", "Xəzər", "--capacity", "30"])
        _ = try cadre(["venue", "add", "--name", "Bakı, Ədliyyə Akademiyası, 3-cü auditoriya", "--region", "Bakı", "--capacity", "20"])
        _ = try cadre(["trainer", "add", "--name", "Aygün Səfərova", "--organization", "Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi", "--languages", "az,ru"])
        _ = try cadre(["trainer", "add", "--name", "Rauf Həsənli", "--organization", "Hüquq Klinikası", "--languages", "az,en"])
        for event in DemoRound.events {
            _ = try cadre(["event", "schedule", "--course", event.course, "--venue", event.venue, "--start", event.start, "--trainer", event.trainer, "--code", event.code]
                + (event.centre.map { ["--centre", $0] } ?? []))
        }
        let round = DemoRound()
        let data = try out.subfolder("data")
        try data.write("signup.csv", round.signupCSV)
        _ = try cadre(["trainee", "import", data.url.appendingPathComponent("signup.csv").path])
        var sessions: [String: Int] = [:]
        var maxScores: [String: Int] = [:]
        let database2 = try StoreAccess.open(at: databasePath)
        for event in DemoRound.events {
            let summary = try EventSummary.load(event.code, database: database2)
            sessions[event.code] = summary.sessions.count
            maxScores[event.code] = summary.course.assessment.maxScore
            let refs = round.participants.filter { $0.event == event.code }.map(\.ref).joined(separator: "\r\n")
            try data.write("\(event.code)-participants.csv", "ref\r\n" + refs + "\r\n")
        }
        database2.close()
        for event in DemoRound.events {
            _ = try cadre(["event", "enroll", event.code, "--from-file", data.url.appendingPathComponent("\(event.code)-participants.csv").path])
        }
        try data.write("attendance.csv", round.attendanceCSV(sessions: sessions))
        _ = try cadre(["attendance", "import", data.url.appendingPathComponent("attendance.csv").path])
        try data.write("scores.csv", round.scoresCSV(maxScores: maxScores))
        _ = try cadre(["assessment", "import", data.url.appendingPathComponent("scores.csv").path])
        for event in DemoRound.events { _ = try cadre(["certificate", "issue", event.code]) }
        // Last, so that the records above keep the ids they always had.
        for (file, svg) in DemoBranding.logos { try data.write(file, svg, permissions: 0o644) }
        let logo = { (file: String) in data.url.appendingPathComponent(file).path }
        _ = try cadre(["branding", "set", "--ministry-logo", logo("ministry-logo.svg"), "--donor-logo", logo("donor-logo.svg"),
                       "--organiser", DemoBranding.organiser, "--programme", DemoBranding.programme] + DemoBranding.signatories.flatMap { ["--signatory", $0] })
        _ = try cadre(["branding", "set", "--centre", "SAATLI", "--logo", logo("centre-logo.svg")])
        for (centre, signatories) in DemoBranding.centreSignatories.sorted(by: { $0.key < $1.key }) {
            _ = try cadre(["branding", "set", "--centre", centre] + signatories.flatMap { ["--signatory", $0] })
        }
        // What participants thought, collected on paper at the end of each event.
        _ = try cadre(["questionnaire", "import"])
        try data.write("feedback.csv", round.feedbackCSV())
        _ = try cadre(["feedback", "import", data.url.appendingPathComponent("feedback.csv").path])
        // The follow-up: a personal link for each completer (sent early here, so that the demo
        // has answers to show), and about three in four answer it through their link.
        let followUp = try StoreAccess.open(at: databasePath)
        defer { followUp.close() }
        for event in DemoRound.events {
            let file = "data/\(event.code)-followup.csv"
            _ = try cadre(["followup", "list", event.code, "--now", "--public-url", "https://cadre.example.gov.az", "--out", file, "--force"])
            let links = try String(contentsOf: out.url.appendingPathComponent(file), encoding: .utf8)
            for (token, values) in DemoRound.followUpAnswers(links: links) {
                try FollowUpDesk(followUp).submit(token: token, values: values, today: DemoRound.followUpDay)
            }
        }
    }

    /// Writes every page; returns (section, title, relative path) in a stable order.
    static func writePages(_ cadre: ([String]) throws -> String, out: OutputFolder, databasePath: String) throws -> [(String, String, String)] {
        let codes = DemoRound.events.map(\.code)
        _ = try cadre(["sheet", "--all-events", "--out", "sheets", "--force"])
        _ = try cadre(["certificate", "print"] + codes + ["--lang", "az+en", "--out", "certificates", "--verify-url", "https://cadre.example.gov.az/verify/{code}", "--force"])
        let reports = try out.subfolder("reports")
        try reports.create()
        try out.subfolder("attendance").create()
        try out.subfolder("assessment").create()
        for code in codes {
            _ = try cadre(["attendance", "show", code, "--html", "attendance/\(code).html", "--force"])
            _ = try cadre(["assessment", "show", code, "--html", "assessment/\(code).html", "--force"])
        }
        _ = try cadre(["timetable", "--html", "reports/timetable.html", "--force"])
        try out.subfolder("feedback").create()
        for code in codes {
            _ = try cadre(["feedback", "form", code, "--lang", "az", "--html", "feedback/\(code)-form.html", "--force"])
        }
        try reports.write("trained-by-profession-sex.txt", try cadre(["report", "trained", "--by", "profession,sex"]), permissions: 0o644)
        try reports.write("trained-by-profession-sex.html", try cadre(["report", "trained", "--by", "profession,sex", "--format", "html"]), permissions: 0o644)
        try reports.write("trained-by-profession-sex.csv", try cadre(["report", "trained", "--by", "profession,sex", "--format", "csv"]), permissions: 0o644)
        try reports.write("delivery-by-centre-course.txt", try cadre(["report", "delivery", "--by", "centre,course"]), permissions: 0o644)
        try reports.write("delivery-by-centre-course.csv", try cadre(["report", "delivery", "--by", "centre,course", "--format", "csv"]), permissions: 0o644)
        try reports.write("delivery-by-centre-course.html", try cadre(["report", "delivery", "--by", "centre,course", "--format", "html"]), permissions: 0o644)
        try reports.write("assessment-by-course.txt", try cadre(["report", "assessment", "--by", "course"]), permissions: 0o644)
        try reports.write("assessment-by-course.html", try cadre(["report", "assessment", "--by", "course", "--format", "html"]), permissions: 0o644)
        let data = try out.subfolder("data")
        try data.write("targets.json", DemoRound.targetsJSON, permissions: 0o644)
        try reports.write("indicators.txt", try cadre(["report", "indicators", "--targets", data.url.appendingPathComponent("targets.json").path]), permissions: 0o644)
        try reports.write("indicators.html", try cadre(["report", "indicators", "--targets", data.url.appendingPathComponent("targets.json").path, "--format", "html"]), permissions: 0o644)
        try reports.write("feedback-by-event.txt", try cadre(["report", "feedback", "--by", "event"]), permissions: 0o644)
        try reports.write("feedback-by-course.html", try cadre(["report", "feedback", "--by", "course", "--format", "html"]), permissions: 0o644)
        try reports.write("follow-up-by-course.txt", try cadre(["report", "feedback", "--questionnaire", "FOLLOW-UP", "--by", "course"]), permissions: 0o644)
        try reports.write("follow-up-by-course.html", try cadre(["report", "feedback", "--questionnaire", "FOLLOW-UP", "--by", "course", "--format", "html"]), permissions: 0o644)
        _ = try cadre(["report", "feedback", "--by", "course", "--format", "xlsx", "--out", "reports/feedback-by-course.xlsx", "--force"])
        try reports.write("trained-by-region-course.txt", try cadre(["report", "trained", "--by", "region,course", "--count", "participations"]), permissions: 0o644)
        _ = try cadre(["certificate", "register", "--out", "reports/certificate-register.csv", "--force"])
        // The same tables as Excel workbooks, as a ministry officer opens them.
        _ = try cadre(["report", "trained", "--by", "profession,sex", "--format", "xlsx", "--out", "reports/trained-by-profession-sex.xlsx", "--force"])
        _ = try cadre(["report", "delivery", "--by", "centre,course", "--format", "xlsx", "--out", "reports/delivery-by-centre-course.xlsx", "--force"])
        _ = try cadre(["certificate", "register", "--format", "xlsx", "--out", "reports/certificate-register.xlsx", "--force"])
        _ = try cadre(["site", "--out", "site", "--force"])
        var pages: [(String, String, String)] = []
        for section in ["site", "sheets", "certificates", "attendance", "assessment", "feedback", "reports"] {
            let folder = out.url.appendingPathComponent(section)
            let enumerator = FileManager.default.enumerator(atPath: folder.path)
            var names: [String] = []
            while let name = enumerator?.nextObject() as? String {
                if [".html", ".csv", ".txt", ".xlsx"].contains(where: name.hasSuffix) { names.append(name) }
            }
            for name in names.sorted() { pages.append((section, name, "\(section)/\(name)")) }
        }
        return pages
    }

    /// The demo's front page, for people: the events with their numbers and their pages, the
    /// certificates by holder and course, the reports by their titles, the site; file names
    /// appear only as links.
    static func writeIndex(_ pages: [(String, String, String)], out: OutputFolder, databasePath: String) throws -> URL {
        let library = TemplateLibrary(root: BuiltInTemplatesLocation.root)
        let language = Language.az
        let messages = try library.messages(language)
        let words = ReportWords(language: language, messages: messages)
        let files = Set(pages.map(\.2))
        func link(_ path: String, _ label: String) -> TemplateValue? {
            files.contains(path) ? ["href": .string(path), "label": .string(label)] : nil
        }
        let database = try StoreAccess.open(at: databasePath)
        defer { database.close() }
        let events = try database.events.events(from: nil, to: nil, centreID: nil, status: nil).map { event -> TemplateValue in
            let register = try AttendanceRegister.load(event.code, database: database)
            let sheets = pages.filter { $0.0 == "sheets" && $0.1.hasPrefix(event.code + "-") }.map(\.2)
            return [
                "code": .string(event.code), "course": .string(register.summary.course.title[language]),
                "centre": .text(register.summary.centre?.names[language]), "dates": .string(DateWording.range(event.startDate, event.endDate, language)),
                "enrolled": .string(String(register.rows.count)), "completed": .string(String(register.rows.filter(\.completion.completed).count)),
                "sheetsLabel": .string(words("demo.sheets")),
                "sheets": .list(sheets.map { path in
                    ["href": .string(path), "label": .string(path.split(separator: "-").last.map { String($0.dropLast(5)) } ?? path)]
                }),
                "links": .list([
                    link("attendance/\(event.code).html", words("demo.attendance")), link("assessment/\(event.code).html", words("demo.assessment")),
                    link("feedback/\(event.code)-form.html", words("demo.feedbackForm")),
                ].compactMap { $0 }),
            ]
        }
        let certificates = try CertificateRegistry(database).records(eventCode: nil, year: nil)
            .sortedAzerbaijani { $0.holder }
            .map { record -> TemplateValue in
                [
                    "holder": .string(record.holder), "course": .string(record.course.title[language]),
                    "serial": link("certificates/\(record.certificate.serial).html", record.certificate.serial) ?? .string(record.certificate.serial),
                    "status": .string(words("register.status." + record.status.rawValue)),
                ]
            }
        let reports = pages.filter { $0.0 == "reports" && $0.1.hasSuffix(".html") }.compactMap { page -> TemplateValue? in
            let html = (try? String(contentsOf: out.url.appendingPathComponent(page.2), encoding: .utf8)) ?? ""
            let title = html.firstMatch(of: /<h1>([^<]*)<\/h1>/).map { String($0.1) } ?? page.1
            return link(page.2, title)
        }
        let tables = pages.filter { $0.0 == "reports" && !$0.1.hasSuffix(".html") }.compactMap { link($0.2, $0.1) }
        let html = try library.render("demo-index", [
            "lang": .string(language.rawValue), "t": Messages.tree(messages),
            "count": .string(words("demo.count", ["count": String(pages.count)])),
            "events": .list(events), "certificates": .list(certificates), "reports": .list(reports), "files": .list(tables),
            "site": link("site/index.html", words("site.title")) ?? .null,
        ])
        try out.write("index.html", html, permissions: 0o644)
        return out.url.appendingPathComponent("index.html")
    }

    static func summaryLines(_ databasePath: String) throws -> [String] {
        let database = try StoreAccess.open(at: databasePath)
        defer { database.close() }
        let persons = try TrainedReport.make(TrainedQuery(dimensions: [], measure: .enrolled), database: database, now: Date(timeIntervalSince1970: 0)).total
        let completed = try TrainedReport.make(TrainedQuery(dimensions: [], measure: .completed), database: database, now: Date(timeIntervalSince1970: 0)).total
        let certificates = try CertificateRegistry(database).records(eventCode: nil, year: nil).count
        return [
            "Demo: the October 2021 round at the Saatli and Shuvalan Family and Child Support Service Centres, and the follow-up for judges and journalists.",
            "\(DemoRound.events.count) events, \(persons) professionals enrolled, \(completed) completed, \(certificates) certificates issued.",
            "Database: \(databasePath)",
        ]
    }
}
