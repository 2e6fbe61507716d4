/// One question of a ``Questionnaire``, named by a key that stays the same across versions and
/// languages, so answers to it can be counted together.
public struct Question: Codable, Equatable, Sendable {
    public enum Kind: Codable, Equatable, Sendable {
        /// 1 to 5, with what the two ends mean ("not at all relevant" … "very relevant").
        case scale(low: LocalizedText, high: LocalizedText)
        /// One of several options, each with a key of its own.
        case choice(options: [Option])
        case yesNo
        /// Free text of at most `maxLength` characters.
        case text(maxLength: Int)
    }

    public struct Option: Codable, Equatable, Sendable {
        public var key: String
        public var label: LocalizedText

        public init(key: String, label: LocalizedText) {
            self.key = key
            self.label = label
        }
    }

    /// Lower-case letters, digits and '-' (`relevance`, `referred-case`).
    public var key: String
    public var text: LocalizedText
    public var kind: Kind
    /// Whether a form without an answer to it is refused; free text is optional unless said.
    public var required: Bool

    public init(key: String, text: LocalizedText, kind: Kind, required: Bool) {
        self.key = key
        self.text = text
        self.kind = kind
        self.required = required
    }

    /// The lowest and highest point of every scale.
    public static let scalePoints = 1...5
}
