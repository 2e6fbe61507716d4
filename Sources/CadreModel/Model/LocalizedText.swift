/// A text in each of Cadre's working languages: Azerbaijani, English and Russian.
public struct LocalizedText: Codable, Equatable, Hashable, Sendable {
    public var az: String
    public var en: String
    public var ru: String

    public init(az: String, en: String, ru: String) {
        self.az = az
        self.en = en
        self.ru = ru
    }

    /// The same text in every language: a name nobody translated.
    public init(everywhere text: String) {
        self.init(az: text, en: text, ru: text)
    }

    public subscript(language: Language) -> String {
        switch language {
        case .az: az
        case .en: en
        case .ru: ru
        }
    }
}
