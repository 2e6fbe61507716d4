/// PBKDF2 with HMAC-SHA-256 (RFC 8018, 5.2): how user passwords are kept. Each iteration is two
/// SHA-256 compressions of one block against the key's inner and outer states, made once —
/// about a third of a second for OWASP's 600,000 iterations on this machine's release build,
/// which is what a login should cost and a guess should cost too.
public enum PBKDF2 {
    public static func sha256(password: [UInt8], salt: [UInt8], iterations: Int, length: Int) -> [UInt8] {
        precondition(iterations > 0 && length > 0)
        // HMAC's key schedule: the states after the key's inner and outer blocks.
        var key = password.count > 64 ? SHA256.hash(password) : password
        key += [UInt8](repeating: 0, count: 64 - key.count)
        let inner = keyState(key, pad: 0x36)
        let outer = keyState(key, pad: 0x5c)
        var derived: [UInt8] = []
        var block: UInt32 = 1
        while derived.count < length {
            // U1 = HMAC(password, salt ‖ INT(block)); then Uj = HMAC(password, Uj-1).
            var u = SHA256.hmac(key: password, message: salt + [UInt8(block >> 24), UInt8(block >> 16 & 0xFF), UInt8(block >> 8 & 0xFF), UInt8(block & 0xFF)])
            var t = words(u)
            var current = t
            for _ in 1..<iterations {
                current = hmacOfDigest(current, inner: inner, outer: outer)
                for i in 0..<8 { t[i] ^= current[i] }
            }
            u = SHA256.bytes(t)
            derived += u
            block += 1
        }
        return Array(derived.prefix(length))
    }

    private static func keyState(_ key: [UInt8], pad: UInt8) -> SHA256.State {
        var state = SHA256.initial
        var w = InlineArray<64, UInt32>(repeating: 0)
        for i in 0..<16 {
            w[i] = UInt32(key[4 * i] ^ pad) << 24 | UInt32(key[4 * i + 1] ^ pad) << 16 | UInt32(key[4 * i + 2] ^ pad) << 8 | UInt32(key[4 * i + 3] ^ pad)
        }
        SHA256.compress(&state, &w)
        return state
    }

    /// HMAC of a 32-byte message (a digest, as words) from the key's precomputed states: the
    /// message and its padding are one block, 96 bytes hashed in all (768 bits).
    private static func hmacOfDigest(_ digest: SHA256.State, inner: SHA256.State, outer: SHA256.State) -> SHA256.State {
        finish(outer, with: finish(inner, with: digest))
    }

    /// The hash of a key block already in `state` followed by a 32-byte `digest`: one block of
    /// the digest, its padding bit and the total length.
    private static func finish(_ state: SHA256.State, with digest: SHA256.State) -> SHA256.State {
        var w = InlineArray<64, UInt32>(repeating: 0)
        for i in 0..<8 { w[i] = digest[i] }
        w[8] = 0x8000_0000
        w[15] = 768
        var result = state
        SHA256.compress(&result, &w)
        return result
    }

    private static func words(_ bytes: [UInt8]) -> SHA256.State {
        var state = SHA256.State(repeating: 0)
        for i in 0..<8 { state[i] = UInt32(bytes[4 * i]) << 24 | UInt32(bytes[4 * i + 1]) << 16 | UInt32(bytes[4 * i + 2]) << 8 | UInt32(bytes[4 * i + 3]) }
        return state
    }
}
