import Foundation
import Testing

/// Runs the real `cadre` executable, to check what only a process shows: exit codes and streams.
@Suite("The cadre binary")
struct BinaryTests {
    static var binary: URL? {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("cadre")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    func run(_ arguments: [String], in folder: URL) throws -> (code: Int32, stdout: String, stderr: String) {
        try Self.run(try #require(Self.binary, "the cadre executable is built next to the tests"), arguments, in: folder)
    }

    /// Runs `executable` in `folder` with a minimal environment, capturing its exit code and streams.
    static func run(
        _ executable: URL, _ arguments: [String], in folder: URL, environment: [String: String] = [:]
    ) throws -> (code: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["PATH": "/usr/bin:/bin"].merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    @Test("exit codes: 0 success, 64 usage, 65 bad data, 66 missing input; no stack traces")
    func exitCodes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cadre-bin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let version = try run(["--version"], in: folder)
        #expect(version.code == 0)
        #expect(version.stdout == "0.1.0\n")

        let missing = try run(["course", "list"], in: folder)
        #expect(missing.code == 66)

        #expect(try run(["init"], in: folder).code == 0)
        let imported = try run(["course", "import"], in: folder)
        #expect(imported.code == 0, "built-in curricula are found from any folder: \(imported.stderr)")

        let usage = try run(["course", "list", "--nope"], in: folder)
        #expect(usage.code == 64)
        #expect(usage.stderr.hasPrefix("Error: Unknown option '--nope'"))

        try Data("{ not json".utf8).write(to: folder.appendingPathComponent("broken.json"))
        let bad = try run(["course", "import", "broken.json"], in: folder)
        #expect(bad.code == 65)
        #expect(bad.stderr.split(separator: "\n").count == 1)
        for result in [missing, usage, bad] {
            #expect(!result.stderr.contains("Fatal error"))
            #expect(!result.stderr.contains("Stack dump"))
        }
    }
}
