@testable import CadreKit
@testable import CadreRender
import Testing

@Suite("QR mask penalty")
struct QRPenaltyTests {
    /// The four rules written out as the standard states them, over rows of booleans: the
    /// specification the fast, flat scorer must agree with.
    static func referencePenalty(_ dark: [[Bool]]) -> Int {
        let size = dark.count
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
        for line in 0..<size {
            for start in 0...(size - 11) {
                let row = (0..<11).map { dark[line][start + $0] }
                let column = (0..<11).map { dark[start + $0][line] }
                if row == pattern || row == pattern.reversed() { score += 40 }
                if column == pattern || column == pattern.reversed() { score += 40 }
            }
        }
        let share = Double(dark.joined().filter { $0 }.count) * 100 / Double(size * size)
        score += Int(abs(share - 50) / 5) * 10
        return score
    }

    @Test("agrees with the rules written out, on every mask of real codes of each version")
    func realSymbols() throws {
        for length in [1, 19, 40, 70, 100, 130, 160, 190, 213] {
            let payload = Array((0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) })
            let version = try QRCode(bytes: payload).version
            var builder = MatrixBuilder(version: version)
            builder.placeFunctionPatterns()
            builder.placeVersion()
            builder.placeData(QRCode.codewords(payload, version: version))
            for mask in 0..<8 {
                let masked = builder.masked(mask)
                #expect(masked.penalty == Self.referencePenalty(masked.rows), "version \(version), mask \(mask)")
            }
        }
    }

    @Test("agrees with the rules written out, on random matrices of every density")
    func randomMatrices() {
        var random = SplitMix64(seed: 2026)
        for trial in 0..<60 {
            var builder = MatrixBuilder(version: 1 + trial % 10)
            let darkPercent = UInt64(trial * 5 % 100)
            for row in 0..<builder.size {
                for column in 0..<builder.size { builder[row, column] = random.next() % 100 < darkPercent }
            }
            #expect(builder.penalty == Self.referencePenalty(builder.rows), "trial \(trial)")
        }
    }

    @Test("a dark share within 5 % of half costs nothing, then 10 for every further full 5 %")
    func balance() {
        #expect(MatrixBuilder.balancePenalty(darkCount: 199, total: 441) == 0)  // 45.1 %
        #expect(MatrixBuilder.balancePenalty(darkCount: 198, total: 441) == 10)  // 44.9 %
        #expect(MatrixBuilder.balancePenalty(darkCount: 50, total: 100) == 0)
        #expect(MatrixBuilder.balancePenalty(darkCount: 55, total: 100) == 10)
        #expect(MatrixBuilder.balancePenalty(darkCount: 61, total: 100) == 20)
        #expect(MatrixBuilder.balancePenalty(darkCount: 100, total: 100) == 100)
        #expect(MatrixBuilder.balancePenalty(darkCount: 0, total: 441) == 100)
    }
}
