import CadreKit
import CadreStore
import Foundation
import Testing

/// A value in the database that cannot be what its column promises is reported — naming the
/// table, the column and the row — never read as a plausible wrong value.
@Suite("damaged values are reported, not guessed", .disabled(if: CLIHarness.onPostgres, "values damaged behind SQLite's back; PostgreSQL's types and CHECKs refuse them"))
struct DamagedDataTests {
    /// Changes stored values behind Cadre's back, as a hand edit or a damaged disk would,
    /// CHECK constraints off.
    func damage(_ cli: CLIHarness, _ sql: String) throws {
        let database = try Database.open(at: cli.databasePath)
        defer { database.close() }
        try database.executeScript("PRAGMA ignore_check_constraints = ON")
        try database.write { try $0.executeScript(sql) }
    }

    @Test("a damaged timestamp names trainee.created_at and the row")
    func damagedTimestamp() throws {
        let cli = try CLIHarness()
        cli.run("init")
        #expect(cli.run("trainee", "add", "--name", "Aynur Əliyeva", "--sex", "f", "--profession", "judge").exitCode == 0)
        let stored = try Database.open(at: cli.databasePath).scalar("SELECT uuid FROM trainee")
        guard case .blob(let bytes) = stored, bytes.count == 16 else { Issue.record("no id stored: \(stored)"); return }
        let id = bytes.withUnsafeBytes { UUID(uuid: $0.loadUnaligned(as: uuid_t.self)) }.databaseText
        try damage(cli, "UPDATE trainee SET created_at = 'yesterday'")
        let shown = cli.run("trainee", "show", "T-00001")
        #expect(shown.exitCode == 1)
        #expect(shown.stderr == "Error: the database is damaged: trainee.created_at of row \(id) holds \"yesterday\", which is not a time like 2021-10-25T09:30:00Z; run 'cadre doctor' and restore a backup\n")
        // A time in another shape is damaged too, not another way of writing it.
        try damage(cli, "UPDATE trainee SET created_at = '2021-10-25 09:30:00Z'")
        #expect(cli.run("trainee", "show", "T-00001").stderr.contains("trainee.created_at"))
    }

    @Test("a damaged id names certificate.id; a damaged status names its column")
    func damagedIdAndStatus() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva"])
        for session in 1...6 { cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "\(session)", "--all-present") }
        cli.run("assessment", "record", "DV-SAATLI-2021-10", "P1", "--post", "18")
        #expect(cli.run("certificate", "issue", "DV-SAATLI-2021-10").exitCode == 0)
        try damage(cli, "UPDATE certificate SET uuid = 'not-an-id'")
        let verified = cli.run("certificate", "verify", "DV-2021-00001")
        #expect(verified.exitCode == 1)
        #expect(verified.stderr == "Error: the database is damaged: certificate.id of row not-an-id holds \"not-an-id\", which is not an id; run 'cadre doctor' and restore a backup\n")
        try damage(cli, "UPDATE training_session SET status = 'maybe' WHERE number = 2")
        let listed = cli.run("session", "list", "DV-SAATLI-2021-10")
        #expect(listed.exitCode == 1)
        #expect(listed.stderr.contains("training_session.status of row ") && listed.stderr.contains("holds \"maybe\""))
        // Bytes that are not an id's sixteen are shown as SQL writes them.
        try damage(cli, "UPDATE training_session SET status = 'planned'; UPDATE certificate SET uuid = x'0102'")
        #expect(cli.run("certificate", "verify", "DV-2021-00001").stderr.contains("certificate.id of row x'0102' holds \"x'0102'\", which is not an id"))
    }
}
