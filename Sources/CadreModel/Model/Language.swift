/// The working languages of Cadre's pages and labels.
public enum Language: String, CaseIterable, Codable, Sendable {
    case az, en, ru
}
