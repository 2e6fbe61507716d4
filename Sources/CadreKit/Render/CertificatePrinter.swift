/// Prints certificates into a folder, one `SERIAL.html` page each: rendered on two threads
/// (the QR code and the page are most of the work) while a ``BackgroundWriter`` creates the
/// files on a third.
public struct CertificatePrinter {
    public let library: TemplateLibrary
    /// One language, or two for a bilingual certificate (the first is the main one).
    public let languages: [Language]
    /// The URL the QR code carries, with `{code}` for the verification code; nil for the
    /// code alone.
    public let verifyURL: String?

    public init(library: TemplateLibrary, languages: [Language], verifyURL: String?) {
        self.library = library
        self.languages = languages
        self.verifyURL = verifyURL
    }

    /// Writes the pages of `records` into `folder`; nothing is created if rendering the first
    /// one fails.
    public func print(_ records: [CertificateRecord], into folder: OutputFolder) throws {
        var messages: [Language: [String: String]] = [:]
        for language in languages { messages[language] = try library.messages(language) }
        try BackgroundWriter.writing(into: folder) { writer in
            guard let first = records.first else { return }
            var builder = CertificatePage.Builder(languages: languages, messages: messages, verifyURL: verifyURL)
            try write(first, builder: &builder, library: library, to: writer)
            // The second thread renders with templates and messages of its own (see SplitWork).
            try SplitWork.forEach(records.dropFirst()) { [self] thread in
                var own = thread == 0 ? (builder, library) : try ownBuilder()
                return { record in try write(record, builder: &own.0, library: own.1, to: writer) }
            }
        }
    }

    private func write(_ record: CertificateRecord, builder: inout CertificatePage.Builder, library: TemplateLibrary, to writer: BackgroundWriter) throws {
        try writer.write("\(record.certificate.serial).html", try library.render("certificate", try builder.context(record)))
    }

    private func ownBuilder() throws -> (CertificatePage.Builder, TemplateLibrary) {
        let own = TemplateLibrary(htmlFolder: library.htmlFolder, localesFolder: library.localesFolder)
        var messages: [Language: [String: String]] = [:]
        for language in languages { messages[language] = try own.messages(language) }
        return (CertificatePage.Builder(languages: languages, messages: messages, verifyURL: verifyURL), own)
    }
}
