import Foundation

/// An uploaded file's name as the importer's messages give it: the name the browser sent,
/// reduced to a plain file name, so the lines read `signup.csv:3: …` as the user knows the file.
/// The file itself is read in memory and never written anywhere.
enum UploadedFile {
    /// The last component of what the browser sent (some send a whole Windows path), without
    /// control characters or separators, at most 100 characters; `upload.csv` when nothing is left.
    static func safeName(_ sent: String) -> String {
        let last = sent.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var name = String(String.UnicodeScalarView(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F && $0 != ":" }))
        name = String(name.prefix(100)).trimmingCharacters(in: .whitespaces)
        while name.hasPrefix(".") { name.removeFirst() }
        return name.isEmpty ? "upload.csv" : name
    }
}
