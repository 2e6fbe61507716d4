public import CadreStore
import Foundation

/// Values between PostgreSQL's text format and the ``SQLValue``s the stores bind and read, so
/// a row reads the same from either engine: whole numbers and booleans as integers, bytes and
/// `uuid`s as bytes (SQLite keeps an id as its 16 bytes), the rest as text.
public enum PostgresValue {
    /// Type ids of PostgreSQL's built-in types (`pg_type.oid`), fixed since PostgreSQL 7.
    enum TypeID {
        static let bool: UInt32 = 16
        static let bytea: UInt32 = 17
        static let int8: UInt32 = 20
        static let int2: UInt32 = 21
        static let int4: UInt32 = 23
        static let oid: UInt32 = 26
        static let float4: UInt32 = 700
        static let float8: UInt32 = 701
        static let numeric: UInt32 = 1700
        static let uuid: UInt32 = 2950
    }

    /// A result's text for a column of type `type`.
    public static func read(_ text: String, type: UInt32) -> SQLValue {
        switch type {
        case TypeID.bool: .integer(text == "t" ? 1 : 0)
        case TypeID.int2, TypeID.int4, TypeID.int8, TypeID.oid: Int64(text).map(SQLValue.integer) ?? .text(text)
        case TypeID.float4, TypeID.float8, TypeID.numeric: Double(text).map(SQLValue.real) ?? .text(text)
        case TypeID.bytea: hex(text).map(SQLValue.blob) ?? .text(text)
        case TypeID.uuid: UUID(uuidString: text).map { uuid in .blob(withUnsafeBytes(of: uuid.uuid) { Array($0) }) } ?? .text(text)
        default: .text(text)
        }
    }

    /// A bound value in PostgreSQL's text format; nil for NULL. Bytes go as `\x…` hex, which
    /// a `bytea` parameter reads.
    public static func text(_ value: SQLValue) -> String? {
        switch value {
        case .null: nil
        case .integer(let number): String(number)
        case .real(let number): number.isFinite ? String(number) : (number.isNaN ? "NaN" : number > 0 ? "Infinity" : "-Infinity")
        case .text(let text): text
        case .blob(let bytes): "\\x" + bytes.map { byte in String(byte, radix: 16).count == 1 ? "0" + String(byte, radix: 16) : String(byte, radix: 16) }.joined()
        }
    }

    /// `\x0a1b` → [0x0a, 0x1b]; nil when it is not bytea's hex output.
    static func hex(_ text: String) -> [UInt8]? {
        guard text.hasPrefix("\\x") else { return nil }
        let digits = Array(text.utf8.dropFirst(2))
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        for pair in stride(from: 0, to: digits.count, by: 2) {
            guard let high = nibble(digits[pair]), let low = nibble(digits[pair + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        return bytes
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
