import Foundation

/// Writes CSV that Excel opens correctly and that cannot run as a formula.
///
/// UTF-8 with a byte order mark (so Excel does not guess a code page), CRLF line ends, fields
/// quoted when they hold a separator, quote or line break, and cells beginning with `=`, `+`,
/// `-`, `@`, a tab or a carriage return prefixed with `'` (OWASP's advice against CSV injection).
public struct CSVWriter {
    public static let byteOrderMark = "\u{FEFF}"

    private let write: (String) throws -> Void

    /// `write` receives the text piece by piece, starting with the byte order mark.
    public init(write: @escaping (String) throws -> Void) throws {
        self.write = write
        try write(Self.byteOrderMark)
    }

    public func row(_ fields: [String]) throws {
        try write(fields.map(Self.cell).joined(separator: ",") + "\r\n")
    }

    /// One cell, neutralised and quoted as needed.
    public static func cell(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            text = "'" + text
        }
        let needsQuotes = text.contains { $0 == "," || $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first == " " || text.last == " "
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
