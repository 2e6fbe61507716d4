/// Sex as the programme's reports disaggregate it.
public enum Sex: String, CaseIterable, Codable, Sendable {
    case female, male
}
