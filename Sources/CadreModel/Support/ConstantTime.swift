/// Comparing secrets (password hashes, form tokens, signatures) in time that does not depend on
/// where they differ, so a client timing the answers learns nothing of the expected value.
public enum ConstantTime {
    public static func equal(_ a: some Collection<UInt8>, _ b: some Collection<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
