public import CadreModel
public import Foundation

/// A value as SQLite stores it. Statements bind and read only these, so every value that
/// reaches SQL is a bound parameter and never spliced into the SQL text.
public enum SQLValue: Equatable, Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    public var stringValue: String? {
        switch self {
        case .text(let text): text
        case .integer(let number): String(number)
        case .real(let number): String(number)
        case .null, .blob: nil
        }
    }

    public var intValue: Int? {
        switch self {
        case .integer(let number): Int(number)
        case .real(let number): Int(number)
        case .text(let text): Int(text)
        case .null, .blob: nil
        }
    }

    public var doubleValue: Double? {
        switch self {
        case .integer(let number): Double(number)
        case .real(let number): number
        case .text(let text): Double(text)
        case .null, .blob: nil
        }
    }

    public var isNull: Bool { self == .null }
}

extension SQLValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByNilLiteral,
    ExpressibleByFloatLiteral
{
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .real(value) }
    public init(nilLiteral: ()) { self = .null }
}

/// Swift values that can be bound to a statement parameter.
public protocol SQLBindable {
    var sqlValue: SQLValue { get }
}

extension String: SQLBindable { public var sqlValue: SQLValue { .text(self) } }
extension Int: SQLBindable { public var sqlValue: SQLValue { .integer(Int64(self)) } }
extension Int64: SQLBindable { public var sqlValue: SQLValue { .integer(self) } }
extension Double: SQLBindable { public var sqlValue: SQLValue { .real(self) } }
extension Bool: SQLBindable { public var sqlValue: SQLValue { .integer(self ? 1 : 0) } }
extension SQLValue: SQLBindable { public var sqlValue: SQLValue { self } }
extension Optional: SQLBindable where Wrapped: SQLBindable {
    public var sqlValue: SQLValue { self?.sqlValue ?? .null }
}

/// Days are stored as ISO 8601 text (`2021-10-25`), which sorts and compares as dates.
extension CalendarDate: SQLBindable { public var sqlValue: SQLValue { .text(iso) } }

/// Ids are stored as their 16 bytes (a BLOB), which sort like their text form: a fifth of the
/// text's size in every key and index that holds one (issue #24).
extension UUID: SQLBindable {
    public var sqlValue: SQLValue { .blob(withUnsafeBytes(of: uuid) { Array($0) }) }
}
