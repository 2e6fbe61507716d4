/// Places a QR code's function patterns, data and format bits, and scores masks.
struct MatrixBuilder {
    let version: Int
    let size: Int
    var dark: [[Bool]]
    /// Modules that belong to function patterns and must not carry data or be masked.
    var reserved: [[Bool]]

    init(version: Int) {
        self.version = version
        size = 17 + 4 * version
        dark = Array(repeating: Array(repeating: false, count: size), count: size)
        reserved = dark
    }

    private mutating func set(_ row: Int, _ column: Int, _ value: Bool) {
        dark[row][column] = value
        reserved[row][column] = true
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
            reserved[8][index] = true
            reserved[index][8] = true
        }
        for index in 0..<8 {
            reserved[8][size - 1 - index] = true
            reserved[size - 1 - index][8] = true
        }
        set(size - 8, 8, true)
        if version >= 7 {
            for a in 0..<6 {
                for b in 0..<3 {
                    reserved[a][size - 11 + b] = true
                    reserved[size - 11 + b][a] = true
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

    /// Fills data bits in the standard zig-zag, two columns at a time from the bottom right.
    mutating func placeData(_ codewords: [UInt8], remainderBits: Int) {
        var bits: [Bool] = codewords.flatMap { byte in (0..<8).map { (byte >> (7 - $0)) & 1 == 1 } }
        bits += Array(repeating: false, count: remainderBits)
        var index = 0
        var right = size - 1
        var upward = true
        while right > 0 {
            if right == 6 { right -= 1 }
            for step in 0..<size {
                let row = upward ? size - 1 - step : step
                for column in [right, right - 1] where !reserved[row][column] {
                    dark[row][column] = index < bits.count ? bits[index] : false
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

    /// A copy with `mask` applied to the data modules and the format bits for it placed.
    func masked(_ mask: Int) -> MatrixBuilder {
        var copy = self
        for row in 0..<size {
            for column in 0..<size where !reserved[row][column] && Self.maskBit(mask, row, column) {
                copy.dark[row][column].toggle()
            }
        }
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
        for index in 0..<6 { dark[index][8] = bit(index) }
        dark[7][8] = bit(6)
        dark[8][8] = bit(7)
        dark[8][7] = bit(8)
        for index in 9..<15 { dark[8][14 - index] = bit(index) }
        for index in 0..<8 { dark[8][size - 1 - index] = bit(index) }
        for index in 8..<15 { dark[size - 15 + index][8] = bit(index) }
        dark[size - 8][8] = true
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
            dark[a][size - 11 + b] = value
            dark[size - 11 + b][a] = value
        }
    }

    /// The standard's penalty: runs of five or more, 2×2 blocks, finder-like patterns, and
    /// imbalance of dark and light.
    var penalty: Int {
        var score = 0
        for line in 0..<size {
            for horizontal in [true, false] {
                var run = 1
                for index in 1..<size {
                    let current = horizontal ? dark[line][index] : dark[index][line]
                    let previous = horizontal ? dark[line][index - 1] : dark[index - 1][line]
                    if current == previous {
                        run += 1
                    } else {
                        if run >= 5 { score += run - 2 }
                        run = 1
                    }
                }
                if run >= 5 { score += run - 2 }
            }
        }
        for row in 0..<(size - 1) {
            for column in 0..<(size - 1) {
                let value = dark[row][column]
                if value == dark[row][column + 1] && value == dark[row + 1][column] && value == dark[row + 1][column + 1] { score += 3 }
            }
        }
        let pattern: [Bool] = [true, false, true, true, true, false, true, false, false, false, false]
        let reversed = Array(pattern.reversed())
        for line in 0..<size {
            for start in 0...(size - 11) {
                let row = (0..<11).map { dark[line][start + $0] }
                let column = (0..<11).map { dark[start + $0][line] }
                if row == pattern || row == reversed { score += 40 }
                if column == pattern || column == reversed { score += 40 }
            }
        }
        let darkCount = dark.reduce(0) { $0 + $1.filter { $0 }.count }
        let percent = darkCount * 100 / (size * size)
        score += (abs(percent - 50) / 5) * 10
        return score
    }
}
