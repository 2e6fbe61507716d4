import Foundation

/// The files inside a ZIP archive (APPNOTE 6.3), as Office Open XML workbooks are: found through
/// the central directory, stored or DEFLATE-compressed, never encrypted, never ZIP64. Strict
/// and bounded — a damaged or hostile archive is refused with the reason, never read past its
/// end, and never expanded beyond ``limit`` bytes in all.
struct ZIPReader {
    struct Failure: Error, Equatable {
        let reason: String
    }

    /// Everything the parts of one archive may expand to, together.
    static let limit = 128 * 1024 * 1024

    private struct Entry {
        let method: Int
        let flags: Int
        let compressedSize: Int
        let size: Int
        let localHeader: Int
    }

    private let bytes: [UInt8]
    private let entries: [String: Entry]

    init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        // The end-of-central-directory record: within the last 64 KiB (its comment's longest) and 22 bytes.
        guard bytes.count >= 22 else { throw Failure(reason: "it is too short to be a workbook") }
        var end = -1
        var index = bytes.count - 22
        while index >= max(0, bytes.count - 22 - 65_535) {
            if Self.uint32(bytes, index) == 0x0605_4B50 {
                end = index
                break
            }
            index -= 1
        }
        guard end >= 0 else { throw Failure(reason: "its table of contents is missing (the file is cut short)") }
        let count = Self.uint16(bytes, end + 10)
        let directorySize = Self.uint32(bytes, end + 12)
        let directory = Self.uint32(bytes, end + 16)
        guard count < 0xFFFF, directory < 0xFFFF_FFFF, directory + directorySize <= end else {
            throw Failure(reason: "it uses a ZIP form Cadre does not read (ZIP64)")
        }
        var entries: [String: Entry] = [:]
        var position = directory
        for _ in 0..<count {
            guard position + 46 <= end, Self.uint32(bytes, position) == 0x0201_4B50 else { throw Failure(reason: "its table of contents is damaged") }
            let nameLength = Self.uint16(bytes, position + 28)
            let extraLength = Self.uint16(bytes, position + 30)
            let commentLength = Self.uint16(bytes, position + 32)
            guard position + 46 + nameLength <= end else { throw Failure(reason: "its table of contents is damaged") }
            let name = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            entries[name] = Entry(
                method: Self.uint16(bytes, position + 10), flags: Self.uint16(bytes, position + 8),
                compressedSize: Self.uint32(bytes, position + 20), size: Self.uint32(bytes, position + 24),
                localHeader: Self.uint32(bytes, position + 42))
            position += 46 + nameLength + extraLength + commentLength
        }
        guard entries.values.reduce(0, { $0 + $1.size }) <= Self.limit else {
            throw Failure(reason: "it would expand to more than \(Self.limit / (1024 * 1024)) MiB")
        }
        self.entries = entries
    }

    /// Whether the archive holds a file of that name.
    func contains(_ name: String) -> Bool { entries[name] != nil }

    /// The file `name`, expanded; nil when the archive has no such file.
    func file(_ name: String) throws(Failure) -> [UInt8]? {
        guard let entry = entries[name] else { return nil }
        guard entry.flags & 1 == 0 else { throw Failure(reason: "it is protected by a password") }
        let header = entry.localHeader
        guard header + 30 <= bytes.count, Self.uint32(bytes, header) == 0x0403_4B50 else { throw Failure(reason: "the part \(name) is damaged") }
        let start = header + 30 + Self.uint16(bytes, header + 26) + Self.uint16(bytes, header + 28)
        guard start + entry.compressedSize <= bytes.count else { throw Failure(reason: "the part \(name) is cut short") }
        let data = bytes[start..<(start + entry.compressedSize)]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.size else { throw Failure(reason: "the part \(name) is damaged") }
            return Array(data)
        case 8:
            do {
                return try Inflate.raw(data, expectedSize: entry.size, limit: Self.limit)
            } catch {
                throw Failure(reason: "the part \(name): \(error.reason)")
            }
        default:
            throw Failure(reason: "the part \(name) is compressed in a way Cadre does not read (method \(entry.method))")
        }
    }

    private static func uint16(_ bytes: [UInt8], _ at: Int) -> Int {
        guard at + 2 <= bytes.count else { return 0 }
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ at: Int) -> Int {
        guard at + 4 <= bytes.count else { return 0 }
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
    }
}
