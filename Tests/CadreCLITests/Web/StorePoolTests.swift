import CadreModel
import CadreStore
import CadreRender
import CadreTemplates
import CadreWeb
import Foundation
import Testing

/// The server keeps open stores between requests: opened once, given back on close, never
/// reused once the database file was replaced or removed.
@Suite("Web application: the pool of open stores", .disabled(if: CLIHarness.onPostgres, "an SQLite file replaced or grown behind the server"))
struct StorePoolTests {
    func pool(_ cli: CLIHarness, capacity: Int = 8) -> StorePool {
        let path = cli.databasePath
        return StorePool(capacity: capacity, fingerprint: { StorePool.fileIdentity(path) }) { try Database.open(at: path) }
    }

    @Test("a request's store is given back and used again: one open for many requests; at most `capacity` are kept")
    func reuse() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva"])
        let pool = pool(cli, capacity: 1)
        for _ in 1...20 {
            let store = try SerializedWrites(from: pool, turn: SerializedWrites.Turn())
            #expect(try store.read { try $0.trainees.list(TraineeFilter()).count } == 1)
            store.close()
        }
        #expect(pool.opened == 1)
        let first = try SerializedWrites(from: pool, turn: SerializedWrites.Turn())
        let second = try SerializedWrites(from: pool, turn: SerializedWrites.Turn())
        #expect(pool.opened == 2, "two at once: a second is opened")
        first.close()
        second.close()
        let third = try SerializedWrites(from: pool, turn: SerializedWrites.Turn())
        let fourth = try SerializedWrites(from: pool, turn: SerializedWrites.Turn())
        #expect(pool.opened == 3, "of the two given back, one was kept and the other closed")
        third.close()
        fourth.close()
        pool.drain()
        // While the write-ahead log needs a checkpoint, stores coming back are closed (closing checkpoints it).
        let path = cli.databasePath
        let retiring = StorePool(retire: { true }) { try Database.open(at: path) }
        for _ in 1...3 { try SerializedWrites(from: retiring, turn: SerializedWrites.Turn()).close() }
        #expect(retiring.opened == 3)
    }

    @Test("a database file replaced behind the server is opened anew, and one removed fails the request and /healthz")
    func replacedFile() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva"])
        let path = cli.databasePath
        let pool = pool(cli)
        let app = WebApp(
            openStore: { try SerializedWrites(from: pool, turn: SerializedWrites.Turn()) }, library: TemplateLibrary(root: BuiltInTemplates.folder))
        #expect(WebBrowser(app).get("/healthz").status == 200)
        // A restore by copying another file over it: a new inode at the same path.
        let other = try CLIHarness()
        try other.saatliEvent(names: ["Aynur Əliyeva", "Rəşad Abbasov", "Günel Orucova"])
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.copyItem(atPath: other.databasePath, toPath: path)
        let store = try SerializedWrites(from: pool, turn: SerializedWrites.Turn())
        #expect(try store.read { try $0.trainees.list(TraineeFilter()).count } == 3, "the new file's records, not the old handle's")
        store.close()
        #expect(pool.opened == 2)
        try FileManager.default.removeItem(atPath: path)
        #expect(WebBrowser(app).get("/healthz").status == 503, "gone: not answered from a kept handle")
        withExtendedLifetime(other) {}
    }
}
