import CadreModel
import CadreStore
import CadreWeb
import Foundation
import Testing

/// The server's writes take turns on one lock: nested writes do not queue behind themselves,
/// a failed write releases the turn, and writers on many threads all land.
@Suite("Serialized writes")
struct SerializedWritesTests {
    @Test("nested writes pass, a throwing write rolls back and frees the turn, eight threads × 25 writes all land")
    func turns() throws {
        let cli = try CLIHarness()
        #expect(cli.run("init").exitCode == 0)
        let open = cli.storeOpener
        let turn = SerializedWrites.Turn()
        let store = SerializedWrites(try cli.openStore(), turn: turn)
        try store.write { outer in try outer.write { try $0.settings.set("nested", to: "yes") } }
        struct Refused: Error {}
        #expect(throws: Refused.self) { try store.write { try $0.settings.set("nested", to: "no"); throw Refused() } }
        #expect(try store.settings.value("nested") == "yes")
        store.close()
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            guard let own = try? SerializedWrites(open(), turn: turn) else { return }
            defer { own.close() }
            for index in 0..<25 { try? own.write { try $0.settings.set("key-\(thread)-\(index)", to: "\(index)") } }
        }
        #expect(try cli.scalar("SELECT count(*) FROM setting WHERE key LIKE 'key-%'").intValue == 200)
        withExtendedLifetime(cli) {}
    }
}
