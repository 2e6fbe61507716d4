import CSQLite
import CadreModel
package import Foundation

/// The SQL functions migration 007 converts stored values with. Each is strict: a value not
/// exactly in the form Cadre wrote raises an SQL error naming the column and the value, which
/// rolls the whole migration back. (SQLite 3.41 has `unhex()`; Debian 12's 3.40 does not, and
/// `unixepoch()` accepts many shapes Cadre never wrote.)
extension Database {
    package func registerUpgradeFunctions() throws {
        try register("cadre_uuid_bytes") { context, text, column in
            guard let id = Self.strictUUID(text) else {
                sqlite3_result_error(context, "\(column) holds '\(text.prefix(60))', which is not an id", -1)
                return
            }
            withUnsafeBytes(of: id.uuid) { sqlite3_result_blob(context, $0.baseAddress, 16, SQLITE_TRANSIENT) }
        }
        try register("cadre_seconds") { context, text, column in
            guard let date = Timestamp.date(from: text) else {
                sqlite3_result_error(context, "\(column) holds '\(text.prefix(60))', which is not a time like 2021-10-25T09:30:00Z", -1)
                return
            }
            sqlite3_result_int64(context, Int64(date.timeIntervalSince1970))
        }
    }

    /// The 36-character form, hyphens where they belong, either case; nothing else.
    package static func strictUUID(_ text: String) -> UUID? {
        let bytes = Array(text.utf8)
        guard bytes.count == 36, [8, 13, 18, 23].allSatisfy({ bytes[$0] == UInt8(ascii: "-") }) else { return nil }
        return UUID(databaseText: text)
    }

    /// The body of a two-argument function: the value (text; NULL gives NULL) and the column's name.
    private typealias Conversion = (OpaquePointer?, String, String) -> Void

    private final class Box {
        let body: Conversion
        init(_ body: @escaping Conversion) { self.body = body }
    }

    private func register(_ name: String, _ body: @escaping Conversion) throws {
        let box = Unmanaged.passRetained(Box(body)).toOpaque()
        let code = sqlite3_create_function_v2(
            handle, name, 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, box,
            { context, _, arguments in
                guard let arguments, let box = sqlite3_user_data(context) else { return }
                let conversion = Unmanaged<Box>.fromOpaque(box).takeUnretainedValue().body
                guard sqlite3_value_type(arguments[0]) != SQLITE_NULL else { return sqlite3_result_null(context) }
                let text = sqlite3_value_text(arguments[0]).map { String(cString: $0) } ?? ""
                let column = sqlite3_value_text(arguments[1]).map { String(cString: $0) } ?? "?"
                conversion(context, text, column)
            }, nil, nil,
            { box in box.map { Unmanaged<Box>.fromOpaque($0).release() } })
        guard code == SQLITE_OK else { throw error(code: code, sql: nil) }
    }
}
