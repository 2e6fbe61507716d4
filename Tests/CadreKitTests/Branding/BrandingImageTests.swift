import CadreModel
import Foundation
import Testing

/// A logo is recognised by its first bytes, never by its name; an SVG with anything active in
/// it, an empty or oversized file and anything else are refused with the reason.
@Suite("Branding images")
struct BrandingImageTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 24)
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0] + [UInt8](repeating: 0, count: 24)

    @Test("PNG, JPEG and SVG are told by their content; the data: URI carries the type and base64")
    func recognised() throws {
        #expect(try BrandingImage(bytes: Self.png).mediaType == .png)
        #expect(try BrandingImage(bytes: Self.jpeg).mediaType == .jpeg)
        let svg = Array("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>".utf8)
        let image = try BrandingImage(bytes: svg)
        #expect(image.mediaType == .svg)
        #expect(image.dataURI == "data:image/svg+xml;base64," + Data(svg).base64EncodedString())
        #expect(try BrandingImage(bytes: Array("\u{FEFF}  <!-- logo --><svg/>".utf8)).mediaType == .svg)
        #expect(BrandingImage(storedType: "image/png", bytes: Self.png) != nil)
        #expect(BrandingImage(storedType: "image/jpeg", bytes: Self.png) == nil, "a stored type that is not the content's")
    }

    @Test(
        "refused, with the reason",
        arguments: [
            ("", "is empty"),
            ("GIF89a……", "is not a PNG, JPEG or SVG image"),
            ("name,sex\nAynur,f\n", "is not a PNG, JPEG or SVG image"),
            ("<html><body>not an svg</body></html>", "is not a PNG, JPEG or SVG image"),
            ("<svg><script>alert(1)</script></svg>", "is an SVG image with a script in it"),
            ("<svg><a href=\"javascript:alert(1)\"><circle/></a></svg>", "is an SVG image with a script link in it"),
            ("<svg onload=\"alert(1)\"/>", "is an SVG image with an event handler in it"),
            ("<svg><foreignObject><p>x</p></foreignObject></svg>", "is an SVG image with embedded HTML in it"),
            ("<svg><image href=\"https://tracker.example/x.png\"/></svg>", "is an SVG image that loads something from elsewhere"),
        ])
    func refused(content: String, reason: String) {
        #expect(throws: BrandingImage.Refused(reason: reason)) { try BrandingImage(bytes: Array(content.utf8)) }
    }

    @Test("a file over 256 KiB is refused, saying the limit")
    func tooLarge() {
        let big = Self.png + [UInt8](repeating: 0, count: BrandingImage.maximumBytes)
        #expect(throws: BrandingImage.Refused(reason: "is 262176 bytes; a logo may be at most 262144 bytes (256 KiB)")) { try BrandingImage(bytes: big) }
        #expect(throws: Never.self) { try BrandingImage(bytes: Array(Self.png.prefix(8)) + [UInt8](repeating: 0, count: BrandingImage.maximumBytes - 8)) }
    }
}
