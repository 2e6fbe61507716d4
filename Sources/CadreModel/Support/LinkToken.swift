public import Foundation

/// The token of a personal link (a follow-up questionnaire's): 100 bits from the system's
/// secure generator, as 20 characters without look-alikes (no I, O, 0 or 1) so a link read
/// aloud or retyped from an SMS still works. Only its SHA-256 is kept.
public enum LinkToken {
    public static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    public static let length = 20

    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
    }

    /// A token computed from a seed — only for deterministic demos and tests, never for links
    /// people are sent (which use ``generate()``).
    public static func derived(from seed: UUID) -> String {
        let digest = SHA256.hash(Array(("link|" + seed.databaseText).utf8))
        return String(digest.prefix(length).map { alphabet[Int($0) & 0x1F] })
    }
}
