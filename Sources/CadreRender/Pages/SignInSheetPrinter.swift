public import CadreKit
public import CadreModel
import Foundation

/// Prints sign-in sheets for many events into a folder: `EVENT-grid.html` with a column per
/// session, or `EVENT-session-N.html` per session.
///
/// Sheets are read in one batch (``SignInSheet/forEach(of:database:professionLabels:lookups:_:)``)
/// on the calling thread, which owns the database, rendered on a second one, and a
/// ``BackgroundWriter`` creates the files.
public struct SignInSheetPrinter {
    public enum Pages: Sendable, Equatable {
        /// One landscape sheet per event with a signature column per held session.
        case grid
        /// One sheet per held session, or only session `only`.
        case sessions(only: Int?)
    }

    public let library: TemplateLibrary
    public let language: Language
    public let pages: Pages
    public let blankRows: Int
    /// One file per event with every session's sheet (`EVENT-sessions.html`), one print job.
    public let combined: Bool

    public init(library: TemplateLibrary, language: Language, pages: Pages, blankRows: Int, combined: Bool = false) {
        self.library = library
        self.language = language
        self.pages = pages
        self.blankRows = blankRows
        self.combined = combined
    }

    /// Writes the sheets of `events` into `folder` and returns how many were written;
    /// `progress` is called with that number every 500 sheets. Refuses (before writing that
    /// event's sheets) an event without the session asked for.
    public func print(_ events: [TrainingEvent], database: any Store, into folder: OutputFolder, progress: (Int) -> Void = { _ in }) throws -> Int {
        let messages = try library.messages(language)
        let tree = Messages.tree(messages)
        var written = 0
        try BackgroundWriter.writing(into: folder) { writer in
            // Sheets are read on this thread (the database stays with it), rendered on a
            // second one, and the files created on a third.
            try Handoff<(SignInSheet, [Int?])>.pipeline(capacity: 32, produceHere: { yield in
                try SignInSheet.forEach(of: events, database: database) { sheet in
                    let numbers = try sessions(of: sheet)
                    try yield((sheet, numbers))
                    for _ in numbers {
                        written += 1
                        if written % 500 == 0 { progress(written) }
                    }
                }
            }, consumeOnSecondThread: { [library, language, blankRows, combined] sheet, numbers in
                let event = sheet.summary.event.code
                let contexts = numbers.map { sheet.context(session: $0, blankRows: blankRows, language: language, messages: messages, tree: tree) }
                if combined {
                    try writer.write("\(event)-sessions.html", try library.render("sign-in-sheets-combined", [
                        "lang": .string(language.rawValue), "orientation": "portrait", "t": tree, "event": .string(event),
                        "title": .string(messages["sheet.title"] ?? ""), "sheets": .list(contexts),
                    ]))
                    return
                }
                for (number, context) in zip(numbers, contexts) {
                    try writer.write(number.map { "\(event)-session-\($0).html" } ?? "\(event)-grid.html", try library.render("sign-in-sheet", context))
                }
            })
        }
        return written
    }

    /// One event's sheets as one page (every held session's, or the grid), for a browser to
    /// print: what `--combined` writes into a file.
    public func page(for event: TrainingEvent, database: any Store) throws -> String {
        let messages = try library.messages(language)
        let tree = Messages.tree(messages)
        var html = ""
        try SignInSheet.forEach(of: [event], database: database) { sheet in
            let numbers = try sessions(of: sheet)
            let contexts = numbers.map { sheet.context(session: $0, blankRows: blankRows, language: language, messages: messages, tree: tree) }
            if case .grid = pages, let grid = contexts.first {
                html = try library.render("sign-in-sheet", grid)
                return
            }
            html = try library.render("sign-in-sheets-combined", [
                "lang": .string(language.rawValue), "orientation": "portrait", "t": tree, "event": .string(event.code),
                "title": .string(messages["sheet.title"] ?? ""), "sheets": .list(contexts),
            ])
        }
        return html
    }

    /// The sessions to print a sheet for; nil is the grid.
    private func sessions(of sheet: SignInSheet) throws -> [Int?] {
        guard case .sessions(let only) = pages else { return [nil] }
        let held = sheet.summary.sessions.filter { $0.session.status != .cancelled }.map(\.session.number)
        if let only {
            guard held.contains(only) else { throw NotFound(kind: "session", reference: "\(sheet.summary.event.code) #\(only)") }
            return [only]
        }
        return held
    }
}
