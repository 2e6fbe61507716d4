public import Foundation

/// How a password is kept: `pbkdf2-sha256$ITERATIONS$SALT$HASH` (salt and hash in base64), never
/// the password. The salt is 16 bytes from the system's secure generator; the iterations are
/// OWASP's current figure for PBKDF2-HMAC-SHA256 unless a test asks for fewer. A password is
/// compared in Unicode's composed form (NFC), so `ə` typed on any keyboard is the same `ə`.
public enum PasswordHash {
    /// OWASP Password Storage Cheat Sheet (2023) for PBKDF2-HMAC-SHA256.
    public static let recommendedIterations = 600_000

    public static func make(_ password: String, iterations: Int = recommendedIterations) -> String {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return make(password, iterations: iterations, salt: salt)
    }

    static func make(_ password: String, iterations: Int, salt: [UInt8]) -> String {
        let derived = PBKDF2.sha256(password: Array(password.precomposedStringWithCanonicalMapping.utf8), salt: salt, iterations: iterations, length: 32)
        return "pbkdf2-sha256$\(iterations)$\(Data(salt).base64EncodedString())$\(Data(derived).base64EncodedString())"
    }

    /// Whether `password` is the one `stored` was made from; false for anything malformed.
    /// The comparison takes the same time wherever the bytes differ.
    public static func verify(_ password: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$")
        guard parts.count == 4, parts[0] == "pbkdf2-sha256", let iterations = Int(parts[1]), (1...10_000_000).contains(iterations),
            let salt = Data(base64Encoded: String(parts[2])), let expected = Data(base64Encoded: String(parts[3])), expected.count == 32
        else { return false }
        let derived = PBKDF2.sha256(password: Array(password.precomposedStringWithCanonicalMapping.utf8), salt: [UInt8](salt), iterations: iterations, length: 32)
        return ConstantTime.equal(derived, expected)
    }
}
