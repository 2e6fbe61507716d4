import Foundation
import Testing

/// The stores are the only places that speak SQL: nothing else imports CSQLite or CLibPQ or
/// holds an SQL statement; and above the stores only the CLI's composition root
/// (`StoreAccess.swift`) knows which store it is. (`CadreStore` is the only target that depends on CSQLite, and
/// `CadreKit` does not depend on `CadreStore`, so the compiler keeps most of this; the SQL
/// strings and the CLI's single door need this test.)
@Suite("Layering")
struct LayeringTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
    /// The two stores: SQLite's and PostgreSQL's.
    static let stores = ["CadreStore/", "CadreStorePostgres/"]

    /// Every Swift file under Sources outside the stores, with its text.
    static func filesOutsideTheStore() throws -> [(path: String, text: String)] {
        let names = try #require(FileManager.default.enumerator(atPath: sources.path)?.allObjects as? [String])
        return try names.filter { name in name.hasSuffix(".swift") && !stores.contains { name.hasPrefix($0) } }.sorted().map { name in
            (name, try String(contentsOf: sources.appendingPathComponent(name), encoding: .utf8))
        }
    }

    @Test("only the stores import a C database library")
    func onlyTheStoreImportsSQLite() throws {
        let files = try Self.filesOutsideTheStore()
        #expect(files.count > 100)
        for file in files { #expect(!file.text.contains("import CSQLite") && !file.text.contains("import CLibPQ"), "\(file.path)") }
    }

    @Test("no SQL statement outside the store")
    func noSQLOutsideTheStore() throws {
        let statement = try Regex(#"(?m)("|^\s*)(SELECT\s+[\w*(]|INSERT\s+INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|CREATE\s+(TABLE|INDEX|TRIGGER|VIEW)\s|DROP\s+(TABLE|INDEX)\s|PRAGMA\s+\w+)"#)
        for file in try Self.filesOutsideTheStore() {
            let sql = file.text.firstMatch(of: statement).map { String(file.text[$0.range]) }
            #expect(sql == nil, "\(file.path) holds SQL; it belongs in Sources/CadreStore or Sources/CadreStorePostgres")
        }
    }

    /// The CLI's one file that may name the SQLite implementation.
    static let compositionRoot = "CadreCLI/StoreAccess.swift"

    @Test("above the store only the CLI's composition root knows the store is SQLite")
    func onlyTheCompositionRootSeesTheDatabase() throws {
        let sqliteNames = try Regex(#"import CadreStore|\b(Database|Statement|GroupedRows|StoredRow|SQLValue|StoreError|DatabaseError|PostgresConnection|PostgresError)\b[.(<]"#)
        var checked = 0
        for file in try Self.filesOutsideTheStore() where file.path != Self.compositionRoot && !file.path.hasPrefix("Fuzz/") {
            checked += 1
            let match = file.text.firstMatch(of: sqliteNames).map { String(file.text[$0.range]) }
            #expect(match == nil, "\(file.path) uses \(match ?? "") — talk to `Store` (CadreModel) instead")
        }
        #expect(checked > 100)
        let root = try String(contentsOf: Self.sources.appendingPathComponent(Self.compositionRoot), encoding: .utf8)
        #expect(root.contains("import CadreStore"))
    }
}
