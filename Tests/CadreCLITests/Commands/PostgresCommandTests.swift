import CadreStorePostgres
import Foundation
import Testing

/// The commands on a PostgreSQL database named by `--db`: `doctor`'s checks, the file-only
/// commands refused, and a server that cannot be reached told in one line.
@Suite("Commands on a PostgreSQL database")
struct PostgresCommandTests {
    @Test("backup and restore name pg_dump and cadre copy; the demo wants a file; an unreachable server is one line, exit 1, nothing created")
    func refusals() throws {
        let cli = try CLIHarness()
        let backup = cli.run("backup", "copy.sqlite", "--db", "postgresql://cadre@127.0.0.1:1/cadre")
        #expect(backup.exitCode == 65 && backup.stderr.contains("back up a PostgreSQL database with pg_dump"), "\(backup.stderr)")
        let restore = cli.run("restore", "copy.sqlite", "--force", "--db", "postgresql://cadre@127.0.0.1:1/cadre")
        #expect(restore.exitCode == 65 && restore.stderr.contains("pg_restore"), "\(restore.stderr)")
        let unreachable = cli.run("trainee", "list", "--db", "postgresql://cadre@127.0.0.1:1/cadre")
        #expect(unreachable.exitCode == 1 && unreachable.stderr.hasPrefix("Error: PostgreSQL error 08001: "), "\(unreachable.stderr)")
        #expect(unreachable.stderr.split(separator: "\n").count <= 3)
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("postgresql:").path))
        for arguments in [["demo"], ["serve", "--demo"]] {
            let demo = cli.run(arguments + ["--db", "postgresql://cadre@127.0.0.1:1/cadre"])
            #expect(demo.exitCode == 64 && demo.stderr.contains("the demo builds its own SQLite file"), "\(arguments): \(demo.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("cadre-demo").path), "nothing made")
    }

    @Test("doctor: the server and schema version when healthy; no schema; a role that may only read", .enabled(if: CLIHarness.server != nil))
    func doctor() throws {
        let server = try #require(CLIHarness.server)
        let schema = "doctor_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let role = "reader_" + schema.suffix(8)
        let admin = try PostgresConnection.open(server)
        defer {
            try? admin.execute("DROP SCHEMA IF EXISTS \(schema) CASCADE")
            try? admin.execute("DROP ROLE IF EXISTS \(role)")
            admin.close()
        }
        try admin.execute("CREATE SCHEMA \(schema)")
        let location = "\(server) options='-csearch_path=\(schema)'"
        let cli = try CLIHarness()
        let empty = cli.run("doctor", "--db", location)
        #expect(empty.exitCode == 1 && empty.stdout.contains("problem: holds no Cadre schema; create one with 'cadre init'"), "\(empty.stdout)")
        #expect(cli.run("init", "--db", location).exitCode == 0)
        let healthy = cli.run("doctor", "--db", location)
        #expect(healthy.exitCode == 0 && healthy.stdout.hasPrefix("PostgreSQL ") && healthy.stdout.contains("schema version \(PostgresMigrations.all.count)\nHealthy."), "\(healthy.stdout)")
        try admin.execute("CREATE ROLE \(role) LOGIN")
        try admin.execute("GRANT USAGE ON SCHEMA \(schema) TO \(role)")
        try admin.execute("GRANT SELECT ON ALL TABLES IN SCHEMA \(schema) TO \(role)")
        let asReader = location.replacingOccurrences(of: "user=postgres", with: "user=\(role)")
        let reader = cli.run("doctor", "--db", asReader)
        #expect(reader.exitCode == 1 && reader.stdout.contains("problem: the role \(role) may not read and change actor, app_user"), "\(reader.stdout)")
        let write = cli.run("centre", "add", "--code", "X", "--name", "X", "--db", asReader)
        #expect(write.exitCode != 0 && write.stderr.contains("permission denied"), "\(write.stderr)")
    }
}
