import CadreStore

/// A running digest of rows in order (FNV-1a, 64 bits), over a typed encoding of each value:
/// how `cadre copy` checks, before it commits, that each table reads back on the target as it
/// reads on the source. It guards against a mistake of ours, not against an adversary.
struct RowDigest: Equatable {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    private(set) var rows = 0

    mutating func add(_ row: [SQLValue]) {
        rows += 1
        for item in row {
            switch item {
            case .null: mix(0)
            case .integer(let number):
                mix(1)
                withUnsafeBytes(of: number.littleEndian) { $0.forEach { mix($0) } }
            case .real(let number):
                mix(2)
                withUnsafeBytes(of: number.bitPattern.littleEndian) { $0.forEach { mix($0) } }
            case .text(let text):
                mix(3)
                text.utf8.forEach { mix($0) }
                mix(0xFF)
            case .blob(let bytes):
                mix(4)
                bytes.forEach { mix($0) }
                withUnsafeBytes(of: UInt32(bytes.count).littleEndian) { $0.forEach { mix($0) } }
            }
        }
        mix(0xFE)
    }

    private mutating func mix(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
}
