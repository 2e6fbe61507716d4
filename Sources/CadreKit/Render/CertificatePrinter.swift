/// Prints certificates into a folder, one `SERIAL.html` page each: rendered on the calling
/// thread while a ``BackgroundWriter`` creates the files.
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
            for record in records {
                let context = try CertificatePage.context(record, languages: languages, messages: messages, verifyURL: verifyURL)
                try writer.write("\(record.certificate.serial).html", try library.render("certificate", context))
            }
        }
    }
}
