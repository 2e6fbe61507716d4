public import CadreModel
/// A QR code (Model 2, byte mode, error correction level M), encoded without dependencies.
///
/// Versions 1 to 10 are chosen by the payload's length (up to 213 bytes, ample for a
/// verification code or a verification URL with it); the mask is the one with the lowest
/// penalty by the standard's four rules (ISO/IEC 18004 §7.8.3).
public struct QRCode: Sendable, Equatable {
    public let version: Int
    public let mask: Int
    public let size: Int
    /// A word per row, column `c` in bit `c`, set for dark.
    let darkRows: [UInt64]

    /// `modules[row][column]`, true for dark.
    public var modules: [[Bool]] { MatrixBuilder.rows(darkRows, size: size) }

    public enum EncodingError: CadreError, Equatable {
        case tooLong(bytes: Int, maximum: Int)
        public var category: ErrorCategory { .invalidInput }
        public var description: String {
            switch self {
            case .tooLong(let bytes, let maximum): "a QR code holds at most \(maximum) bytes here; this text has \(bytes)"
            }
        }
    }

    /// Level M block structure per version: EC codewords per block, and (blocks, data codewords) groups.
    static let blocks: [(ec: Int, groups: [(count: Int, data: Int)])] = [
        (10, [(1, 16)]), (16, [(1, 28)]), (26, [(1, 44)]), (18, [(2, 32)]), (24, [(2, 43)]),
        (16, [(4, 27)]), (18, [(4, 31)]), (22, [(2, 38), (2, 39)]), (22, [(3, 36), (2, 37)]), (26, [(4, 43), (1, 44)]),
    ]
    static let alignment: [[Int]] = [[], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50]]

    public init(_ text: String, mask fixedMask: Int? = nil) throws {
        try self.init(bytes: Array(text.utf8), mask: fixedMask)
    }

    public init(bytes payload: [UInt8], mask fixedMask: Int? = nil) throws {
        let capacities = Self.blocks.enumerated().map { version, structure in
            structure.groups.reduce(0) { $0 + $1.count * $1.data } - (version + 1 < 10 ? 2 : 3)
        }
        guard let index = capacities.firstIndex(where: { $0 >= payload.count }) else {
            throw EncodingError.tooLong(bytes: payload.count, maximum: capacities.last ?? 0)
        }
        let version = index + 1
        let codewords = Self.codewords(payload, version: version)
        var builder = MatrixBuilder(version: version)
        builder.placeFunctionPatterns()
        builder.placeVersion()
        builder.placeData(codewords)
        // A mask given by the caller is used as it is; otherwise all eight are scored.
        let chosen = fixedMask ?? {
            let penalties = (0..<8).map { builder.masked($0).penalty }
            return penalties.indices.min { penalties[$0] < penalties[$1] } ?? 0
        }()
        let final = builder.masked(chosen)
        self.version = version
        self.mask = chosen
        self.size = final.size
        darkRows = final.dark
    }

    /// Mode, length, data, terminator and padding; then split into blocks with their EC
    /// codewords and interleaved, as the standard lays them out.
    static func codewords(_ payload: [UInt8], version: Int) -> [UInt8] {
        let structure = blocks[version - 1]
        let dataCount = structure.groups.reduce(0) { $0 + $1.count * $1.data }
        var bits = BitBuffer()
        bits.append(0b0100, count: 4)
        bits.append(payload.count, count: version < 10 ? 8 : 16)
        for byte in payload { bits.append(Int(byte), count: 8) }
        bits.append(0, count: min(4, dataCount * 8 - bits.count))
        bits.append(0, count: (8 - bits.count % 8) % 8)
        var data = bits.bytes
        var pad: UInt8 = 0xEC
        while data.count < dataCount {
            data.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        var dataBlocks: [[UInt8]] = []
        var offset = 0
        for group in structure.groups {
            for _ in 0..<group.count {
                dataBlocks.append(Array(data[offset..<offset + group.data]))
                offset += group.data
            }
        }
        let ecBlocks = dataBlocks.map { ReedSolomon.remainder($0, count: structure.ec) }
        var result: [UInt8] = []
        for column in 0..<(dataBlocks.map(\.count).max() ?? 0) {
            for block in dataBlocks where column < block.count { result.append(block[column]) }
        }
        for column in 0..<structure.ec {
            for block in ecBlocks { result.append(block[column]) }
        }
        return result
    }
}

/// Bits appended most significant first.
struct BitBuffer {
    private(set) var bits: [Bool] = []
    var count: Int { bits.count }

    mutating func append(_ value: Int, count: Int) {
        guard count > 0 else { return }
        for shift in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> shift) & 1 == 1) }
    }

    var bytes: [UInt8] {
        stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<min(start + 8, bits.count)].reduce(UInt8(0)) { ($0 << 1) | ($1 ? 1 : 0) }
        }
    }
}
