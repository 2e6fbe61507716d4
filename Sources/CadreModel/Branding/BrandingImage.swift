public import Foundation

/// A logo or emblem printed on certificates: PNG, JPEG or SVG, recognised by its first bytes
/// (never by a file name), at most ``maximumBytes``, and — for SVG — with nothing active in it.
/// Pages embed it as a `data:` URI, which their Content-Security-Policy allows for images.
public struct BrandingImage: Equatable, Sendable {
    public enum MediaType: String, CaseIterable, Sendable {
        case png = "image/png"
        case jpeg = "image/jpeg"
        case svg = "image/svg+xml"
    }

    public let mediaType: MediaType
    public let bytes: [UInt8]

    /// A logo is printed a few centimetres wide; 256 KiB is a generous PNG at 600 dpi. Every
    /// page of a combined print carries it once per file, not once per page.
    public static let maximumBytes = 256 * 1024

    /// Why `bytes` cannot be a logo, in words for a message.
    public struct Refused: Error, Equatable, Sendable {
        public let reason: String

        public init(reason: String) { self.reason = reason }
    }

    /// The image in `bytes`, or why not.
    public init(bytes: [UInt8]) throws(Refused) {
        guard !bytes.isEmpty else { throw Refused(reason: "is empty") }
        guard bytes.count <= Self.maximumBytes else {
            throw Refused(reason: "is \(bytes.count) bytes; a logo may be at most \(Self.maximumBytes) bytes (\(Self.maximumBytes / 1024) KiB)")
        }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            mediaType = .png
        } else if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            mediaType = .jpeg
        } else if let problem = Self.svgProblem(bytes) {
            throw Refused(reason: problem)
        } else {
            mediaType = .svg
        }
        self.bytes = bytes
    }

    /// Restores an image stored by Cadre; `mediaType` must be one Cadre wrote.
    public init?(storedType: String, bytes: [UInt8]) {
        guard let type = MediaType(rawValue: storedType), let image = try? BrandingImage(bytes: bytes), image.mediaType == type
        else { return nil }
        self = image
    }

    /// `data:image/png;base64,…`
    public var dataURI: String { "data:\(mediaType.rawValue);base64,\(Data(bytes).base64EncodedString())" }

    /// Nil when `bytes` are an SVG image with nothing active; otherwise what is wrong. Images
    /// in pages are shown through `<img>` or CSS, where browsers run no script, but a file
    /// that carries one is refused anyway: nobody needs it on a certificate.
    static func svgProblem(_ bytes: [UInt8]) -> String? {
        guard let text = String(validating: bytes, as: UTF8.self) else { return "is not a PNG, JPEG or SVG image" }
        let lower = text.lowercased()
        // Markup from its first character (an XML declaration, a comment or the element), and an <svg> element in it.
        let trimmed = lower.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}")))
        guard trimmed.hasPrefix("<"), lower.contains("<svg") else { return "is not a PNG, JPEG or SVG image" }
        for (pattern, what) in [("<script", "a script"), ("<foreignobject", "embedded HTML"), ("javascript:", "a script link")] where lower.contains(pattern) {
            return "is an SVG image with \(what) in it"
        }
        if lower.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) != nil { return "is an SVG image with an event handler in it" }
        if lower.range(of: #"(href|src)\s*=\s*["']\s*(https?:|//|file:)"#, options: .regularExpression) != nil {
            return "is an SVG image that loads something from elsewhere"
        }
        return nil
    }
}
