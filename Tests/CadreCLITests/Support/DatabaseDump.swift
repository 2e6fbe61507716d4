import CadreKit
import CadreModel
import CadreStore
import CadreStorePostgres
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

    /// The same for a PostgreSQL schema (the one `conninfo`'s search path names): every
    /// table's columns and rows, rows in the order of all their columns.
    static func checksum(server conninfo: String) throws -> String {
        let connection = try PostgresConnection.open(conninfo)
        defer { connection.close() }
        var dump = ""
        for table in try connection.rows("SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename") {
            let name = table.string(at: 0) ?? ""
            let columns = try connection.rows(
                "SELECT column_name::text, data_type::text FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
                [name])
            dump += "table \(name) " + columns.map { "\($0.string(at: 0) ?? "") \($0.string(at: 1) ?? "")" }.joined(separator: ", ") + "\n"
            // The name comes from the catalog, never from user input.
            let order = (1...max(1, columns.count)).map(String.init).joined(separator: ", ")
            try connection.forEachRow("SELECT * FROM \"\(name)\" ORDER BY \(order)") { row in
                dump += row.values.map { "\($0)" }.joined(separator: "\u{1F}") + "\n"
            }
        }
        return SHA256.hex(SHA256.hash(Array(dump.utf8)))
    }
}
