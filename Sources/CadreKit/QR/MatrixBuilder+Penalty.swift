/// The standard's penalty score of a masked symbol (ISO/IEC 18004 §7.8.3.1), the lower the
/// better: N1 for runs of five or more alike, N2 for 2×2 blocks, N3 for finder-like patterns,
/// N4 for imbalance of dark and light.
extension MatrixBuilder {
    /// `1011101` followed by four light modules, the first module in bit 0, and its mirror.
    private static let finderLike: UInt64 = 0b000_0101_1101
    private static let finderLikeMirrored: UInt64 = 0b101_1101_0000

    /// Rules applied to whole rows at once, and to the columns as the rows of the transposed
    /// symbol: eight masks are scored for every code.
    var penalty: Int {
        let columns = transposed
        var score = 0
        var darkCount = 0
        for line in 0..<size {
            score += linePenalty(dark[line]) + linePenalty(columns[line])
            darkCount += dark[line].nonzeroBitCount
            if line + 1 < size {
                // N2: column c starts a 2×2 block of one colour when both rows agree at c and
                // c + 1, and the upper row agrees with itself across.
                let upper = dark[line]
                let agree = ~(upper ^ dark[line + 1])
                let blocks = agree & agree >> 1 & ~(upper ^ upper >> 1) & width >> 1
                score += 3 * blocks.nonzeroBitCount
            }
        }
        return score + Self.balancePenalty(darkCount: darkCount, total: size * size)
    }

    /// N4: 10 points for every full 5 % that the dark share is away from half, in integers
    /// (45.1 % dark is less than 5 % away and costs nothing).
    static func balancePenalty(darkCount: Int, total: Int) -> Int {
        abs(darkCount * 100 - 50 * total) / (5 * total) * 10
    }

    /// The columns as words, row `r` in bit `r`.
    private var transposed: [UInt64] {
        var columns = [UInt64](repeating: 0, count: size)
        for row in 0..<size {
            var bits = dark[row]
            while bits != 0 {
                columns[bits.trailingZeroBitCount] |= 1 << row
                bits &= bits - 1
            }
        }
        return columns
    }

    /// N1 (runs of five or more: 3 points, and 1 for each module beyond five) and N3 (40 for
    /// each finder-like window) along one row or column.
    private func linePenalty(_ line: UInt64) -> Int {
        // N1: a bit at c where the five modules from c are alike; a run of n ≥ 5 alike sets
        // n − 4 such bits, and scores n − 2, so 2 more for each first bit of a run.
        let alike = ~(line ^ line >> 1)
        let five = alike & alike >> 1 & alike >> 2 & alike >> 3 & width >> 4
        let score = five.nonzeroBitCount + 2 * (five & ~(five << 1)).nonzeroBitCount
        // N3: a bit at c where the 11 modules from c are the pattern (or its mirror).
        var forward: UInt64 = (1 << (size - 10)) - 1
        var mirrored = forward
        for offset in 0..<11 {
            let shifted = line >> offset
            forward &= Self.finderLike >> offset & 1 == 1 ? shifted : ~shifted
            mirrored &= Self.finderLikeMirrored >> offset & 1 == 1 ? shifted : ~shifted
        }
        return score + 40 * (forward.nonzeroBitCount + mirrored.nonzeroBitCount)
    }
}
