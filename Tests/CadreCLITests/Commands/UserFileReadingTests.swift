import Foundation
import Testing

/// Every file a user names is read through one function (`InputFiles`), which refuses what is
/// not a regular file before opening it: a folder, a named pipe (which would block forever), a
/// device — exit 66 with one line naming the path, never a crash or a hang.
@Suite("Reading the files users name")
struct UserFileReadingTests {
    @Test("a folder, a FIFO or a device given as a logo, a sheet, a curriculum, targets or templates: exit 66, one line, nothing stored")
    func notRegularFiles() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva"])
        let folder = cli.folder.appendingPathComponent("a-folder")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let fifo = cli.folder.appendingPathComponent("pipe.csv").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let before = try cli.checksum()
        let cases: [([String], String)] = [
            (["branding", "set", "--ministry-logo", folder.path], "is a folder"),
            (["branding", "set", "--donor-logo", fifo], "is a named pipe"),
            (["branding", "set", "--centre", "SAATLI", "--logo", "/dev/zero"], "is a device"),
            (["trainee", "import", fifo], "is a named pipe"),
            (["trainee", "import", "/dev/zero"], "is a device"),
            (["attendance", "import", fifo], "is a named pipe"),
            (["course", "import", fifo], "is a named pipe"),
            (["report", "indicators", "--targets", fifo], "is a named pipe"),
            (["branding", "set", "--ministry-logo", "no-such-logo.png"], "no such file"),
        ]
        for (arguments, words) in cases {
            let started = Date()
            let result = cli.run(arguments)
            #expect(result.exitCode == 66, "\(arguments): \(result.exitCode) \(result.stderr)")
            #expect(result.stderr.contains(words) && result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Fatal error") && Date().timeIntervalSince(started) < 10, "\(arguments): no crash, no hang")
            #expect(try cli.checksum() == before, "\(arguments): nothing stored")
        }
    }

    @Test("no other code in Sources reads a file by itself: every read of a user's file goes through InputFiles")
    func oneReadingFunction() throws {
        let sources = ReadmeWalkthroughTests.repository.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") && !$0.hasPrefix("Fuzz/") && $0 != "CadreKit/Import/InputFiles.swift" }
        #expect(files.count > 200)
        let readers = ["FileHandle(forReading", "Data(contentsOf", "String(contentsOf", "contents(atPath", "readData(", "fopen(", "NSData(contentsOf"]
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for reader in readers where text.contains(reader) {
                // The demo reads back the pages it has itself just written; nothing a user named.
                if file == "CadreCLI/Commands/DemoCommand.swift" && reader == "String(contentsOf" { continue }
                Issue.record("\(file) reads a file with \(reader); use InputFiles.read")
            }
        }
    }
}

/// The database path and output paths, against the README's exit codes: no SQLite error text
/// reaches a user.
@Suite("Database and output paths: exit codes and words")
struct DatabasePathTests {
    @Test("a folder as the database, a missing folder for a new one, a damaged file, a folder to restore from; an output that cannot be written", .disabled(if: CLIHarness.onPostgres, "SQLite files and folders"))
    func paths() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva"])
        try FileManager.default.createDirectory(at: cli.folder.appendingPathComponent("a-folder"), withIntermediateDirectories: true)
        let database = try Data(contentsOf: URL(fileURLWithPath: cli.databasePath))
        try database.prefix(8192).write(to: cli.folder.appendingPathComponent("truncated.sqlite"))
        try cli.write("a-file", "x")
        let cases: [([String], Int32, String)] = [
            (["trainee", "list", "--db", "a-folder"], 66, "'\(cli.folder.appendingPathComponent("a-folder").path)' is a folder, not a database file"),
            (["init", "--db", "no-such-folder/cadre.sqlite"], 66, "its folder does not exist"),
            (["trainee", "list", "--db", "truncated.sqlite"], 65, "is damaged (part of the file is missing or overwritten); restore it from a backup with 'cadre restore BACKUP'"),
            (["restore", "a-folder", "--force"], 66, "is a folder, not a database file"),
            (["sheet", "DV-SAATLI-2021-10", "--out", "a-file/sheets"], 77, "cannot be created"),
            (["report", "trained", "--format", "csv", "--out", "a-file/report.csv"], 66, "no such folder"),
        ]
        for (arguments, code, words) in cases {
            let result = cli.run(arguments)
            #expect(result.exitCode == code, "\(arguments): \(result.exitCode) \(result.stderr)")
            #expect(result.stderr.contains(words) && !result.stderr.contains("SQLite error"), "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): one line")
        }
        let doctor = cli.run("doctor", "--db", "truncated.sqlite")
        #expect(doctor.stdout.contains("is damaged") && doctor.stdout.contains("cadre restore"), "\(doctor.stdout)")
    }
}
