import Foundation

/// An error reported by SQLite, with everything needed to understand it:
/// the result code, SQLite's own message and the statement that was running.
///
/// Its description reads like
/// `SQLite error 19: UNIQUE constraint failed: trainee.ref - while executing INSERT INTO trainee …`.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    /// SQLite's primary result code (the low byte of the extended code).
    public let code: Int32
    /// SQLite's extended result code, e.g. 2067 for SQLITE_CONSTRAINT_UNIQUE.
    public let extendedCode: Int32
    public let message: String
    /// The SQL that failed, when the failure belongs to a statement.
    public let sql: String?

    public init(code: Int32, extendedCode: Int32? = nil, message: String, sql: String? = nil) {
        self.code = code & 0xFF
        self.extendedCode = extendedCode ?? code
        self.message = message
        self.sql = sql
    }

    public var description: String {
        var text = "SQLite error \(code): \(message)"
        if let sql { text += " - while executing \(sql.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " "))" }
        return text
    }

    /// True when another connection held the lock for longer than the busy timeout.
    public var isBusy: Bool { code == 5 || code == 6 }
    /// True for constraint violations (UNIQUE, FOREIGN KEY, CHECK, NOT NULL).
    public var isConstraintViolation: Bool { code == 19 }
}
