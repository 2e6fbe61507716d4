import CadreCLI
import CadreKit
import CadreModel
import Foundation

/// Runs `cadre` in-process in a temporary folder with its own database, capturing what a
/// user would see.
final class CLIHarness {
    struct Result {
        let exitCode: Int32
        let stdout: String
        let stderr: String
    }

    let folder: URL
    var environment: [String: String]
    /// Answers for interactive commands, one per line.
    var input: [String] = []
    /// One deterministic clock and id sequence across all runs, as one long session would have.
    let changeContext = ChangeContext.deterministic(actor: "tester", start: Date(timeIntervalSince1970: 1_635_134_400))

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cadre-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        environment = ["CADRE_USER": "tester"]
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    var databasePath: String { folder.appendingPathComponent("cadre.sqlite").path }

    @discardableResult
    func run(_ arguments: String...) -> Result { run(arguments) }

    @discardableResult
    func run(_ arguments: [String]) -> Result {
        let out = TextBuffer()
        let err = TextBuffer()
        let code = CLI.run(
            arguments: arguments, stdout: out, stderr: err, environment: environment, workingDirectory: folder,
            changeContext: changeContext, input: LineBuffer(input))
        return Result(exitCode: code, stdout: out.text, stderr: err.text)
    }

    /// A file's text exactly as written, byte order mark included.
    func read(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }
}
