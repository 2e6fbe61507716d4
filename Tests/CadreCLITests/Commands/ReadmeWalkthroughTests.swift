import Foundation
import Testing

/// Runs every command of the README's getting-started walkthrough, as written, so the README
/// cannot rot.
@Suite("README walkthrough")
struct ReadmeWalkthroughTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `swift run cadre …` lines of the first code block after "## Getting started".
    static func walkthrough() throws -> [[String]] {
        let readme = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        guard let section = readme.range(of: "## Getting started"),
            let open = readme.range(of: "```sh\n", range: section.upperBound..<readme.endIndex),
            let close = readme.range(of: "```", range: open.upperBound..<readme.endIndex)
        else { return [] }
        return readme[open.upperBound..<close.lowerBound].split(separator: "\n")
            .filter { $0.hasPrefix("swift run cadre ") }
            .map { words(String($0.dropFirst("swift run cadre ".count))) }
    }

    /// Splits a command line as a shell would for these simple lines: spaces, and double quotes.
    static func words(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var started = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
                started = true
            } else if character == " " && !quoted {
                if started { words.append(current) }
                current = ""
                started = false
            } else {
                current.append(character)
                started = true
            }
        }
        if started { words.append(current) }
        return words
    }

    @Test("every command of the walkthrough succeeds, in order, from the repository's example files")
    func walkthrough() throws {
        let steps = try Self.walkthrough()
        #expect(steps.count >= 15)
        let cli = try CLIHarness()
        let examples = cli.folder.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: examples, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("docs/examples"), to: examples.appendingPathComponent("examples"))
        var outputs: [String: String] = [:]
        for step in steps {
            let result = cli.run(step)
            #expect(result.exitCode == 0, "cadre \(step.joined(separator: " ")): \(result.stderr)")
            outputs[step.prefix(2).joined(separator: " ")] = result.stdout
        }
        #expect(outputs["trainee import"] == "3 rows: 3 added, 0 updated, 0 unchanged, 0 merged as duplicates, 0 rejected.\n")
        #expect(outputs["certificate verify"]?.hasPrefix("VALID: DV-2021-00001\nHolder: İlqar Məmmədov") == true)
        #expect(outputs["certificate issue"]?.hasSuffix("2 issued, 0 already issued.\n") == true, "S-003 fails the post-test")
        #expect(FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("sheets/DV-SAATLI-2021-10-session-1.html").path))
    }
}
