import CLibPQ
import Foundation

/// An error reported by PostgreSQL (or by libpq on its way there): the SQLSTATE code, the
/// server's message and the statement that was running. Its description reads like
/// `PostgreSQL error 23505: duplicate key value violates unique constraint … - while executing INSERT …`.
public struct PostgresError: Error, CustomStringConvertible, Sendable {
    /// The five-character SQLSTATE, e.g. `23505` for a unique violation, `08006` for a lost connection.
    public let sqlState: String
    public let message: String
    public let sql: String?
    /// What the server says the error concerns, when it says: the table, the column, the
    /// constraint, and the detail (`Key (code)=(SAATLI) already exists.`).
    public var table: String?
    public var column: String?
    public var constraint: String?
    public var detail: String?

    public init(sqlState: String, message: String, sql: String?) {
        self.sqlState = sqlState
        self.message = message
        self.sql = sql
    }

    /// The error of a failed result, or of the connection when there is no result (it broke).
    init(result: OpaquePointer?, connection: OpaquePointer, sql: String) {
        let field = { (code: Character) -> String? in
            result.flatMap { PQresultErrorField($0, Int32(code.asciiValue ?? 0)) }.map { String(cString: $0) }
        }
        let lost = PQstatus(connection) != CONNECTION_OK
        self.init(
            sqlState: field("C") ?? (lost ? "08006" : "XX000"),
            message: (field("M") ?? String(cString: PQerrorMessage(connection))).trimmingCharacters(in: .whitespacesAndNewlines),
            sql: sql)
        // libpq's PG_DIAG_TABLE_NAME, PG_DIAG_COLUMN_NAME, PG_DIAG_CONSTRAINT_NAME, PG_DIAG_MESSAGE_DETAIL.
        table = field("t")
        column = field("c")
        constraint = field("n")
        detail = field("D")
    }

    public var description: String {
        var text = "PostgreSQL error \(sqlState): \(message)"
        if let sql { text += " - while executing \(sql.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " "))" }
        return text
    }

    /// UNIQUE, FOREIGN KEY, CHECK, NOT NULL (class 23).
    public var isConstraintViolation: Bool { sqlState.hasPrefix("23") }
    /// Another transaction got there first: retry the whole transaction (40001, 40P01).
    public var isSerializationFailure: Bool { sqlState == "40001" || sqlState == "40P01" }
    /// The server is gone or unreachable (class 08, and the server shutting down, 57P0x).
    public var isConnectionLost: Bool { sqlState.hasPrefix("08") || sqlState.hasPrefix("57P0") }
}
