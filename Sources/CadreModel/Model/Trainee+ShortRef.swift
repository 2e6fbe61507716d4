extension Trainee {
    /// Whether `ref` has the shape of Cadre's own references, `T-` (either case) and digits:
    /// only those are looked for among Cadre's references before the centres' own.
    public static func couldBeShortRef(_ ref: String) -> Bool {
        let bytes = ref.utf8
        guard bytes.count > 2, bytes.first == UInt8(ascii: "T") || bytes.first == UInt8(ascii: "t"),
            bytes.dropFirst().first == UInt8(ascii: "-")
        else { return false }
        return bytes.dropFirst(2).allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
