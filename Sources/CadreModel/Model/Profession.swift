/// A professional group the programme trains and reports on, e.g. `social-worker`.
public struct Profession: Codable, Equatable, Hashable, Sendable {
    /// A stable code used in files, reports and the database.
    public let code: String
    public let label: LocalizedText
    /// Other words people write for this profession in sign-up sheets, in any language.
    public let aliases: [String]

    public init(code: String, label: LocalizedText, aliases: [String] = []) {
        self.code = code
        self.label = label
        self.aliases = aliases
    }
}
