import CadreModel
import CadreStore
import CadreStorePostgres
import Foundation
import Testing

/// `cadre copy` between the engines keeps every record: the schema-6 fixture (merged and
/// erased people, waitlists, revoked and reissued certificates, the audit log) copied from its
/// SQLite file into PostgreSQL and back into a new file reads the same, record by record,
/// through the store.
@Suite("Copying between SQLite and PostgreSQL", .enabled(if: ScratchPostgres.server != nil))
struct DatabaseCopyTests {
    @Test("file → PostgreSQL → file: the logical dumps of all three are equal, ids and keys kept")
    func roundTrip() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("centre.sqlite")
        try StoreFixtureTests.loadFixture("schema-6.sql", into: path)
        let original = try Database.open(at: path)
        let dump = try LogicalDump.text(of: original)
        original.close()
        #expect(dump.split(separator: "\n").count > 100, "the fixture holds records")

        let server = try ScratchPostgres()
        var progress: [String] = []
        let up = try DatabaseCopy.copy(file: path, toServer: server.conninfo) { progress.append($0) }
        #expect(up.rows > 1000 && progress.contains { $0.hasPrefix("attendance: ") })
        let onServer = try PostgresStore.open(server.conninfo)
        #expect(try LogicalDump.text(of: onServer) == dump)
        // New rows after the copy get keys past the copied ones.
        let context = ChangeContext.deterministic(actor: "tester", start: Date(timeIntervalSince1970: 1_700_000_000))
        try onServer.write { try $0.audit.record(context, "test.after-copy", entity: "setting", detail: nil) }
        try onServer.write { try $0.scheduling.insert(Centre(id: UUID(), code: "AFTER", name: "Sonra"), at: context.now()) }
        onServer.close()

        let back = folder.path("back.sqlite")
        let down = try DatabaseCopy.copy(server: server.conninfo, toFile: back)
        #expect(down.rows == up.rows + 2)
        let copied = try Database.open(at: back)
        defer { copied.close() }
        let backDump = try LogicalDump.text(of: copied)
        #expect(backDump.split(separator: "\n").filter { !$0.contains("test.after-copy") && !$0.contains("\"AFTER\"") } == dump.split(separator: "\n"))
        #expect(try Database.inspect(back).problems.isEmpty)
    }

    @Test("a database that already holds records is refused, and nothing in it changes")
    func refusesRecords() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("centre.sqlite")
        try StoreFixtureTests.loadFixture("schema-6.sql", into: path)
        let server = try ScratchPostgres()
        let context = ChangeContext.deterministic(actor: "tester", start: Date(timeIntervalSince1970: 1_700_000_000))
        try server.store.write { try $0.scheduling.insert(Centre(id: UUID(), code: "MIN", name: "Nazirlik"), at: context.now()) }
        let before = try LogicalDump.text(of: server.store)
        let refused = try #require(throws: DatabaseCopy.HoldsRecords.self) { try DatabaseCopy.copy(file: path, toServer: server.conninfo) }
        #expect(refused.tables == ["centre"])
        #expect(refused.description.contains("does not merge"))
        #expect(try LogicalDump.text(of: server.store) == before)
    }
}
