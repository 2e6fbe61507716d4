import CadreStore
import Foundation
import Testing

/// What the README states as fact, checked against the program: the schema it names, and the
/// lists of scripts and folders it gives.
@Suite("README claims")
struct ReadmeClaimsTests {
    static func readme() throws -> String {
        try String(contentsOf: ReadmeWalkthroughTests.repository.appendingPathComponent("README.md"), encoding: .utf8)
    }

    @Test("the schema number the README names is the one this Cadre writes")
    func schema() throws {
        #expect(try Self.readme().contains("(Schema \(Schema.migrations.count);"))
    }

    @Test("every check .ci/run runs is in the README's table of checks, and every source folder in its Layout")
    func checksAndLayout() throws {
        let readme = try Self.readme()
        let ci = try String(contentsOf: ReadmeWalkthroughTests.repository.appendingPathComponent(".ci/run"), encoding: .utf8)
        let scripts = ci.split(separator: "\n").filter { $0.hasPrefix("bash Scripts/") }.map { String($0.dropFirst("bash ".count)) }
        #expect(scripts.count >= 8)
        for script in scripts { #expect(readme.contains("| `\(script)` |"), "\(script) is not in the README's table of checks") }
        let sources = try FileManager.default.contentsOfDirectory(atPath: ReadmeWalkthroughTests.repository.appendingPathComponent("Sources").path)
        for folder in sources where !folder.hasPrefix(".") {
            #expect(readme.contains("Sources/\(folder) "), "Sources/\(folder) is not in the README's Layout")
        }
    }
}
