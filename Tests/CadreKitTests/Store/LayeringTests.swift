import Foundation
import Testing

/// The store is the only place that speaks SQL: nothing else imports CSQLite or holds an SQL
/// statement. (`CadreStore` is the only target that depends on CSQLite, so the compiler keeps
/// the first half as well; the second needs this test.)
@Suite("Layering")
struct LayeringTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
    static let store = "CadreStore/"

    /// Every Swift file under Sources outside the store, with its text.
    static func filesOutsideTheStore() throws -> [(path: String, text: String)] {
        let names = try #require(FileManager.default.enumerator(atPath: sources.path)?.allObjects as? [String])
        return try names.filter { $0.hasSuffix(".swift") && !$0.hasPrefix(store) }.sorted().map { name in
            (name, try String(contentsOf: sources.appendingPathComponent(name), encoding: .utf8))
        }
    }

    @Test("only the store imports CSQLite")
    func onlyTheStoreImportsSQLite() throws {
        let files = try Self.filesOutsideTheStore()
        #expect(files.count > 100)
        for file in files { #expect(!file.text.contains("import CSQLite"), "\(file.path)") }
    }

    @Test("no SQL statement outside the store")
    func noSQLOutsideTheStore() throws {
        let statement = try Regex(#"(?m)("|^\s*)(SELECT\s+[\w*(]|INSERT\s+INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|CREATE\s+(TABLE|INDEX|TRIGGER|VIEW)\s|DROP\s+(TABLE|INDEX)\s|PRAGMA\s+\w+)"#)
        for file in try Self.filesOutsideTheStore() {
            let sql = file.text.firstMatch(of: statement).map { String(file.text[$0.range]) }
            #expect(sql == nil, "\(file.path) holds SQL; it belongs in Sources/CadreStore")
        }
    }
}
