import Foundation
import Testing

@Suite("cadre backup, restore and doctor")
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
}
