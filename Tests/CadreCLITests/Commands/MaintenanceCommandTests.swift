import CSQLite
import CadreStore
import Foundation
import Testing

@Suite("cadre backup, restore and doctor", .disabled(if: CLIHarness.onPostgres, "the SQLite file's own backup, restore and health check"))
struct MaintenanceCommandTests {
    @Test("backup makes a private, healthy copy; restore checks it first and replaces everything; doctor reports")
    func backupRestoreDoctor() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva", "Rəşad Abbasov"])
        #expect(cli.run("backup", "backup.sqlite").exitCode == 0)
        let backup = cli.folder.appendingPathComponent("backup.sqlite").path
        let attributes = try FileManager.default.attributesOfItem(atPath: backup)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(!FileManager.default.fileExists(atPath: backup + "-wal"), "a single self-contained file")
        #expect(cli.run("backup", "backup.sqlite").exitCode == 1, "never overwritten without --force")
        #expect(cli.run("doctor", "--db", "backup.sqlite").stdout.hasSuffix("Healthy.\n"))

        cli.run("trainee", "add", "--name", "After Backup", "--sex", "m", "--profession", "judge")
        #expect(cli.run("trainee", "list").stdout.hasSuffix("3 trainees\n"))
        #expect(cli.run("restore", "backup.sqlite").exitCode == 1, "needs --force to replace the current database")
        try cli.write("junk.sqlite", "not a database")
        let junk = cli.run("restore", "junk.sqlite", "--force")
        #expect(junk.exitCode == 65)
        #expect(cli.run("trainee", "list").stdout.hasSuffix("3 trainees\n"), "nothing changed")
        #expect(cli.run("restore", "backup.sqlite", "--force").exitCode == 0)
        #expect(cli.run("trainee", "list").stdout.hasSuffix("2 trainees\n"))
        #expect(cli.run("restore", "backup.sqlite", "--db", "fresh.sqlite").exitCode == 0, "restoring to a new file creates it")
        #expect(cli.run("event", "list", "--db", "fresh.sqlite").stdout.contains("DV-SAATLI-2021-10"))

        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: cli.databasePath)
        let doctor = cli.run("doctor")
        #expect(doctor.exitCode == 0)
        #expect(doctor.stdout.contains("warning: \(cli.databasePath) is readable by others"))
        let foreign = cli.run("doctor", "--db", "junk.sqlite")
        #expect(foreign.exitCode == 1)
        #expect(foreign.stdout.contains("problem: is not an SQLite database"))
        #expect(cli.run("doctor", "--db", "absent.sqlite").exitCode == 66)
    }

    @Test("a database of the previous release: backup copies it as it is; the first command says it upgrades it, then works; doctor passes")
    func upgradeAnOlderDatabase() throws {
        let cli = try CLIHarness()
        let sql = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("CadreKitTests/Fixtures/schema-6.sql"), encoding: .utf8)
        var handle: OpaquePointer?
        #expect(sqlite3_open(cli.databasePath, &handle) == SQLITE_OK)
        #expect(sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK)
        sqlite3_close(handle)

        let backup = cli.run("backup", "before-upgrade.sqlite")
        #expect(backup.exitCode == 0 && backup.stderr.isEmpty, "a backup does not upgrade: \(backup.stderr)")
        let listed = cli.run("event", "list")
        #expect(listed.exitCode == 0)
        #expect(listed.stdout.contains("DV-SAATLI-2021-10"))
        #expect(listed.stderr.hasPrefix("note: '\(cli.databasePath)' was made by an earlier Cadre (schema 6); upgrading it to schema \(Schema.migrations.count) rewrites "))
        #expect(listed.stderr.contains("'cadre backup FILE' copies a database without upgrading it"))
        #expect(cli.run("event", "list").stderr.isEmpty, "said once: the file is upgraded now")
        #expect(cli.run("doctor").stdout.hasSuffix("Healthy.\n"))
        #expect(cli.run("doctor", "--db", "before-upgrade.sqlite").stdout.hasPrefix("\(cli.folder.appendingPathComponent("before-upgrade.sqlite").path): schema version 6\n"))
        // The records of the old file, found as people name them: a serial, a code, a reissue.
        #expect(cli.run("certificate", "verify", "DV-2021-00001").stdout.hasPrefix("VALID: DV-2021-00001"))
        #expect(cli.run("certificate", "verify", "285F-TYR4-7QJ3-WYW3").stdout.hasPrefix("VALID: DV-2021-00001"))
        #expect(cli.run("certificate", "verify", "DV-2021-00005").stdout.hasPrefix("SUPERSEDED: DV-2021-00005 was replaced by DV-2021-00045"))
    }
}
