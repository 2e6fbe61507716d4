public import Foundation

extension UUID {
    /// The all-zero UUID, standing for "no identity yet" in decoded-but-unsaved values.
    public static let zero = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))

    /// Lower-case text, the form ids take in the database and in exports. Written by hand:
    /// Foundation's `uuidString` formats with printf, which dominated million-row imports.
    public var databaseText: String {
        String(unsafeUninitializedCapacity: 36) { text in
            writeDatabaseText(into: text.baseAddress!)
            return 36
        }
    }

    /// Calls `body` with the 36 bytes of ``databaseText`` on the stack: binding an id in a
    /// million-row loop then allocates nothing.
    package func withDatabaseText<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 36) { text in
            writeDatabaseText(into: text.baseAddress!)
            return try body(UnsafeBufferPointer(start: text.baseAddress, count: 36))
        }
    }

    private func writeDatabaseText(into text: UnsafeMutablePointer<UInt8>) {
        withUnsafeBytes(of: uuid) { bytes in
            let digits: StaticString = "0123456789abcdef"
            var position = 0
            for (index, byte) in bytes.enumerated() {
                if index == 4 || index == 6 || index == 8 || index == 10 {
                    text[position] = UInt8(ascii: "-")
                    position += 1
                }
                text[position] = digits.utf8Start[Int(byte >> 4)]
                text[position + 1] = digits.utf8Start[Int(byte & 0x0F)]
                position += 2
            }
        }
    }

    /// Reads the database's text form (either case); nil for anything else.
    package init?(databaseText: String) {
        var text = databaseText
        guard let id = text.withUTF8({ UUID(databaseText: $0) }) else { return nil }
        self = id
    }

    /// Reads the text form from bytes in place — a column of a statement's row — without
    /// making a string or an array: imports read hundreds of thousands of ids this way.
    package init?(databaseText text: UnsafeBufferPointer<UInt8>) {
        var high: UInt64 = 0
        var low: UInt64 = 0
        var digits = 0
        for character in text {
            let value: UInt8
            switch character {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = character - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = character - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = character - UInt8(ascii: "A") + 10
            case UInt8(ascii: "-"): continue
            default: return nil
            }
            guard digits < 32 else { return nil }
            if digits < 16 { high = high << 4 | UInt64(value) } else { low = low << 4 | UInt64(value) }
            digits += 1
        }
        guard digits == 32 else { return nil }
        func byte(_ word: UInt64, _ index: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: word >> (56 - 8 * index)) }
        self = UUID(uuid: (
            byte(high, 0), byte(high, 1), byte(high, 2), byte(high, 3), byte(high, 4), byte(high, 5), byte(high, 6), byte(high, 7),
            byte(low, 0), byte(low, 1), byte(low, 2), byte(low, 3), byte(low, 4), byte(low, 5), byte(low, 6), byte(low, 7)))
    }
}
