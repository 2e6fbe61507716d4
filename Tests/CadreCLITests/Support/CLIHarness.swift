import CadreCLI
import CadreKit
import CadreModel
import CadreStore
import CadreStorePostgres
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

    /// The PostgreSQL server the whole suite runs against instead of SQLite files, when
    /// `CADRE_TEST_STORE=postgres` and `CADRE_TEST_POSTGRES` holds a connection string
    /// (Scripts/test-postgres.sh): each harness then gets a schema of its own, dropped after,
    /// and `CADRE_DB` names it.
    /// The PostgreSQL server the tests that need one use (`CADRE_TEST_POSTGRES`), whichever
    /// engine the harness keeps its records on.
    static let server = ProcessInfo.processInfo.environment["CADRE_TEST_POSTGRES"]

    static let postgres: String? = {
        let environment = ProcessInfo.processInfo.environment
        return environment["CADRE_TEST_STORE"] == "postgres" ? environment["CADRE_TEST_POSTGRES"] : nil
    }()

    /// This harness's schema on ``postgres``.
    private var schema: String?

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cadre-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        environment = ["CADRE_USER": "tester"]
        if let server = Self.postgres {
            let schema = "cli_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            let connection = try PostgresConnection.open(server)
            defer { connection.close() }
            try connection.execute("CREATE SCHEMA \(schema)")
            self.schema = schema
            environment["CADRE_DB"] = "\(server) options='-csearch_path=\(schema)'"
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
        if let server = Self.postgres, let schema, let connection = try? PostgresConnection.open(server) {
            try? connection.execute("DROP SCHEMA \(schema) CASCADE")
            connection.close()
        }
    }

    /// Everything the harness's database holds, as a checksum: equal before and after a
    /// command that must change nothing.
    func checksum() throws -> String {
        if Self.postgres != nil, let conninfo = environment["CADRE_DB"] { return try DatabaseDump.checksum(server: conninfo) }
        return try DatabaseDump.checksum(of: databasePath)
    }

    /// What `--db` would name: the file, or the PostgreSQL schema's connection string.
    var databaseLocation: String { Self.postgres != nil ? environment["CADRE_DB"] ?? databasePath : databasePath }

    /// The harness's database as the store the commands see, on either engine.
    func openStore() throws -> any Store { try storeOpener() }

    /// What opens the harness's database, for a web app to open it with.
    var storeOpener: @Sendable () throws -> any Store {
        let (conninfo, path) = (Self.postgres != nil ? environment["CADRE_DB"] : nil, databasePath)
        return {
            if let conninfo { return try PostgresStore.open(conninfo) }
            return try Database.open(at: path)
        }
    }

    /// One value read with SQL both engines understand, for tests that look past the store.
    func scalar(_ sql: String, _ parameters: [any SQLBindable] = []) throws -> SQLValue {
        if Self.postgres != nil, let conninfo = environment["CADRE_DB"] {
            let connection = try PostgresConnection.open(conninfo)
            defer { connection.close() }
            return try connection.scalar(sql, parameters)
        }
        let database = try Database.open(at: databasePath)
        defer { database.close() }
        return try database.scalar(sql, parameters)
    }

    /// Whether this run keeps its records on PostgreSQL (tests of the SQLite file itself —
    /// backup, restore, damaged files — skip then).
    static var onPostgres: Bool { postgres != nil }

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
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }
}
