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
    func withDatabaseText<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
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

    /// Reads the database's text form (either case); anything else is ``zero``.
    init(databaseText: String) {
        var bytes = [UInt8](repeating: 0, count: 16)
        var count = 0
        var high: UInt8?
        for character in databaseText.utf8 {
            let value: UInt8
            switch character {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = character - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = character - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = character - UInt8(ascii: "A") + 10
            case UInt8(ascii: "-"): continue
            default:
                self = .zero
                return
            }
            guard count < 16 else {
                self = .zero
                return
            }
            if let first = high {
                bytes[count] = first << 4 | value
                count += 1
                high = nil
            } else {
                high = value
            }
        }
        guard count == 16, high == nil else {
            self = .zero
            return
        }
        self = UUID(uuid: (
            bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
            bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
