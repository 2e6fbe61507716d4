/// The short references people type and write on paper — `T-00042`, `V-00001`, `TR-00003`,
/// `DV-2021-00007` — numbered per kind, at least five digits so lists line up.
public enum ShortReference {
    public static func make(prefix: String, number: Int) -> String {
        let digits = String(number)
        return prefix + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }
}
