public import CadreModel

/// A name as people type it on a command line: one text for every language, or three
/// separated by `|` in the order az, en, ru (`"Saatlı mərkəzi|Saatli centre|Саатлинский центр"`).
public enum TypedNames {
    /// A name that does not read as one name or three.
    public struct Refused: CadreError, Equatable {
        public let description: String
        public var category: ErrorCategory { .invalidInput }

        public init(description: String) { self.description = description }
    }

    /// The names in `typed`, each one line of at most `limit` characters; "" is nil (removes
    /// the name). `option` names the flag in the error.
    public static func parse(_ typed: String, option: String, limit: Int = 200) throws -> LocalizedText? {
        let parts = typed.split(separator: "|", omittingEmptySubsequences: false).map { TextFolding.clean(String($0)) }
        if parts == [""] { return nil }
        guard parts.count == 1 || parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else {
            throw Refused(description: "\(option) '\(typed)' is not one name or three, \"az|en|ru\"")
        }
        guard parts.allSatisfy({ $0.count <= limit }) else { throw Refused(description: "\(option) is longer than \(limit) characters") }
        return parts.count == 1 ? LocalizedText(everywhere: parts[0]) : LocalizedText(az: parts[0], en: parts[1], ru: parts[2])
    }
}
