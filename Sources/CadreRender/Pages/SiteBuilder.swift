import CadreKit
public import CadreModel
public import Foundation

/// The static, script-free website a ministry can put on any web server or open from a USB
/// stick: events, the timetable, reports with charts, and the certificate register. It never
/// contains contacts or national ids; participants' names appear only with `includeNames`,
/// and verification codes only as hashes (or not at all).
public struct SiteBuilder {
    public enum CodePolicy: String, Sendable, CaseIterable {
        /// The first 16 hex digits of SHA-256 of the code: whoever holds the certificate can match it.
        case hash
        case omit
    }

    let database: any Store
    let library: TemplateLibrary
    let language: Language
    let now: Date

    public init(database: any Store, library: TemplateLibrary, language: Language, now: Date) {
        self.database = database
        self.library = library
        self.language = language
        self.now = now
    }

    /// Every page, by relative path.
    public func pages(codes: CodePolicy, includeNames: Bool) throws -> [(path: String, html: String)] {
        let site = "Cadre"
        let messages = try library.messages(language)
        let words = ReportWords(language: language, messages: messages)
        func column(_ key: String) -> String { words("site.column." + key) }
        func dates(_ first: CalendarDate, _ last: CalendarDate) -> String { DateWording.range(first, last, language) }
        func nav(_ depth: Int) -> TemplateValue {
            let up = String(repeating: "../", count: depth)
            let links = [
                ("index.html", "home"), ("events.html", "events"), ("timetable.html", "timetable"), ("reports/trained.html", "trained"),
                ("reports/delivery.html", "delivery"), ("certificates.html", "certificates"),
            ]
            return .list(links.map { ["href": .string(up + $0.0), "label": .string(messages["site.nav." + $0.1] ?? $0.1)] })
        }
        func page(_ title: String, depth: Int, _ content: [String: TemplateValue]) throws -> String {
            var context = content
            context["lang"] = .string(language.rawValue)
            context["site"] = .string(site)
            context["title"] = .string(title)
            context["nav"] = nav(depth)
            return try library.render("site-page", .object(context))
        }
        func cell(_ text: String, href: String? = nil) -> TemplateValue { ["text": .string(text), "href": .text(href)] }
        func table(_ caption: String, _ header: [String], _ rows: [[TemplateValue]]) -> TemplateValue {
            ["caption": .string(caption), "header": .list(header.map { .string($0) }), "rows": .list(rows.map { ["cells": .list($0)] })]
        }

        var pages: [(String, String)] = []
        let events = try database.events.events(from: nil, to: nil, centreID: nil, status: nil)
        var eventRows: [[TemplateValue]] = []
        for event in events {
            let register = try AttendanceRegister.load(event.code, database: database)
            let summary = register.summary
            let completed = register.rows.filter(\.completion.completed).count
            eventRows.append([
                cell(event.code, href: "events/\(OutputFolder.safeName(event.code)).html"), cell(summary.course.title[language]),
                cell(summary.centre?.names[language] ?? ""), cell(dates(event.startDate, event.endDate)), cell(words("status.event." + event.status.rawValue)),
                cell(String(register.rows.count)), cell(String(completed)),
            ])
            let sessions = register.sessionLines.map { line -> [TemplateValue] in
                let status = line.session.status
                return [cell(String(line.session.number)), cell(DateWording.long(line.session.date, language)), cell("\(line.session.startTime)–\(line.session.endTime)"),
                 cell(line.module?[language] ?? ""), cell(words("status.session." + status.rawValue))]
            }
            var tables: [TemplateValue] = [table(words("site.sessions"), ["no", "date", "time", "module", "status"].map(column), sessions)]
            if includeNames {
                tables.append(table(words("site.participants"), ["name", "attended", "completed"].map(column), register.rows.map { row in
                    [cell(row.name), cell("\(row.completion.attended)/\(row.completion.held)"), cell(words(row.completion.completed ? "site.yes" : "site.no"))]
                }))
            }
            pages.append(("events/\(OutputFolder.safeName(event.code)).html", try page("\(event.code): \(summary.course.title[language])", depth: 1, [
                "intro": .string([
                    summary.centre?.names[language], summary.venue?.name, dates(event.startDate, event.endDate),
                    words("site.trainers", ["names": summary.trainers.map(\.fullName).joined(separator: ", ")]),
                ].compactMap { $0 }.joined(separator: " · ")),
                "tables": .list(tables + [table(words("site.participants"), ["enrolled", "completed", "waitlisted"].map(column), [
                    [cell(String(summary.enrolled)), cell(String(completed)), cell(String(summary.waitlisted))],
                ])]),
            ])))
        }
        pages.append(("events.html", try page(words("site.events.title"), depth: 0, [
            "tables": .list([table(words("site.events.all"), ["code", "course", "centre", "dates", "status", "enrolled", "completed"].map(column), eventRows)]),
        ])))
        let entries = try database.timetable.entries(from: nil, to: nil, centreID: nil, trainerID: nil, venueID: nil)
        pages.append(("timetable.html", try library.render("timetable", TimetablePage.context(entries, from: nil, to: nil, language: language, messages: try library.messages(language)))))

        let masthead = ReportPage.masthead(try BrandingBook(database).forReports(), words)
        let trained = try TrainedReport.make(TrainedQuery(dimensions: [.profession, .sex]), database: database, now: now)
        let labels = try DimensionLabels(database, words: words)
        let trainedTable = trained.crossTable(labels: labels, words: words) ?? trained.table(labels: labels, words: words)
        pages.append(("reports/trained.html", try page(trainedTable.title, depth: 1, ReportPage.content(trainedTable, masthead: masthead))))
        let delivery = try DeliveryReport.make(from: nil, to: nil, groupedBy: [.centre, .course], database: database, now: now).table(labels: labels, words: words)
        pages.append(("reports/delivery.html", try page(delivery.title, depth: 1, ReportPage.content(delivery, masthead: masthead))))

        let records = try CertificateRegistry(database).records(eventCode: nil, year: nil)
        let certificateRows = records.map { record -> [TemplateValue] in
            var cells = [
                cell(record.certificate.serial), cell(words("register.status." + record.status.rawValue)), cell(record.course.code),
                cell(record.eventCode), cell(dates(record.startDate, record.endDate)),
            ]
            if includeNames { cells.insert(cell(record.holder), at: 1) }
            if codes == .hash { cells.append(cell(String(SHA256.hex(SHA256.hash(Array(record.certificate.verificationCode.utf8))).prefix(16)))) }
            return cells
        }
        var header = ["serial", "status", "course", "event", "dates"].map(column)
        if includeNames { header.insert(column("holder"), at: 1) }
        if codes == .hash { header.append(column("codeHash")) }
        pages.append(("certificates.html", try page(words("site.certificates.title"), depth: 0, [
            "tables": .list([table(words("site.certificates.caption"), header, certificateRows)]),
            "notes": .list([.string(words(codes == .hash ? "site.certificates.hashNote" : "site.certificates.omitNote"))]),
        ])))
        let valid = records.filter { $0.status == .valid }.count
        pages.append(("index.html", try page(words("site.title"), depth: 0, [
            "intro": .string(words("site.intro", ["events": String(events.count), "trained": String(trained.total), "certificates": String(valid)])),
            "links": ["items": .list([
                ["href": "events.html", "label": .string(words("site.events.title")), "detail": .string(words("site.events.detail", ["count": String(events.count)]))],
                ["href": "timetable.html", "label": .string(words("site.timetable.title")), "detail": .string(words("site.timetable.detail"))],
                ["href": "reports/trained.html", "label": .string(trainedTable.title), "detail": .string(words("site.trained.detail"))],
                ["href": "reports/delivery.html", "label": .string(delivery.title), "detail": .string(words("site.delivery.detail"))],
                ["href": "certificates.html", "label": .string(words("site.certificates.title")), "detail": .string(words("site.certificates.detail", ["count": String(records.count)]))],
            ] + events.map { ["href": .string("events/\(OutputFolder.safeName($0.code)).html"), "label": .string($0.code), "detail": .string(dates($0.startDate, $0.endDate))] })],
        ])))
        return pages
    }
}
