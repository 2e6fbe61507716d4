public import Foundation

/// The code printed on a certificate so anyone can check it is genuine: 80 bits from the
/// system's cryptographically secure generator (getrandom), written as 16 characters of
/// Crockford's base 32 in groups of four — `7KQ4-M2XD-9PRT-HW3C` — with no I, L, O or U to
/// mistake.
public enum VerificationCode {
    package static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let high = generator.next() as UInt64
        let low = generator.next() as UInt16
        var characters: [Character] = []
        // 64 + 16 = 80 bits → 16 characters of 5 bits.
        var bits = UInt128(high) << 16 | UInt128(low)
        for _ in 0..<16 {
            characters.append(alphabet[Int(bits & 0x1F)])
            bits >>= 5
        }
        return format(String(characters))
    }

    /// A code computed from a seed — only for deterministic demos and tests, never for real
    /// certificates (which use ``generate()``).
    public static func derived(from seed: UUID) -> String {
        let digest = SHA256.hash(Array(seed.databaseText.utf8))
        return format(String(digest.prefix(16).map { alphabet[Int($0) & 0x1F] }))
    }

    package static func format(_ compact: String) -> String {
        stride(from: 0, to: compact.count, by: 4).map { start in
            let from = compact.index(compact.startIndex, offsetBy: start)
            return String(compact[from..<compact.index(from, offsetBy: min(4, compact.count - start))])
        }.joined(separator: "-")
    }

    /// What a person typed, made comparable: case and dashes ignored, O read as 0, I and L as 1.
    public static func normalise(_ typed: String) -> String? {
        var compact = ""
        for character in typed.uppercased() where character != "-" && character != " " {
            switch character {
            case "O": compact.append("0")
            case "I", "L": compact.append("1")
            case _ where alphabet.contains(character): compact.append(character)
            default: return nil
            }
        }
        return compact.count == 16 ? format(compact) : nil
    }
}
