import CadreModel
import CadreStorePostgres
import Foundation

/// A PostgreSQL store in a schema of its own on the server `CADRE_TEST_POSTGRES` names
/// (Scripts/test-postgres.sh starts a throwaway cluster), dropped when the test is done.
final class ScratchPostgres {
    static let server = ProcessInfo.processInfo.environment["CADRE_TEST_POSTGRES"]

    let store: PostgresStore
    /// The connection string that reaches the schema.
    let conninfo: String
    private let schema: String

    /// A new schema with Cadre's tables in it.
    init() throws {
        guard let server = Self.server else { throw Unavailable() }
        schema = "kit_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let admin = try PostgresConnection.open(server)
        defer { admin.close() }
        try admin.execute("CREATE SCHEMA \(schema)")
        conninfo = "\(server) options='-csearch_path=\(schema)'"
        store = try PostgresStore.open(conninfo, .create)
    }

    deinit {
        store.close()
        if let server = Self.server, let admin = try? PostgresConnection.open(server) {
            try? admin.execute("DROP SCHEMA \(schema) CASCADE")
            admin.close()
        }
    }

    struct Unavailable: Error {}
}
