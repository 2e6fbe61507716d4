/// A ZIP archive of stored (uncompressed) entries, the container of an Office Open XML file:
/// local headers, the data, a central directory and its end record (PKWARE's APPNOTE, 4.3),
/// each entry with its CRC-32. Deterministic: every entry is dated 1980-01-01 00:00, so the
/// same content gives the same bytes.
struct ZIPArchive {
    private(set) var bytes: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    /// Adds a file; `name` is a relative path with `/` separators.
    mutating func add(_ name: String, _ data: [UInt8]) {
        let nameBytes = Array(name.utf8)
        let crc = CRC32.checksum(data)
        let offset = UInt32(bytes.count)
        // Local file header: version 2.0, UTF-8 names (bit 11), stored, DOS date 1980-01-01.
        var header: [UInt8] = []
        header.append32(0x0403_4B50)
        header.append16(20); header.append16(0x0800); header.append16(0)
        header.append16(0); header.append16(0x21)
        header.append32(crc); header.append32(UInt32(data.count)); header.append32(UInt32(data.count))
        header.append16(UInt16(nameBytes.count)); header.append16(0)
        bytes += header + nameBytes + data
        // Its central directory entry.
        directory.append32(0x0201_4B50)
        directory.append16(20); directory.append16(20); directory.append16(0x0800); directory.append16(0)
        directory.append16(0); directory.append16(0x21)
        directory.append32(crc); directory.append32(UInt32(data.count)); directory.append32(UInt32(data.count))
        directory.append16(UInt16(nameBytes.count)); directory.append16(0); directory.append16(0)
        directory.append16(0); directory.append16(0); directory.append32(0)
        directory.append32(offset)
        directory += nameBytes
        count += 1
    }

    /// The archive, closed with its central directory.
    func finished() -> [UInt8] {
        var end: [UInt8] = []
        end.append32(0x0605_4B50)
        end.append16(0); end.append16(0)
        end.append16(UInt16(count)); end.append16(UInt16(count))
        end.append32(UInt32(directory.count)); end.append32(UInt32(bytes.count))
        end.append16(0)
        return bytes + directory + end
    }
}

/// CRC-32 (ISO 3309, the polynomial ZIP and PNG use), table-driven.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func checksum(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

extension Array where Element == UInt8 {
    fileprivate mutating func append16(_ value: UInt16) {
        append(UInt8(value & 0xFF)); append(UInt8(value >> 8))
    }

    fileprivate mutating func append32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
