import Foundation

/// An uploaded file, put where the importers read files from: a new private folder of its own,
/// under the name the browser gave reduced to a plain file name — so the importer's messages
/// name the file as the user knows it, and no name can reach outside the folder. The folder is
/// removed when the import is done, whatever happened.
enum UploadedFile {
    static func withCopy<Result>(of part: MultipartForm.Part, _ body: (URL) throws -> Result) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cadre-upload-" + UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(safeName(part.fileName ?? ""))
        try Data(part.body).write(to: url, options: .withoutOverwriting)
        return try body(url)
    }

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
