/// Counts in sentences, in the singular for one: "1 sign-in sheet", "2 sign-in sheets".
public enum Plural {
    public static func count(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }
}
