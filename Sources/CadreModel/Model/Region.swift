/// A district, city or Baku city district of Azerbaijan, the unit regional reports group by.
public struct Region: Codable, Equatable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case district
        case city
        case cityDistrict = "city-district"
    }

    public let code: String
    public let kind: Kind
    /// The city a city district belongs to (Baku's districts), else nil.
    public let parentCode: String?
    public let name: LocalizedText
    /// Common spellings: short names, transliterations, Russian forms.
    public let aliases: [String]

    public init(code: String, kind: Kind, parentCode: String?, name: LocalizedText, aliases: [String]) {
        self.code = code
        self.kind = kind
        self.parentCode = parentCode
        self.name = name
        self.aliases = aliases
    }
}
