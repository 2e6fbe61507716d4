import CSQLite
import CadreKit
import CadreModel
import CadreStore
import Foundation
import Testing

@Suite("Database")
struct DatabaseTests {
    @Test("a new database file is private (0600) and has Cadre's pragmas set")
    func newDatabaseIsPrivateAndConfigured() throws {
        let folder = try TemporaryFolder()
        let database = try Database.open(at: folder.path("cadre.sqlite"), mode: .create)
        defer { database.close() }
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.path("cadre.sqlite"))
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try database.scalar("PRAGMA journal_mode").stringValue == "wal")
        #expect(try database.scalar("PRAGMA foreign_keys").intValue == 1)
        #expect(try database.scalar("PRAGMA synchronous").intValue == 2)
        #expect(try database.scalar("PRAGMA secure_delete").intValue == 1)
        #expect(try database.scalar("PRAGMA busy_timeout").intValue ?? 0 >= 5000)
    }

    @Test("automatic checkpoints are off; checkpoints run under the exclusive lock and truncate the WAL")
    func checkpoints() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("cadre.sqlite")
        let database = try Database.open(at: path, mode: .create)
        defer { database.close() }
        #expect(try database.scalar("PRAGMA wal_autocheckpoint").intValue == 0)
        for index in 0..<200 {
            try database.write { try $0.execute("INSERT INTO setting (key, value) VALUES (?, ?)", ["k\(index)", String(repeating: "x", count: 500)]) }
        }
        let before = try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber
        #expect((before?.intValue ?? 0) > 0)
        try database.checkpoint()
        #expect((try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber)?.intValue == 0)
        let lock = try FileManager.default.attributesOfItem(atPath: path + "-lock")
        #expect((lock[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try database.scalar("SELECT count(*) FROM setting").intValue == 200)
    }

    @Test("closing does not wait for another program's reader to let the WAL be truncated")
    func closeDoesNotWaitForReaders() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("cadre.sqlite")
        try Database.open(at: path, mode: .create).close()
        // Another program (a database browser, a long report) holds a read snapshot open.
        var reader: OpaquePointer?
        guard sqlite3_open(path, &reader) == SQLITE_OK else { throw StoreError(code: 1, message: "open failed") }
        defer { sqlite3_close(reader) }
        #expect(sqlite3_exec(reader, "BEGIN; SELECT count(*) FROM setting;", nil, nil, nil) == SQLITE_OK)
        let database = try Database.open(at: path)
        try database.write { database in
            for index in 0..<50 { try database.execute("INSERT INTO setting (key, value) VALUES (?, ?)", ["k\(index)", String(repeating: "x", count: 100_000)]) }
        }
        let wal = try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber
        #expect((wal?.intValue ?? 0) > Database.checkpointThreshold, "the WAL is past the size that makes close checkpoint")
        // Not a speed check: the stall this guards against is the whole busy timeout (10 s);
        // a close that does not wait takes milliseconds.
        let start = Date()
        database.close()
        #expect(Date().timeIntervalSince(start) < Double(Database.busyTimeoutMilliseconds) / 2000)
        #expect(sqlite3_exec(reader, "COMMIT", nil, nil, nil) == SQLITE_OK)
        let again = try Database.open(at: path)
        #expect(try again.scalar("SELECT count(*) FROM setting WHERE key LIKE 'k%'").intValue == 50, "everything written is kept")
        again.close()
    }

    @Test("a write transaction whose body throws leaves nothing behind")
    func rollbackOnThrow() throws {
        let database = try Database.inMemory()
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try database.write { database in
                try database.execute("INSERT INTO setting (key, value) VALUES (?, ?)", ["a", "1"])
                try database.execute("INSERT INTO setting (key, value) VALUES (?, ?)", ["b", "2"])
                throw Boom()
            }
        }
        #expect(try database.scalar("SELECT count(*) FROM setting").intValue == 0)
        #expect(!database.isInTransaction)
    }

    @Test("a nested write that throws rolls back only its own part")
    func nestedSavepoint() throws {
        let database = try Database.inMemory()
        struct Boom: Error {}
        try database.write { database in
            try database.execute("INSERT INTO setting (key, value) VALUES (?, ?)", ["kept", "1"])
            try? database.write { database in
                try database.execute("INSERT INTO setting (key, value) VALUES (?, ?)", ["dropped", "2"])
                throw Boom()
            }
        }
        #expect(try database.rows("SELECT key FROM setting").compactMap { $0.string(at: 0) } == ["kept"])
    }

    @Test("a committed write is visible to a second connection")
    func commitIsDurableAcrossConnections() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("cadre.sqlite")
        let first = try Database.open(at: path, mode: .create)
        try first.write { try $0.execute("INSERT INTO setting (key, value) VALUES ('lang', 'en')") }
        let second = try Database.open(at: path)
        #expect(try SettingStore(second).value("lang") == "en")
        first.close()
        second.close()
    }

    @Test("errors carry SQLite's code, message and the SQL")
    func storeErrorDescription() throws {
        let database = try Database.inMemory()
        try database.execute("INSERT INTO setting (key, value) VALUES (?, ?)", ["lang", "az"])
        let error = try #require(throws: StoreError.self) {
            try database.execute("INSERT INTO setting (key, value) VALUES (?, ?)", ["lang", "en"])
        }
        #expect(error.code == 19)
        #expect(error.description == "SQLite error 19: UNIQUE constraint failed: setting.key - while executing INSERT INTO setting (key, value) VALUES (?, ?)")
    }

    @Test("values are bound, never spliced: quotes and SQL in values are stored as text")
    func boundParameters() throws {
        let database = try Database.inMemory()
        let hostile = "x'); DROP TABLE setting; --\u{0}after NUL"
        try database.execute("INSERT INTO setting (key, value) VALUES (?, ?)", ["k", hostile])
        #expect(try SettingStore(database).value("k") == hostile)
        #expect(try database.scalar("SELECT count(*) FROM setting").intValue == 1)
    }

    @Test("migrations run once, in order, and are recorded")
    func migrationsAreRecorded() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("cadre.sqlite")
        try Database.open(at: path, mode: .create).close()
        let database = try Database.open(at: path)
        defer { database.close() }
        let names = try database.rows("SELECT name FROM cadre_migration ORDER BY position").compactMap { $0.string(at: 0) }
        #expect(names == Schema.migrations.map(\.name))
        #expect(try database.scalar("PRAGMA user_version").intValue == Schema.migrations.count)
        #expect(try database.scalar("PRAGMA application_id").intValue == Int(Database.applicationID))
        #expect(try database.scalar("SELECT count(*) FROM profession").intValue == ProfessionCatalog.all.count)
    }

    @Test("migration 004 keeps every mark and keys marks by enrolment and session")
    func attendanceMigrationKeepsMarks() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("before-004.sqlite")
        try Database.open(at: path, mode: .create, migrations: Array(Schema.migrations.prefix(3))).close()
        // Foreign keys are off on this raw connection, so the marks' enrolment and sessions can
        // stand alone; the migration itself runs with them on, as Cadre always does.
        try rawExecute(path, """
            INSERT INTO enrollment (id, event_id, trainee_id, status, enrolled_at) VALUES ('e1', 'ev', 't', 'enrolled', '2021-10-01T00:00:00Z');
            INSERT INTO training_session (id, event_id, number, date, start_time, end_time, minutes)
                VALUES ('s1', 'ev', 1, '2021-10-25', '09:00', '12:00', 180), ('s2', 'ev', 2, '2021-10-26', '09:00', '12:00', 180);
            INSERT INTO attendance VALUES ('m1', 'e1', 's1', 'present', 'on time', 'centre', '2021-10-25T09:30:00Z');
            INSERT INTO attendance VALUES ('m2', 'e1', 's2', 'late', NULL, 'centre', '2021-10-26T09:30:00Z');
            """)
        // Up to 004 only: these ids are not UUIDs, which 007 (integer keys) would refuse.
        let database = try Database.open(at: path, migrations: Array(Schema.migrations.prefix(4)))
        defer { database.close() }
        let rows = try database.rows("SELECT id, enrollment_id, session_id, status, note FROM attendance ORDER BY id")
        #expect(rows.map { $0.values.map(\.stringValue) } == [
            ["m1", "e1", "s1", "present", "on time"], ["m2", "e1", "s2", "late", nil],
        ])
        let ddl = try database.scalar("SELECT sql FROM sqlite_master WHERE name = 'attendance'").stringValue ?? ""
        #expect(ddl.contains("PRIMARY KEY (enrollment_id, session_id)") && ddl.contains("WITHOUT ROWID"))
        #expect(try database.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'attendance_session'").intValue == 1)
    }

    @Test("migrations 005 and 006 repair stale event dates and keep the date old certificates always showed")
    func eventDatesAndIssueDatesMigration() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("before-005.sqlite")
        try Database.open(at: path, mode: .create, migrations: Array(Schema.migrations.prefix(4))).close()
        try rawExecute(path, """
            INSERT INTO training_event (id, code, course_id, start_date, end_date, status, created_at)
                VALUES ('ev', 'DV-1', 'c', '2021-10-28', '2021-11-01', 'running', '2021-10-01T00:00:00Z'),
                       ('empty', 'DV-2', 'c', '2021-12-01', '2021-12-02', 'completed', '2021-10-01T00:00:00Z');
            INSERT INTO training_session (id, event_id, number, date, start_time, end_time, minutes, status)
                VALUES ('s1', 'ev', 1, '2021-10-28', '09:00', '12:00', 180, 'planned'), ('s2', 'ev', 2, '2021-10-30', '09:00', '12:00', 180, 'planned'),
                       ('s3', 'ev', 3, '2021-11-01', '09:00', '12:00', 180, 'cancelled');
            INSERT INTO enrollment (id, event_id, trainee_id, status, enrolled_at) VALUES ('e1', 'ev', 't', 'enrolled', '2021-10-01T00:00:00Z');
            INSERT INTO certificate (id, serial, series, year, sequence, verification_code, enrollment_id, issued_at, issued_by)
                VALUES ('c1', 'DV-2021-00001', 'DV', 2021, 1, 'AAAA-BBBB-CCCC-DDDD', 'e1', '2026-11-29T21:30:00Z', 'centre');
            """)
        // Up to 006 only: these ids are not UUIDs, which 007 (integer keys) would refuse.
        let database = try Database.open(at: path, migrations: Array(Schema.migrations.prefix(6)))
        defer { database.close() }
        let events = try database.rows("SELECT code, start_date, end_date, status FROM training_event ORDER BY code")
        #expect(events.map { $0.values.map(\.stringValue) } == [
            ["DV-1", "2021-10-28", "2021-10-30", "planned"], ["DV-2", "2021-12-01", "2021-12-02", "completed"],
        ])
        // 21:30 UTC is already the next day in Baku: the date the certificate was printed with.
        #expect(try database.scalar("SELECT issue_date FROM certificate").stringValue == "2026-11-30")
        try database.write { try $0.execute("UPDATE training_session SET status = 'planned' WHERE id = 's3'") }
        #expect(try database.scalar("SELECT end_date FROM training_event WHERE id = 'ev'").stringValue == "2021-11-01")
        try database.write { try $0.execute("UPDATE training_event SET start_date = '2020-01-01' WHERE id = 'ev'") }
        #expect(try database.scalar("SELECT start_date FROM training_event WHERE id = 'ev'").stringValue == "2021-10-28", "sessions decide")
    }

    @Test("a missing file is reported, not created")
    func missingFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("absent.sqlite")
        #expect(throws: DatabaseError.missing(path: path)) { try Database.open(at: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("init refuses to overwrite an existing file")
    func createRefusesExisting() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("notes.txt", "keep me")
        #expect(throws: DatabaseError.alreadyExists(path: file.path)) { try Database.open(at: file.path, mode: .create) }
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me")
    }

    @Test("a file that is not SQLite is refused and left byte-for-byte unchanged")
    func notSQLiteIsRefused() throws {
        let folder = try TemporaryFolder()
        let text = String(repeating: "full_name,sex\nAyşə Əliyeva,qadın\n", count: 200)
        let file = try folder.write("trainees.csv", text)
        #expect(throws: DatabaseError.notADatabase(path: file.path)) { try Database.open(at: file.path) }
        #expect(try Data(contentsOf: file) == Data(text.utf8))
        #expect(!FileManager.default.fileExists(atPath: file.path + "-wal"))
    }

    @Test("another program's SQLite database is refused and left unchanged")
    func foreignDatabaseIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("other.sqlite")
        try rawExecute(path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: DatabaseError.foreignDatabase(path: path)) { try Database.open(at: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a database from a newer Cadre is refused and left unchanged")
    func newerDatabaseIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("newer.sqlite")
        try Database.open(at: path, mode: .create).close()
        let future = Schema.migrations.count + 5
        try rawExecute(path, "PRAGMA user_version = \(future);")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: DatabaseError.newerSchema(path: path, found: future, supported: Schema.migrations.count)) {
            try Database.open(at: path)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a database with a migration this version does not know is refused")
    func unknownMigrationIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("branch.sqlite")
        try Database.open(at: path, mode: .create).close()
        try rawExecute(path, "INSERT INTO cadre_migration VALUES (99, '099-from-the-future', '2030-01-01T00:00:00Z');")
        #expect(throws: DatabaseError.self) { try Database.open(at: path) }
    }

    @Test("the audit log refuses UPDATE and DELETE, even in hand-written SQL")
    func auditLogIsAppendOnly() throws {
        let database = try Database.inMemory()
        try AuditStore(database).append(AuditEntry(id: UUID(), at: Date(), actor: "test", action: "test.action", entity: "test"))
        let update = try #require(throws: StoreError.self) { try database.execute("UPDATE audit_log SET actor = 'someone else'") }
        #expect(update.message.contains("cannot be changed"))
        #expect(throws: StoreError.self) { try database.execute("DELETE FROM audit_log") }
        #expect(try database.scalar("SELECT actor FROM audit_log").stringValue == "test")
    }

    @Test("foreign keys are enforced")
    func foreignKeysEnforced() throws {
        let database = try Database.inMemory()
        let error = try #require(throws: StoreError.self) {
            try database.execute("INSERT INTO course_audience (course_id, profession_code) VALUES ('nope', 'judge')")
        }
        #expect(error.message.contains("FOREIGN KEY"))
    }

    /// Runs SQL through the C API directly, as another program would.
    private func rawExecute(_ path: String, _ sql: String) throws {
        var handle: OpaquePointer?
        guard sqlite3_open(path, &handle) == SQLITE_OK else { throw StoreError(code: 1, message: "open failed") }
        defer { sqlite3_close(handle) }
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else {
            throw StoreError(code: 1, message: String(cString: sqlite3_errmsg(handle)))
        }
    }
}
