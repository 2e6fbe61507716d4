import CadreKit
import Foundation

/// A checksum of everything a database holds — schema and every row of every table — so a
/// test can prove a refused command left the database exactly as it was.
enum DatabaseDump {
    static func checksum(of path: String) throws -> String {
        let database = try Database.open(at: path)
        defer { database.close() }
        var dump = ""
        for object in try database.rows("SELECT type, name, sql FROM sqlite_master ORDER BY type, name") {
            dump += "\(object.string("type") ?? "") \(object.string("name") ?? "") \(object.string("sql") ?? "")\n"
            guard object.string("type") == "table", let table = object.string("name"), !table.hasPrefix("sqlite_") else { continue }
            // The table name comes from sqlite_master, never from user input.
            try database.forEachRow("SELECT * FROM \"\(table)\" ORDER BY rowid") { row in
                dump += row.values.map { "\($0)" }.joined(separator: "\u{1F}") + "\n"
            }
        }
        return SHA256.hex(SHA256.hash(Array(dump.utf8)))
    }
}
