import CSQLite
import CadreModel
import CadreStore
import Foundation
import Testing

/// A database made by an earlier release opens, migrates and keeps every record: the
/// fixture (`Fixtures/schema-6.sql`, from `Scripts/make-store-fixture.sh`) is loaded as that
/// release left it, opened by this one, and its logical dump — every record by UUID, read
/// through `Store` — must equal the dump the release itself gave (`Fixtures/schema-6.dump.txt`).
/// When a migration changes how records are stored (issue #24), this is what shows nothing
/// was lost or changed.
@Suite("Databases of earlier releases")
struct StoreFixtureTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The fixture as the earlier release's file, made with SQLite's own C API.
    static func loadFixture(_ name: String, into path: String) throws {
        let sql = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
        var handle: OpaquePointer?
        guard sqlite3_open(path, &handle) == SQLITE_OK else { throw StoreError(code: 1, message: "cannot create \(path)") }
        defer { sqlite3_close(handle) }
        guard sqlite3_exec(handle, "PRAGMA journal_mode = WAL;" + sql, nil, nil, nil) == SQLITE_OK else {
            throw StoreError(code: 1, message: String(cString: sqlite3_errmsg(handle)))
        }
    }

    @Test("a schema-6 database opens, passes the health check and keeps every record")
    func schema6() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("old.sqlite")
        try Self.loadFixture("schema-6.sql", into: path)
        let database = try Database.open(at: path)
        let dump = try LogicalDump.text(of: database)
        database.close()
        #expect(try Database.inspect(path).problems.isEmpty)

        let expectedFile = Self.fixtures.appendingPathComponent("schema-6.dump.txt")
        if ProcessInfo.processInfo.environment["CADRE_UPDATE_GOLDEN"] == "1" {
            try Data(dump.utf8).write(to: expectedFile)
        }
        let expected = try String(contentsOf: expectedFile, encoding: .utf8)
        let (got, want) = (dump.split(separator: "\n"), expected.split(separator: "\n"))
        for (a, b) in zip(got, want) where a != b {
            Issue.record("first difference:\n  now:    \(a.prefix(300))\n  before: \(b.prefix(300))")
            break
        }
        #expect(got.count == want.count)
        // The fixture has what it promises, so an empty dump cannot pass.
        for kind in ["trainee", "trainee-ref", "event", "session", "enrollment", "mark", "score", "certificate", "audit", "holiday", "course"] {
            #expect(got.contains { $0.hasPrefix(kind + " ") }, "no \(kind) in the dump")
        }
        #expect(got.contains { $0.hasPrefix("trainee ") && $0.contains("\"mergedIntoID\"") })
        #expect(got.contains { $0.hasPrefix("trainee ") && $0.contains("\"erasedAt\"") })
        #expect(got.contains { $0.hasPrefix("certificate ") && $0.contains("\"revokedAt\"") })
        #expect(got.contains { $0.hasPrefix("certificate ") && $0.contains("\"supersededByID\"") })
        #expect(got.contains { $0.hasPrefix("enrollment ") && $0.contains("\"waitlisted\"") })
    }

    /// Every row of every table of the file, read with the C API as another program would:
    /// equal before and after exactly when nothing was stored or lost.
    static func rawContent(_ path: String) throws -> [String] {
        var handle: OpaquePointer?
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else { throw StoreError(code: 1, message: "cannot open \(path)") }
        defer { sqlite3_close(handle) }
        func rows(_ sql: String) -> [String] {
            var statement: OpaquePointer?
            guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else { return ["cannot read: \(sql)"] }
            defer { sqlite3_finalize(statement) }
            var result: [String] = []
            while sqlite3_step(statement) == SQLITE_ROW {
                result.append((0..<sqlite3_column_count(statement)).map { column in
                    sqlite3_column_text(statement, column).map { String(cString: $0) } ?? "NULL"
                }.joined(separator: "|"))
            }
            return result
        }
        let tables = rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        return rows("PRAGMA user_version") + rows("SELECT type, name, sql FROM sqlite_master ORDER BY name")
            + tables.flatMap { table in rows("SELECT * FROM \"\(table)\" ORDER BY 1").map { "\(table): \($0)" } }
    }

    /// Changes the fixture's file as a hand edit would (foreign keys off).
    static func damage(_ path: String, _ sql: String) throws {
        var handle: OpaquePointer?
        guard sqlite3_open(path, &handle) == SQLITE_OK else { throw StoreError(code: 1, message: "cannot open \(path)") }
        defer { sqlite3_close(handle) }
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else { throw StoreError(code: 1, message: String(cString: sqlite3_errmsg(handle))) }
    }

    @Test(
        "an upgrade that meets a value it cannot convert is refused naming it, and leaves every row as it was",
        arguments: [
            ("UPDATE trainee SET id = 'T-broken' WHERE ref = 'T-00003'", "trainee.id holds 'T-broken', which is not an id"),
            // Hex enough, but not the form Cadre writes.
            ("UPDATE trainee SET id = replace(id, '-', '') WHERE ref = 'T-00003'",
             "trainee.id holds '00000000000040008000000000000033', which is not an id"),
            ("UPDATE attendance SET marked_at = '2021-10-25 09:30' WHERE id = (SELECT min(id) FROM attendance)",
             "attendance.marked_at holds '2021-10-25 09:30', which is not a time like 2021-10-25T09:30:00Z"),
            ("UPDATE certificate SET enrollment_id = '00000000-0000-4000-8000-ffffffffffff' WHERE serial = 'DV-2021-00001'",
             "1 rows of certificate point at records that do not exist"),
        ])
    func refusedUpgrade(damage: String, reason: String) throws {
        let folder = try TemporaryFolder()
        let path = folder.path("old.sqlite")
        try Self.loadFixture("schema-6.sql", into: path)
        try Self.damage(path, damage)
        let before = try Self.rawContent(path)
        let error = try #require(throws: DatabaseError.self) { try Database.open(at: path) }
        #expect(error == .upgradeRefused(path: path, migration: "007-integer-keys", reason: reason))
        #expect(error.description.hasSuffix("; the file was left unchanged"))
        let after = try Self.rawContent(path)
        #expect(after.count > 1000 && after == before, "\(zip(after, before).first { $0 != $1 }.map { "\($0) ≠ \($1)" } ?? "")")
    }

    @Test("before an upgrade the caller hears what it rewrites; a backup copies an old file without upgrading it")
    func noticeAndBackup() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("old.sqlite")
        try Self.loadFixture("schema-6.sql", into: path)
        let before = try Self.rawContent(path)
        try Database.backup(databaseAt: path, to: folder.path("copy.sqlite"), overwrite: false)
        #expect(try Self.rawContent(path) == before, "the backup leaves the source as it is")
        #expect(try Self.rawContent(folder.path("copy.sqlite")) == before, "and copies it as it is: schema 6")

        var heard: [Database.PendingUpgrade] = []
        let database = try Database.open(at: path) { heard.append($0) }
        let marks = try database.scalar("SELECT count(*) FROM attendance").intValue ?? 0
        database.close()
        #expect(heard.count == 1)
        #expect(heard.first?.fromVersion == 6 && heard.first?.toVersion == Schema.migrations.count)
        #expect(heard.first?.migrations == Schema.migrations.dropFirst(6).map(\.name))
        #expect(heard.first?.migrations.first == "007-integer-keys")
        #expect((heard.first?.records ?? 0) > marks && marks == 380)
        var again: [Database.PendingUpgrade] = []
        try Database.open(at: path) { again.append($0) }.close()
        #expect(again.isEmpty, "an upgraded file is not upgraded twice")
        #expect(try Database.inspect(path).problems.isEmpty)
    }
}
