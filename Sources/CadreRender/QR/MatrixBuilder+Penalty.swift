/// The standard's penalty score of a masked symbol (ISO/IEC 18004 §7.8.3.1), the lower the
/// better: N1 for runs of five or more alike, N2 for 2×2 blocks, N3 for finder-like patterns,
/// N4 for imbalance of dark and light.
extension MatrixBuilder {
    /// `1011101` followed by four light modules, the first module in bit 0, and its mirror.
    private static let finderLike: UInt64 = 0b000_0101_1101
    private static let finderLikeMirrored: UInt64 = 0b101_1101_0000

    /// Rules applied to whole rows at once: along a row with shifts, down the columns with
    /// the rows themselves as vectors of all columns (no transposed copy: eight masks are
    /// scored for every code).
    var penalty: Int {
        var score = 0
        var darkCount = 0
        var previousFive: UInt64 = 0
        for line in 0..<size {
            let upper = dark[line]
            score += linePenalty(upper)
            darkCount += upper.nonzeroBitCount
            if line + 1 < size {
                // N2: column c starts a 2×2 block of one colour when both rows agree at c and
                // c + 1, and the upper row agrees with itself across.
                let agree = ~(upper ^ dark[line + 1])
                let blocks = agree & agree >> 1 & ~(upper ^ upper >> 1) & width >> 1
                score += 3 * blocks.nonzeroBitCount
            }
            if line + 5 <= size {
                // N1 down the columns: the five rows from this one alike, in each column; the
                // first such row of a run scores 2 more (as along a row).
                var five = width
                for next in line + 1..<line + 5 { five &= ~(upper ^ dark[next]) }
                score += five.nonzeroBitCount + 2 * (five & ~previousFive).nonzeroBitCount
                previousFive = five
            }
            if line + 11 <= size {
                // N3 down the columns: the eleven rows from this one are the pattern.
                var forward = width
                var mirrored = width
                for offset in 0..<11 {
                    let row = dark[line + offset]
                    forward &= Self.finderLike >> offset & 1 == 1 ? row : ~row
                    mirrored &= Self.finderLikeMirrored >> offset & 1 == 1 ? row : ~row
                }
                score += 40 * (forward.nonzeroBitCount + mirrored.nonzeroBitCount)
            }
        }
        return score + Self.balancePenalty(darkCount: darkCount, total: size * size)
    }

    /// N4: 10 points for every full 5 % that the dark share is away from half, in integers
    /// (45.1 % dark is less than 5 % away and costs nothing).
    static func balancePenalty(darkCount: Int, total: Int) -> Int {
        abs(darkCount * 100 - 50 * total) / (5 * total) * 10
    }

    /// N1 (runs of five or more: 3 points, and 1 for each module beyond five) and N3 (40 for
    /// each finder-like window) along one row.
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
