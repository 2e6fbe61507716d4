import CadreStorePostgres
import Foundation
import Testing

/// `cadre copy` from the command line: what it refuses before touching anything, and a copy
/// whose reports read the same on both sides.
@Suite("cadre copy")
struct CopyCommandTests {
    @Test("refused in one line: both sides files or both servers, a side missing, a file target that exists")
    func refusals() throws {
        let cli = try CLIHarness()
        try cli.write("a.sqlite", "")
        try cli.write("b.sqlite", "")
        let bothFiles = cli.run("copy", "--from", "a.sqlite", "--to", "b.sqlite")
        #expect(bothFiles.exitCode == 64 && bothFiles.stderr.contains("both --from and --to are files; copy a file with 'cadre backup'"))
        let bothServers = cli.run("copy", "--from", "postgresql://a/x", "--to", "host=/tmp dbname=y")
        #expect(bothServers.exitCode == 64 && bothServers.stderr.contains("copy between servers with pg_dump"))
        #expect(cli.run("copy", "--from", "a.sqlite").stderr.contains("needs both --from and --to"))
        let missing = cli.run("copy", "--from", "nowhere.sqlite", "--to", "postgresql://cadre@localhost/cadre")
        #expect(missing.exitCode != 0 && missing.stderr.contains("nowhere.sqlite: does not exist"), "\(missing.stderr)")
        let exists = cli.run("copy", "--from", "postgresql://cadre@localhost/cadre", "--to", "b.sqlite")
        #expect(exists.exitCode != 0 && exists.stderr.contains("b.sqlite: already exists; use --force"), "\(exists.stderr)")
        #expect(try cli.read("b.sqlite").isEmpty, "untouched")
    }

    @Test("a round copied to the other engine reports the same; the password never printed", .enabled(if: CLIHarness.server != nil))
    func copies() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva", "Rəşad Abbasov", "Leyla Orucova"])
        #expect(cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "1", "--all-present").exitCode == 0)
        let shown = ["trainee list", "attendance show DV-SAATLI-2021-10 --json", "completion DV-SAATLI-2021-10 --json"].map { cli.run($0.split(separator: " ").map(String.init)).stdout }
        #expect(shown.allSatisfy { !$0.isEmpty } && shown[1].contains("Rəşad Abbasov"))
        // The other side: a new file when the harness keeps its records on PostgreSQL, else a schema of its own.
        let schema = "copy_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let admin = try PostgresConnection.open(try #require(CLIHarness.server))
        defer {
            try? admin.execute("DROP SCHEMA IF EXISTS \(schema) CASCADE")
            admin.close()
        }
        let other: String
        if CLIHarness.onPostgres {
            other = cli.folder.appendingPathComponent("copy.sqlite").path
        } else {
            try admin.execute("CREATE SCHEMA \(schema)")
            other = "\(try #require(CLIHarness.server)) password=secret-word options='-csearch_path=\(schema)'"
        }
        let copied = cli.run("copy", "--from", cli.databaseLocation, "--to", other)
        #expect(copied.exitCode == 0, "\(copied.stderr)")
        #expect(copied.stdout.hasPrefix("Copied ") && copied.stderr.contains("copied attendance: 3 rows"))
        #expect(!copied.stdout.contains("secret-word") && !copied.stderr.contains("secret-word"))
        let there = ["trainee list", "attendance show DV-SAATLI-2021-10 --json", "completion DV-SAATLI-2021-10 --json"].map {
            cli.run($0.split(separator: " ").map(String.init) + ["--db", other]).stdout
        }
        #expect(there == shown)
        let again = cli.run("copy", "--from", cli.databaseLocation, "--to", other)
        #expect(again.exitCode != 0, "a second copy into the same target is refused")
    }
}
