/// Reed–Solomon error correction over GF(256) with the QR code's polynomial x⁸+x⁴+x³+x²+1.
enum ReedSolomon {
    static let (exp, log): ([UInt8], [Int]) = {
        var exp = [UInt8](repeating: 0, count: 512)
        var log = [Int](repeating: 0, count: 256)
        var value = 1
        for index in 0..<255 {
            exp[index] = UInt8(value)
            log[value] = index
            value <<= 1
            if value & 0x100 != 0 { value ^= 0x11D }
        }
        for index in 255..<512 { exp[index] = exp[index - 255] }
        return (exp, log)
    }()

    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        guard a != 0, b != 0 else { return 0 }
        return exp[log[Int(a)] + log[Int(b)]]
    }

    /// The generator polynomial (x − α⁰)(x − α¹)…(x − αⁿ⁻¹), highest degree first, leading 1 dropped.
    static func generator(degree: Int) -> [UInt8] {
        var polynomial: [UInt8] = [1]
        for index in 0..<degree {
            var next = [UInt8](repeating: 0, count: polynomial.count + 1)
            for (position, coefficient) in polynomial.enumerated() {
                next[position] ^= coefficient
                next[position + 1] ^= multiply(coefficient, exp[index])
            }
            polynomial = next
        }
        return Array(polynomial.dropFirst())
    }

    /// The generator polynomials of every degree a QR code uses (7 to 30), as the logarithms
    /// of their coefficients (-1 for a zero one), made once: every block of every code asked
    /// for its polynomial again.
    private static let generatorLogs: [[Int]] = (0...30).map(logarithms(of:))

    private static func logarithms(of degree: Int) -> [Int] {
        generator(degree: degree).map { $0 == 0 ? -1 : log[Int($0)] }
    }

    /// The `count` error-correction codewords of `data`: the remainder of its division by the
    /// generator, kept in place and multiplied through logarithms.
    static func remainder(_ data: [UInt8], count: Int) -> [UInt8] {
        guard count > 0 else { return [] }
        let generator = count < generatorLogs.count ? generatorLogs[count] : logarithms(of: count)
        var remainder = [UInt8](repeating: 0, count: count)
        for byte in data {
            let factor = byte ^ remainder[0]
            for index in 1..<count { remainder[index - 1] = remainder[index] }
            remainder[count - 1] = 0
            guard factor != 0 else { continue }
            let logFactor = log[Int(factor)]
            for index in 0..<count where generator[index] >= 0 { remainder[index] ^= exp[logFactor + generator[index]] }
        }
        return remainder
    }
}
