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
}
