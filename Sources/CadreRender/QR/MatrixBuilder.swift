/// Places a QR code's function patterns, data and format bits, and scores masks.
///
/// Each row is one 64-bit word, column `c` in bit `c` (a version 10 symbol is 57 wide):
/// choosing the mask scores eight full symbols per code, and with rows as words the mask is
/// an XOR and the penalty rules are shifts and bit counts (``penalty``).
struct MatrixBuilder {
    let version: Int
    let size: Int
    /// Dark modules, a word per row.
    var dark: [UInt64]
    /// Modules that belong to function patterns and must not carry data or be masked.
    var reserved: [UInt64]

    init(version: Int) {
        self.version = version
        size = 17 + 4 * version
        dark = Array(repeating: 0, count: size)
        reserved = dark
    }

    /// The bits of a row's `size` columns.
    var width: UInt64 { (1 << size) - 1 }

    subscript(row: Int, column: Int) -> Bool {
        get { dark[row] >> column & 1 == 1 }
        set {
            if newValue { dark[row] |= 1 << column } else { dark[row] &= ~(1 << column) }
        }
    }

    private func isReserved(_ row: Int, _ column: Int) -> Bool {
        reserved[row] >> column & 1 == 1
    }

    /// The modules as rows of booleans, true for dark.
    var rows: [[Bool]] { Self.rows(dark, size: size) }

    /// Row words as rows of booleans, true for dark.
    static func rows(_ words: [UInt64], size: Int) -> [[Bool]] {
        words.map { word in (0..<size).map { word >> $0 & 1 == 1 } }
    }

    private mutating func set(_ row: Int, _ column: Int, _ value: Bool) {
        self[row, column] = value
        reserve(row, column)
    }

    private mutating func reserve(_ row: Int, _ column: Int) {
        reserved[row] |= 1 << column
    }

    mutating func placeFunctionPatterns() {
        for (row, column) in [(0, 0), (0, size - 7), (size - 7, 0)] { placeFinder(row, column) }
        for index in 8..<(size - 8) {
            set(6, index, index % 2 == 0)
            set(index, 6, index % 2 == 0)
        }
        let centres = QRCode.alignment[version - 1]
        let corners: Set<[Int]> = [[centres.first ?? 0, centres.first ?? 0], [centres.first ?? 0, centres.last ?? 0], [centres.last ?? 0, centres.first ?? 0]]
        for row in centres {
            // Every combination except the three that would overlap the finder patterns.
            for column in centres where !corners.contains([row, column]) {
                for dy in -2...2 {
                    for dx in -2...2 { set(row + dy, column + dx, max(abs(dy), abs(dx)) != 1) }
                }
            }
        }
        // Format areas (filled later) and the dark module.
        for index in 0..<9 {
            reserve(8, index)
            reserve(index, 8)
        }
        for index in 0..<8 {
            reserve(8, size - 1 - index)
            reserve(size - 1 - index, 8)
        }
        set(size - 8, 8, true)
        if version >= 7 {
            for a in 0..<6 {
                for b in 0..<3 {
                    reserve(a, size - 11 + b)
                    reserve(size - 11 + b, a)
                }
            }
        }
    }

    private mutating func placeFinder(_ top: Int, _ left: Int) {
        for dy in -1...7 {
            for dx in -1...7 {
                let row = top + dy
                let column = left + dx
                guard (0..<size).contains(row), (0..<size).contains(column) else { continue }
                let ring = max(abs(dy - 3), abs(dx - 3))
                set(row, column, ring != 2 && ring != 4)
            }
        }
    }

    /// Fills data bits in the standard zig-zag, two columns at a time from the bottom right;
    /// the remainder bits after the codewords stay light.
    mutating func placeData(_ codewords: [UInt8]) {
        let bitCount = codewords.count * 8
        var index = 0
        var right = size - 1
        var upward = true
        while right > 0 {
            if right == 6 { right -= 1 }
            for step in 0..<size {
                let row = upward ? size - 1 - step : step
                for column in [right, right - 1] where !isReserved(row, column) {
                    self[row, column] = index < bitCount && (codewords[index / 8] >> (7 - index % 8)) & 1 == 1
                    index += 1
                }
            }
            upward.toggle()
            right -= 2
        }
    }

    static func maskBit(_ mask: Int, _ row: Int, _ column: Int) -> Bool {
        switch mask {
        case 0: (row + column) % 2 == 0
        case 1: row % 2 == 0
        case 2: column % 3 == 0
        case 3: (row + column) % 3 == 0
        case 4: (row / 2 + column / 3) % 2 == 0
        case 5: (row * column) % 2 + (row * column) % 3 == 0
        case 6: ((row * column) % 2 + (row * column) % 3) % 2 == 0
        default: ((row + column) % 2 + (row * column) % 3) % 2 == 0
        }
    }

    /// Mask patterns repeat every 12 rows (the least common multiple of their periods), so
    /// each mask is 12 words of its columns' bits.
    private static let maskRows: [[UInt64]] = (0..<8).map { mask in
        (0..<12).map { row in
            (0..<64).reduce(UInt64(0)) { word, column in maskBit(mask, row, column) ? word | 1 << column : word }
        }
    }

    /// A copy with `mask` applied to the data modules and the format bits for it placed.
    func masked(_ mask: Int) -> MatrixBuilder {
        var copy = self
        let pattern = Self.maskRows[mask]
        for row in 0..<size { copy.dark[row] ^= pattern[row % 12] & ~reserved[row] & width }
        copy.placeFormat(mask: mask)
        return copy
    }

    /// Format information: level M (00) and the mask, BCH(15,5)-protected, XOR 0x5412.
    mutating func placeFormat(mask: Int) {
        let data = (0b00 << 3) | mask
        var remainder = data << 10
        for shift in stride(from: 14, through: 10, by: -1) where remainder & (1 << shift) != 0 {
            remainder ^= 0x537 << (shift - 10)
        }
        let bits = ((data << 10) | remainder) ^ 0x5412
        func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
        for index in 0..<6 { self[index, 8] = bit(index) }
        self[7, 8] = bit(6)
        self[8, 8] = bit(7)
        self[8, 7] = bit(8)
        for index in 9..<15 { self[8, 14 - index] = bit(index) }
        for index in 0..<8 { self[8, size - 1 - index] = bit(index) }
        for index in 8..<15 { self[size - 15 + index, 8] = bit(index) }
        self[size - 8, 8] = true
    }

    /// Version information for versions 7 and up: 6 bits, BCH(18,6) with generator 0x1F25.
    mutating func placeVersion() {
        guard version >= 7 else { return }
        var remainder = version << 12
        for shift in stride(from: 17, through: 12, by: -1) where remainder & (1 << shift) != 0 {
            remainder ^= 0x1F25 << (shift - 12)
        }
        let bits = (version << 12) | remainder
        for index in 0..<18 {
            let value = (bits >> index) & 1 == 1
            let a = index / 3
            let b = index % 3
            self[a, size - 11 + b] = value
            self[size - 11 + b, a] = value
        }
    }
}
