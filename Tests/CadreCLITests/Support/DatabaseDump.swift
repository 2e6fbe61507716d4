import CadreKit
import CadreModel
import CadreStore
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
            // The table name comes from sqlite_master, never from user input. Tables without a
            // rowid are read in their primary key's order, which is just as stable.
            let order = object.string("sql")?.contains("WITHOUT ROWID") == true ? "" : " ORDER BY rowid"
            try database.forEachRow("SELECT * FROM \"\(table)\"\(order)") { row in
                dump += row.values.map { "\($0)" }.joined(separator: "\u{1F}") + "\n"
            }
        }
        return SHA256.hex(SHA256.hash(Array(dump.utf8)))
    }
}
