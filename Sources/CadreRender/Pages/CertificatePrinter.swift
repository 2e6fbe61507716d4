public import CadreKit
public import CadreModel
/// Prints certificates into a folder, one `SERIAL.html` page each: rendered on two threads
/// (the QR code and the page are most of the work, and two earn 1.7× over one) while the
/// calling one is still reading them, each thread writing the files it rendered — a third
/// thread for the files cost more than it saved (`Scripts/bench-pipelines.sh`).
public struct CertificatePrinter: Sendable {
    public let library: TemplateLibrary
    /// One language, or two for a bilingual certificate (the first is the main one).
    public let languages: [Language]
    /// The URL the QR code carries, with `{code}` for the verification code; nil for the
    /// code alone.
    public let verifyURL: String?
    /// The logos and signatories of each centre (``BrandingBook/forPrinting()``).
    public let brandings: Brandings
    /// Follow-up links to print, by certificate serial (`--follow-up-qr`); none by default.
    public var followUps: [String: CertificatePage.FollowUp] = [:]

    public init(library: TemplateLibrary, languages: [Language], verifyURL: String?, brandings: Brandings = .none) {
        self.library = library
        self.languages = languages
        self.verifyURL = verifyURL
        self.brandings = brandings
    }

    /// Writes a page for each record `produce` hands over into `folder`, starting while it
    /// is still reading, and returns how many were written. Nothing is created if rendering
    /// the first one fails.
    @discardableResult
    public func print(into folder: OutputFolder, records produce: (_ emit: (CertificateRecord) throws -> Void) throws -> Void) throws -> Int {
        let messages = try catalogs(of: library)
        let mainBuilder = CertificatePage.Builder(languages: languages, messages: messages, verifyURL: verifyURL, brandings: brandings, followUps: followUps)
        // The folder is made by the first page, which SplitWork renders on this thread before
        // the second one starts; from then on both threads write into it.
        return try BackgroundWriter.writing(into: folder, inBackground: false) { writer in
            // The second thread renders with templates and messages of its own (see SplitWork).
            try SplitWork.forEach(produced: produce) { [self] thread in
                var own = thread == 0 ? (mainBuilder, library) : try ownBuilder()
                return { record in try write(record, builder: &own.0, library: own.1, to: writer) }
            }
        }
    }

    /// Writes one file per event, `EVENT.html`, holding all its certificates, one per printed
    /// page: a centre prints an event's certificates in one print job. Returns how many
    /// certificates were written.
    @discardableResult
    public func printCombined(into folder: OutputFolder, records produce: (_ emit: (CertificateRecord) throws -> Void) throws -> Void) throws -> Int {
        let messages = try catalogs(of: library)
        var builder = CertificatePage.Builder(languages: languages, messages: messages, verifyURL: verifyURL, brandings: brandings, followUps: followUps)
        var byEvent: [(code: String, pages: [TemplateValue], style: TemplateValue)] = []
        var count = 0
        try produce { record in
            let page = try builder.context(record)
            if let index = byEvent.firstIndex(where: { $0.code == record.eventCode }) {
                byEvent[index].pages.append(page)
            } else {
                // An event is one centre's: its file carries that centre's logos once.
                byEvent.append((record.eventCode, [page], builder.branding(centreID: record.centreID).style))
            }
            count += 1
        }
        try BackgroundWriter.writing(into: folder, inBackground: false) { writer in
            for (code, pages, style) in byEvent {
                try writer.write("\(code).html", try combined(code: code, pages: pages, style: style, messages: messages))
            }
        }
        return count
    }

    /// One event's certificates as one page to print (the web application's "print all"):
    /// the same file `printCombined` writes for it.
    public func combinedPage(eventCode: String, records: [CertificateRecord]) throws -> String {
        let messages = try catalogs(of: library)
        var builder = CertificatePage.Builder(languages: languages, messages: messages, verifyURL: verifyURL, brandings: brandings, followUps: followUps)
        let pages = try records.map { try builder.context($0) }
        let style = records.first.map { builder.branding(centreID: $0.centreID).style } ?? .null
        return try combined(code: eventCode, pages: pages, style: style, messages: messages)
    }

    private func combined(code: String, pages: [TemplateValue], style: TemplateValue, messages: [Language: [String: String]]) throws -> String {
        let title = messages[languages[0]]?["certificate.title"] ?? "Certificate"
        return try library.render("certificates-combined", [
            "lang": .string(languages[0].rawValue), "title": .string("\(title) · \(code)"), "certificates": .list(pages),
            "brandingStyle": style,
        ])
    }

    private func write(_ record: CertificateRecord, builder: inout CertificatePage.Builder, library: TemplateLibrary, to writer: BackgroundWriter) throws {
        try writer.write("\(record.certificate.serial).html", try library.render("certificate", try builder.context(record)))
    }

    private func ownBuilder() throws -> (CertificatePage.Builder, TemplateLibrary) {
        let own = TemplateLibrary(htmlFolder: library.htmlFolder, localesFolder: library.localesFolder)
        let messages = try catalogs(of: own)
        return (CertificatePage.Builder(languages: languages, messages: messages, verifyURL: verifyURL, brandings: brandings, followUps: followUps), own)
    }

    /// The message catalogs of the run's languages.
    private func catalogs(of library: TemplateLibrary) throws -> [Language: [String: String]] {
        var messages: [Language: [String: String]] = [:]
        for language in languages { messages[language] = try library.messages(language) }
        return messages
    }
}
