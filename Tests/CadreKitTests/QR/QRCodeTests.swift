import CadreKit
import CadreRender
import Foundation
import Testing

@Suite("QR encoder")
struct QRCodeTests {
    struct Reference: Decodable, CustomTestStringConvertible, Sendable {
        let text: String
        let mask: Int
        let version: Int
        let rows: [String]
        var testDescription: String { "\(text.prefix(30))… v\(version) mask \(mask)" }
    }

    /// Matrices made by an independent encoder (Python's `qrcode`, byte mode, level M, the
    /// same mask), kept in the repository.
    static let references: [Reference] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("reference-matrices.json")
        guard let data = try? Data(contentsOf: url) else { return [] }
        return (try? JSONDecoder().decode([Reference].self, from: data)) ?? []
    }()

    @Test("the reference matrices are there")
    func referencesLoaded() { #expect(Self.references.count == 8) }

    @Test("matches an independent encoder module for module", arguments: references)
    func matchesReference(reference: Reference) throws {
        let code = try QRCode(reference.text, mask: reference.mask)
        #expect(code.version == reference.version)
        let rows = code.modules.map { row in String(row.map { $0 ? "1" : "0" }) }
        #expect(rows == reference.rows)
    }

    @Test("the version grows with the payload; too long is an error")
    func versions() throws {
        #expect(try QRCode("7KQ4-M2XD-9PRT-HW3C").version == 2)
        #expect(try QRCode(String(repeating: "x", count: 213)).version == 10)
        #expect(throws: QRCode.EncodingError.tooLong(bytes: 214, maximum: 213)) { try QRCode(String(repeating: "x", count: 214)) }
    }

    @Test("the SVG is deterministic and labelled")
    func svg() throws {
        let svg = try QRCode("DV-2021-00017").svg(title: "verification code <x>")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 29 29\""))
        #expect(svg.contains("aria-label=\"verification code &lt;x&gt;\""))
        #expect(svg == (try QRCode("DV-2021-00017").svg(title: "verification code <x>")))
    }
}
