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
}
