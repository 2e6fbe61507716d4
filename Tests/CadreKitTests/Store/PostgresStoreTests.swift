import CadreModel
import CadreStore
import CadreStorePostgres
import Foundation
import Testing

/// What `PostgresStore` does when the server drops its connection (a restart, a fail-over, an
/// administrator's `pg_terminate_backend`): a read runs again on a new connection, a write
/// that had sent nothing but `BEGIN` runs on a new one, a write cut off midway is reported and
/// nothing of it is stored.
@Suite("PostgreSQL store: a dropped connection", .enabled(if: ScratchPostgres.server != nil))
struct PostgresStoreTests {
    /// Ends the store's server process, as a restarted server would.
    static func drop(_ name: String, using admin: PostgresConnection) throws {
        let ended = try admin.scalar(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = ?", [name]).intValue
        #expect(ended == 1, "one connection ended")
    }

    @Test("reads and writes after the connection was dropped work; a write cut off midway is reported and stores nothing")
    func dropped() throws {
        let scratch = try ScratchPostgres()
        let name = "victim_" + String(UUID().uuidString.prefix(8)).lowercased()
        let store = try PostgresStore.open(scratch.conninfo + " application_name=\(name)")
        defer { store.close() }
        let admin = try PostgresConnection.open(scratch.conninfo)
        defer { admin.close() }
        try store.write { try $0.settings.set("before", to: "1") }

        try Self.drop(name, using: admin)
        #expect(try store.read { try $0.settings.value("before") } == "1", "a read whose BEGIN failed runs on a new connection")
        var runs = 0
        let value = try store.read { inside -> String? in
            runs += 1
            _ = try inside.settings.value("before")
            if runs == 1 { try Self.drop(name, using: admin) }
            return try inside.settings.value("before")
        }
        #expect(value == "1" && runs == 2, "a read cut off midway runs once more, whole, on a new connection")

        try Self.drop(name, using: admin)
        try store.write { try $0.settings.set("after", to: "2") }
        #expect(try store.settings.value("after") == "2", "a write whose BEGIN failed ran on a new connection")

        let lost = try #require(throws: PostgresStoreError.self) {
            try store.write { inside in
                try inside.settings.set("half", to: "3")
                try Self.drop(name, using: admin)
                try inside.settings.set("other-half", to: "4")
            }
        }
        #expect(lost == .connectionLost(target: store.location, duringCommit: false))
        #expect(lost.description.contains("nothing of it was stored"))
        #expect(try admin.scalar("SELECT count(*) FROM setting WHERE key IN ('half', 'other-half')").intValue == 0)
        #expect(try store.settings.value("before") == "1", "and the store works again")
    }
}
