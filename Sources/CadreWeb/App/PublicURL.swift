public import CadreKit
import Foundation

/// The address people reach the server at (`--public-url`), checked once at start: it goes
/// into every check-in QR code and is the origin forms may come from, so a wrong one must be
/// refused when the server starts, not discovered on a trainer's screen.
public enum PublicURL {
    /// Short enough that the QR code with a check-in token stays easy to scan on a screen.
    public static let longest = 120

    /// The URL without a trailing slash, or why it cannot be one.
    public static func validated(_ text: String) throws(InvalidValue) -> String {
        let trimmed = text.hasSuffix("/") ? String(text.dropLast()) : text
        guard trimmed.count <= longest else { throw InvalidValue("is longer than \(longest) characters, too long for a QR code") }
        guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased(), ["http", "https"].contains(scheme),
            let host = components.host, !host.isEmpty, components.user == nil, components.password == nil, components.query == nil,
            components.fragment == nil, trimmed.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 })
        else { throw InvalidValue("is not an http:// or https:// address such as https://cadre.example.gov.az") }
        return trimmed
    }
}
