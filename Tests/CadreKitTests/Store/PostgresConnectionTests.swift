import CadreModel
import CadreStore
import CadreStorePostgres
import Foundation
import Testing

/// The PostgreSQL connection: statements written with SQLite's `?` numbered for PostgreSQL,
/// values read back as the SQLite store reads them, transactions all or nothing. The tests
/// that need a server run when `CADRE_TEST_POSTGRES` holds a connection string (`.ci/run`
/// starts a throwaway cluster for them: Scripts/postgres-scratch.sh), each in a schema of
/// its own that is dropped after.
@Suite("PostgreSQL connection")
struct PostgresConnectionTests {
    static let server = ProcessInfo.processInfo.environment["CADRE_TEST_POSTGRES"]

    @Test("? becomes $1, $2 … except inside literals, quoted names, comments and dollar-quoted bodies")
    func placeholders() {
        #expect(PostgresPlaceholders.numbered("SELECT ? + ?") == "SELECT $1 + $2")
        #expect(PostgresPlaceholders.numbered("SELECT '?', ? FROM \"a?b\" WHERE x = ?") == "SELECT '?', $1 FROM \"a?b\" WHERE x = $2")
        #expect(PostgresPlaceholders.numbered("SELECT 'it''s ?', ?") == "SELECT 'it''s ?', $1")
        #expect(PostgresPlaceholders.numbered("SELECT ? -- why?\n, ?") == "SELECT $1 -- why?\n, $2")
        #expect(PostgresPlaceholders.numbered("SELECT /* ? */ ?") == "SELECT /* ? */ $1")
        #expect(PostgresPlaceholders.numbered("CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1 WHERE '?' = '?' $body$ LANGUAGE sql; SELECT ?")
            == "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1 WHERE '?' = '?' $body$ LANGUAGE sql; SELECT $1")
        #expect(PostgresPlaceholders.numbered("SELECT $$?$$, ?") == "SELECT $$?$$, $1")
        #expect(PostgresPlaceholders.numbered("SELECT 'Şəhla ?', ?") == "SELECT 'Şəhla ?', $1", "letters beyond ASCII")
    }

    @Test("values in PostgreSQL's text format and back: bytes as \\x hex, uuid as its 16 bytes, booleans as 0 and 1")
    func values() {
        #expect(PostgresValue.text(.blob([0x00, 0x0a, 0xff])) == "\\x000aff")
        #expect(PostgresValue.read("\\x000aff", type: 17) == .blob([0x00, 0x0a, 0xff]))
        #expect(PostgresValue.read("\\x0g", type: 17) == .text("\\x0g"), "not hex: kept as text for the error that reports it")
        let id = UUID(uuidString: "6F1B3C2A-0000-4000-8000-00000000002A")!
        #expect(PostgresValue.read("6f1b3c2a-0000-4000-8000-00000000002a", type: 2950) == id.sqlValue, "the same bytes SQLite keeps")
        #expect(PostgresValue.read("t", type: 16) == .integer(1) && PostgresValue.read("f", type: 16) == .integer(0))
        #expect(PostgresValue.read("9007199254740993", type: 20) == .integer(9_007_199_254_740_993))
        #expect(PostgresValue.read("2.5", type: 701) == .real(2.5))
        #expect(PostgresValue.text(.null) == nil && PostgresValue.text(.real(0.1)) == "0.1")
    }

    @Test("a connection that cannot be made is a clear error naming no password")
    func refused() {
        #expect {
            _ = try PostgresConnection.open("host=/nonexistent-cadre-socket port=1 user=cadre password=secret-Ə dbname=cadre connect_timeout=2")
        } throws: { error in
            let message = String(describing: error)
            return (error as? PostgresError)?.sqlState == "08001" && message.contains("/nonexistent-cadre-socket") && !message.contains("secret")
        }
    }

    /// A connection whose statements run in a schema of their own, dropped by `body`'s end.
    func withScratchSchema(_ body: (PostgresConnection) throws -> Void) throws {
        let connection = try PostgresConnection.open(try #require(Self.server))
        let schema = "cadre_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try connection.execute("CREATE SCHEMA \(schema)")
        try connection.execute("SET search_path TO \(schema)")
        defer {
            try? connection.execute("DROP SCHEMA \(schema) CASCADE")
            connection.close()
        }
        try body(connection)
    }

    /// A migrated PostgreSQL schema of its own and a fresh SQLite database in memory, for
    /// running the same store calls through both.
    func withBothEngines(_ body: (PostgresConnection, Database) throws -> Void) throws {
        try withScratchSchema { db in
            try PostgresMigrations.migrate(db)
            let sqlite = try Database.inMemory()
            defer { sqlite.close() }
            try body(db, sqlite)
        }
    }

    @Test("bound values round-trip unchanged: Unicode names, quotes, NULL, numbers, bytes, ids", .enabled(if: server != nil))
    func roundTrip() throws {
        try withScratchSchema { db in
            #expect(db.serverVersion >= 120_000)
            try db.execute("CREATE TABLE t (id uuid PRIMARY KEY, name text, n bigint, x double precision, b bytea, flag boolean)")
            let id = UUID()
            let name = "Əliyeva Şəhla'); DROP TABLE t; -- İ ı Ğ ğ Ö ö Ü ü Ç ç, Ёлка"
            try db.execute("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)", [id, name, 9_007_199_254_740_993, 0.1, SQLValue.blob([0, 1, 254, 255]), true])
            try db.execute("INSERT INTO t (id) VALUES (?)", [UUID()])
            let row = try #require(try db.row("SELECT id, name, n, x, b, flag FROM t WHERE id = ?", [id]))
            #expect(row["id"] == id.sqlValue && row["name"] == .text(name) && row["n"] == .integer(9_007_199_254_740_993))
            #expect(row["x"] == .real(0.1) && row["b"] == .blob([0, 1, 254, 255]) && row["flag"] == .integer(1))
            #expect(try db.scalar("SELECT count(*) FROM t WHERE name IS NULL AND n IS NULL") == .integer(1))
            #expect(try db.scalar("SELECT count(*) FROM t") == .integer(2), "the table is still there")
        }
    }

    @Test("a transaction is all or nothing; a constraint violation is reported as one, with its SQLSTATE", .enabled(if: server != nil))
    func transactions() throws {
        try withScratchSchema { db in
            try db.execute("CREATE TABLE serial (year int, sequence int, UNIQUE (year, sequence))")
            #expect(throws: PostgresError.self) {
                try db.transaction { db in
                    try db.execute("INSERT INTO serial VALUES (?, ?)", [2021, 1])
                    try db.execute("INSERT INTO serial VALUES (?, ?)", [2021, 1])
                }
            }
            #expect(try db.scalar("SELECT count(*) FROM serial") == .integer(0), "the first insert was rolled back with the second")
            struct Refused: Error {}
            #expect(throws: Refused.self) {
                try db.transaction { db in
                    try db.execute("INSERT INTO serial VALUES (?, ?)", [2021, 1])
                    throw Refused()
                }
            }
            #expect(try db.scalar("SELECT count(*) FROM serial") == .integer(0), "a refusal of the code's, not the database's, rolls back too")
            do {
                try db.execute("INSERT INTO serial VALUES (?, ?)", [2021, 2])
                try db.execute("INSERT INTO serial VALUES (?, ?)", [2021, 2])
                Issue.record("a duplicate was accepted")
            } catch let error as PostgresError {
                #expect(error.sqlState == "23505" && error.isConstraintViolation && !error.isConnectionLost)
                #expect(error.description.hasPrefix("PostgreSQL error 23505: duplicate key value violates unique constraint"))
            }
            let committed = try db.transaction(serializable: true) { db in
                try db.execute("INSERT INTO serial VALUES (?, ?)", [2021, 3])
                return try db.scalar("SELECT max(sequence) FROM serial")
            }
            #expect(committed == .integer(3) && db.isOpen)
        }
    }

    @Test("the schema: migrated once under a lock even by two at once, refused when newer, its rules enforced as SQLite's are", .enabled(if: server != nil))
    func schema() throws {
        try withScratchSchema { db in
            let second = try PostgresConnection.open(try #require(Self.server))
            defer { second.close() }
            try second.execute("SET search_path TO " + (try db.scalar("SELECT current_schema()").stringValue ?? ""))
            // Two servers starting at once: one migrates, the other waits on the lock and finds nothing to do.
            let results = try [db, second].map { try PostgresMigrations.migrate($0) }
            #expect(results.sorted() == [0, PostgresMigrations.all.count])
            #expect(try db.scalar("SELECT count(*) FROM cadre_migration") == .integer(Int64(PostgresMigrations.all.count)))
            #expect(try db.scalar("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()") == .integer(38), "SQLite's tables and the migrations' own")
            #expect(try db.scalar("SELECT label_ru FROM profession WHERE code = 'judge'") == .text("Судья"), "the reference data, as SQLite's")
            #expect(try db.scalar("SELECT count(*) FROM holiday_rule").intValue ?? 0 > 5)

            // Rules: the audit log is append-only; CHECKs and foreign keys hold.
            try db.execute("INSERT INTO audit_log (id, at, actor, action, entity) VALUES ('a1', 'now', 'test', 'x', 'y')")
            for statement in ["UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"] {
                #expect { try db.execute(statement) } throws: { ($0 as? PostgresError)?.message.hasPrefix("the audit log cannot be") == true }
            }
            #expect { try db.execute("INSERT INTO centre (uuid, code, name, created_at, name_en) VALUES (?, 'X', 'X', 'now', '')", [UUID()]) } throws: {
                ($0 as? PostgresError)?.sqlState == "23514"
            }
            #expect { try db.execute("INSERT INTO venue (uuid, code, name, centre_id, created_at) VALUES (?, 'V', 'V', 99, 'now')", [UUID()]) } throws: {
                ($0 as? PostgresError)?.sqlState == "23503"
            }

            // An event's dates follow its sessions that are not cancelled.
            try db.execute("INSERT INTO course (uuid, code, version, title_az, title_en, title_ru, min_attendance_percent, max_score, total_minutes, source_name, canonical_json, imported_at) VALUES (?, 'C', 1, 'c', 'c', 'c', 80, 20, 60, 's', '{}', 'now')", [UUID()])
            try db.execute("INSERT INTO training_event (uuid, code, course_id, start_date, end_date, created_at) VALUES (?, 'E', (SELECT id FROM course), '2021-10-01', '2021-10-01', 'now')", [UUID()])
            for (number, date) in [(1, "2021-10-25"), (2, "2021-10-27")] {
                try db.execute("INSERT INTO training_session (uuid, event_id, number, date, start_time, end_time, minutes) VALUES (?, (SELECT id FROM training_event), ?, ?, '09:30', '12:30', 180)", [UUID(), number, date])
            }
            #expect(try db.row("SELECT start_date, end_date FROM training_event")?.values == [.text("2021-10-25"), .text("2021-10-27")])
            try db.execute("UPDATE training_session SET status = 'cancelled' WHERE number = 2")
            #expect(try db.row("SELECT start_date, end_date FROM training_event")?.values == [.text("2021-10-25"), .text("2021-10-25")])
            try db.execute("UPDATE training_event SET start_date = '2021-01-01'")
            #expect(try db.scalar("SELECT start_date FROM training_event") == .text("2021-10-25"), "dates are the sessions', not typed")

            // A database of a newer Cadre is refused and left as it is.
            try db.execute("INSERT INTO cadre_migration VALUES (99, 'from the future', 'now')")
            #expect { try PostgresMigrations.migrate(db) } throws: { String(describing: $0).contains("made by a newer Cadre") }
            #expect(try db.scalar("SELECT count(*) FROM cadre_migration") == .integer(Int64(PostgresMigrations.all.count + 1)))
        }
    }

    @Test("the stores written over SQLConnection run on PostgreSQL as on SQLite: settings and the web's counters", .enabled(if: server != nil))
    func sharedStores() throws {
        try withBothEngines { db, sqlite in
            /// The same calls through each engine give the same answers.
            func exercise(_ settings: some SettingStorage, _ counters: some CounterStorage) throws -> [String] {
                try settings.set("lang", to: "ru")
                try settings.set("lang", to: "az")
                try settings.set("public_url", to: "https://cadre.example.gov.az/ə")
                try settings.remove("public_url")
                try counters.setCounter(Counter(count: 3, at: 100), scope: "verify", key: "10.0.0.1")
                try counters.setCounter(Counter(count: 4, at: 160), scope: "verify", key: "10.0.0.1")
                try counters.setCounter(Counter(count: 1, at: 50), scope: "verify", key: "10.0.0.2")
                try counters.setCounter(Counter(count: 9, at: 50), scope: "login", key: "10.0.0.2 leyla")
                try counters.forgetCounters(scope: "verify", before: 100)
                try counters.removeCounter(scope: "login", key: "nobody")
                return [
                    try settings.value("lang") ?? "-", try settings.value("public_url") ?? "-",
                    "\(try counters.counter(scope: "verify", key: "10.0.0.1").map { "\($0.count)@\($0.at)" } ?? "-")",
                    "\(try counters.counter(scope: "verify", key: "10.0.0.2").map { "\($0.count)@\($0.at)" } ?? "-")",
                    "\(try counters.counter(scope: "login", key: "10.0.0.2 leyla").map { "\($0.count)@\($0.at)" } ?? "-")",
                ]
            }
            let onPostgres = try db.transaction { db in try exercise(SettingStore(db), CounterStore(db)) }
            let onSQLite = try sqlite.write { _ in try exercise(SettingStore(sqlite), CounterStore(sqlite)) }
            #expect(onPostgres == ["az", "-", "4@160", "-", "9@50"])
            #expect(onPostgres == onSQLite)
        }
    }

    @Test("users, web sessions and the reference data through the shared stores: the same answers on PostgreSQL as on SQLite", .enabled(if: server != nil))
    func sharedAccountStores() throws {
        try withBothEngines { db, sqlite in
            let userID = UUID(), created = Date(timeIntervalSince1970: 1_700_000_000)
            let hash = [UInt8](repeating: 7, count: 32)
            func exercise(_ users: some UserStorage, _ sessions: some WebSessionStorage, _ reference: some ReferenceDataStorage) throws -> [String] {
                var user = User(id: userID, login: "leyla", role: .admin, centreID: nil, passwordHash: "pbkdf2-sha256$1000$x$y", createdAt: created)
                try users.insert(user)
                user.language = .ru
                try users.update(user)
                try sessions.insert(WebSession(tokenHash: hash, userID: userID, csrfToken: "t", createdAt: created, lastSeen: created))
                try sessions.touch(tokenHash: hash, at: created.addingTimeInterval(60))
                let seen = try sessions.session(tokenHash: hash)?.lastSeen.timeIntervalSince1970
                try sessions.deleteAll(userID: userID)
                return [
                    try users.user(login: "leyla").map { "\($0.id == userID) \($0.role) \($0.language?.rawValue ?? "-")" } ?? "-",
                    "\(try users.all().count) \(seen ?? 0) \(try sessions.session(tokenHash: hash) == nil)",
                    "\(try reference.professions().count) \(try reference.regions().count)",
                    "\(try reference.profession(matching: "sosial işçi") ?? "-") \(try reference.region(matching: "Saatlı") ?? "-")",
                ]
            }
            let onPostgres = try db.transaction { db in try exercise(UserStore(db), WebSessionStore(db), ReferenceStore(db)) }
            let onSQLite = try sqlite.write { _ in try exercise(UserStore(sqlite), WebSessionStore(sqlite), ReferenceStore(sqlite)) }
            #expect(onPostgres.first == "true admin ru")
            #expect(onPostgres == onSQLite)
        }
    }

    @Test("centres, venues, trainers, holidays and branding through the shared stores: the same answers on PostgreSQL as on SQLite", .enabled(if: server != nil))
    func sharedPlaceStores() throws {
        try withBothEngines { db, sqlite in
            let centreID = UUID(), venueID = UUID(), trainerID = UUID(), at = Date(timeIntervalSince1970: 1_700_000_000)
            let logo = try BrandingImage(bytes: Array("<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"3\"/></svg>".utf8))
            func exercise(_ places: some SchedulingStorage, _ branding: some BrandingStorage) throws -> [String] {
                var centre = Centre(id: centreID, code: "SAATLI", name: "Saatlı mərkəzi", regionCode: "saatly")
                try places.insert(centre, at: at)
                centre.nameEN = "Saatlı Centre"
                try places.rename(centre)
                try places.insert(Venue(id: venueID, code: try places.nextRef(kind: "venue", prefix: "V-"), centreID: centreID, name: "Zal", capacity: 30), at: at)
                try places.insert(Trainer(id: trainerID, ref: try places.nextRef(kind: "trainer", prefix: "TR-"), fullName: "Aygün Səfərova", languages: [.az, .ru]), at: at)
                try places.addHoliday(CalendarDate(parsing: "2021-04-13")!, name: "Ramazan bayramı", by: "test", at: at)
                try branding.setImage(logo, slot: .centre, centreID: centreID, at: at)
                try branding.setSignatories([Branding.Signatory(name: "Leyla", title: LocalizedText(az: "Direktor", en: "Director", ru: "Директор"))], centreID: centreID, at: at)
                let shown = try branding.branding(centreID: centreID)
                return [
                    try places.centre("saatli").map { "\($0.id == centreID) \($0.names.en) \($0.regionCode ?? "-")" } ?? "-",
                    try places.venue("V-00001").map { "\($0.id == venueID) \($0.capacity ?? 0)" } ?? "-",
                    try places.trainer("Aygün Səfərova").map { "\($0.ref) \($0.languages)" } ?? "-",
                    "\(try places.holiday(on: CalendarDate(parsing: "2021-04-13")!) ?? "-") \(try places.holidays(in: 2021).count)",
                    "\(shown.centreLogo == logo) \(shown.signatories.map { $0.title.ru }) \(try branding.centresWithBranding() == [centreID])",
                ]
            }
            let onPostgres = try db.transaction { db in try exercise(SchedulingStore(db), BrandingStore(db)) }
            let onSQLite = try sqlite.write { _ in try exercise(SchedulingStore(sqlite), BrandingStore(sqlite)) }
            #expect(onPostgres.first == "true Saatlı Centre saatly")
            #expect(onPostgres == onSQLite)
        }
    }

    @Test("the audit log through the shared store: entries in the order written, the same on PostgreSQL as on SQLite", .enabled(if: server != nil))
    func sharedAuditStore() throws {
        try withBothEngines { db, sqlite in
            let at = Date(timeIntervalSince1970: 1_700_000_000)
            let ids = (0..<4).map { _ in UUID() }
            func exercise(_ audit: some AuditStorage) throws -> [String] {
                // Three entries in the same second: the order written decides.
                for (index, action) in ["trainee.add", "trainee.update", "centre.add", "trainee.merge"].enumerated() {
                    try audit.append(AuditEntry(
                        id: ids[index], at: at.addingTimeInterval(index == 3 ? 1 : 0), actor: "test", action: action,
                        entity: action.hasPrefix("trainee") ? "trainee" : "centre", entityID: action.hasPrefix("trainee") ? "T-1" : nil))
                }
                return [
                    try audit.entries(entity: "trainee", entityID: "T-1").map(\.action).joined(separator: " "),
                    try audit.entries(entity: "centre", entityID: nil).map(\.action).joined(separator: " "),
                    try audit.recent(actions: ["trainee.add", "trainee.update", "trainee.merge"], limit: 2).map(\.action).joined(separator: " "),
                    "\(try audit.allEntries().map(\.id) == ids)",
                ]
            }
            let onPostgres = try db.transaction { db in try exercise(AuditStore(db)) }
            let onSQLite = try sqlite.write { _ in try exercise(AuditStore(sqlite)) }
            #expect(onPostgres == ["trainee.add trainee.update trainee.merge", "centre.add", "trainee.merge trainee.update", "true"])
            #expect(onPostgres == onSQLite)
        }
    }

    @Test("constraint failures read as the model's conflicts, as SQLite's are: a duplicate names its record and columns", .enabled(if: server != nil))
    func conflicts() throws {
        try withScratchSchema { db in
            try PostgresMigrations.migrate(db)
            func conflict(_ sql: String, _ parameters: [any SQLBindable]) -> StoreConflict? {
                do {
                    try db.execute(sql, parameters)
                    return nil
                } catch {
                    return (error as? PostgresError)?.conflict
                }
            }
            let insertCentre = "INSERT INTO centre (uuid, code, name, created_at) VALUES (?, ?, 'Saatlı', 'now')"
            #expect(conflict(insertCentre, [UUID(), "SAATLI"]) == nil)
            // SQLite says "UNIQUE constraint failed: centre.code": the same conflict.
            #expect(conflict(insertCentre, [UUID(), "SAATLI"]) == StoreConflict(rule: .unique, record: "centre", fields: ["code"]))
            #expect(conflict("INSERT INTO venue (uuid, code, name, centre_id, created_at) VALUES (?, 'V', 'V', 99, 'now')", [UUID()])
                == StoreConflict(rule: .reference, record: nil, fields: []))
            #expect(conflict("INSERT INTO ref_counter (kind, next_value) VALUES ('trainee', 0)", []) == StoreConflict(rule: .value, record: "reference counter", fields: ["ref_counter_next_value_check"]))
            #expect(conflict("SELECT 1", []) == nil)
        }
    }

    @Test("the bulk appenders store what they are given on both engines: tabs, newlines, backslashes, NULL, ids, more than a batch", .enabled(if: server != nil))
    func appenders() throws {
        try withBothEngines { postgres, sqlite in
            let table = "CREATE TABLE bulk (id uuid, n bigint, note text, raw bytea)"
            try postgres.execute(table)
            try sqlite.execute(table.replacingOccurrences(of: "uuid", with: "BLOB").replacingOccurrences(of: "bytea", with: "BLOB"))
            let ids = (0..<150).map { _ in UUID() }
            let notes: [String?] = ["tab\there", "line\nbreak\r", "back\\slash \\N", nil, "Ə ə İ ı Ş ş Ç ç «»", ""]
            func rows() -> [[SQLValue]] {
                ids.enumerated().map { index, id in
                    [id.sqlValue, .integer(Int64(index) - 75), notes[index % notes.count].map(SQLValue.text) ?? .null, .blob([0, 9, 10, 92, UInt8(index)])]
                }
            }
            for (connection, appender) in [(postgres as any SQLConnection, try postgres.appender(into: "bulk", columns: ["id", "n", "note", "raw"])),
                                           (sqlite, try sqlite.appender(into: "bulk", columns: ["id", "n", "note", "raw"]))] {
                for row in rows() { try appender.append(row) }
                try appender.finish()
                let stored = try connection.rows("SELECT id, n, note, raw FROM bulk ORDER BY n").map(\.values)
                #expect(stored == rows(), "\(type(of: connection))")
            }
        }
    }

    @Test("a connection speaks UTF-8 and UTC and compiles no queries, whatever the server's defaults", .enabled(if: server != nil))
    func sessionSettings() throws {
        try withScratchSchema { db throws in
            #expect(try db.scalar("SHOW client_encoding").stringValue == "UTF8")
            #expect(try db.scalar("SHOW TimeZone").stringValue == "UTC")
            #expect(try db.scalar("SHOW jit").stringValue == "off", "JIT compiled the report's query for four times as long as it ran")
        }
    }

    @Test("changes counts the statement's own rows, also when the write has its table analysed after it", .enabled(if: server != nil))
    func changesAfterStatistics() throws {
        try withScratchSchema { db in
            try db.execute("CREATE TABLE t (n bigint)")
            try db.execute("INSERT INTO t SELECT generate_series(1, 1500)")
            #expect(db.changes == 1_500, "1,500 rows written: the table is analysed after them")
            try db.execute("UPDATE t SET n = n + 1 WHERE n <= 3")
            #expect(db.changes == 3)
        }
    }

    @Test("a staging table on both engines: rows naming stored records become rows; one naming none refuses all", .enabled(if: server != nil))
    func stagingTable() throws {
        try withBothEngines { postgres, sqlite in
            func stage(_ connection: some SQLConnection, _ name: String, ids: [UUID]) throws -> [String] {
                let staged = try StagingTable(connection, name: "staged_thing", definition: "uuid \(type(of: connection).uuidColumnType) NOT NULL, note text", columns: ["uuid", "note"])
                for (index, id) in ids.enumerated() { try staged.append([id, "\(name) \t\(index)"]) }
                try staged.flush()
                try connection.execute(
                    "INSERT INTO actor (name) SELECT s.note FROM staged_thing AS s JOIN trainee AS t ON t.uuid = s.uuid", [])
                let stored = connection.changes
                try staged.drop()
                guard stored == staged.count else { throw StagingTable<Database>.danglingReference }
                return try connection.rows("SELECT name FROM actor ORDER BY name", []).compactMap { $0.string(at: 0) }
            }
            for connection in [postgres as any SQLConnection, sqlite] {
                let id = UUID()
                try connection.execute(
                    """
                    INSERT INTO trainee (uuid, ref, full_name, created_at, updated_at)
                    VALUES (?, 'T-00001', 'Ə', '2021-01-01T00:00:00Z', '2021-01-01T00:00:00Z')
                    """, [id])
                #expect(try stage(connection, "a", ids: [id, id]) == ["a \t0", "a \t1"], "\(type(of: connection))")
                #expect(throws: StoreError.self) { try stage(connection, "b", ids: [id, UUID()]) }
                #expect(try stage(connection, "c", ids: [id]) == ["a \t0", "a \t1", "b \t0", "c \t0"], "made again after it was dropped")
            }
        }
    }

    @Test("rows grouped by a parent id, read whole: each parent's rows in order, parents never asked for skipped")
    func groupedRowList() throws {
        let (a, b, c) = (UUID(uuidString: "10000000-0000-4000-8000-000000000000")!, UUID(uuidString: "20000000-0000-4000-8000-000000000000")!,
                         UUID(uuidString: "30000000-0000-4000-8000-000000000000")!)
        let rows = [(a, 1), (a, 2), (b, 3), (c, 4), (c, 5)].map { Row(columns: ["k", "v"], values: [$0.0.sqlValue, .integer(Int64($0.1))]) }
        let reader = GroupedRowList(rows, keyColumn: 0) { $0.int(at: 1) ?? 0 }
        #expect(try reader.values(for: a) == [1, 2])
        #expect(try reader.values(for: c) == [4, 5], "b skipped")
        #expect(try reader.values(for: UUID(uuidString: "40000000-0000-4000-8000-000000000000")!) == [])
    }
}
