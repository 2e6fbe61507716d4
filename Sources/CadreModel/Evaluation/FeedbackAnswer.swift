/// One answer on a feedback form, as stored: a number for a scale (1–5) or yes/no (1/0), text
/// for a choice (its option's key) or free text.
public enum FeedbackAnswer: Equatable, Hashable, Sendable {
    case scale(Int)
    case choice(String)
    case yesNo(Bool)
    case text(String)

    /// The stored number, if the answer is one.
    public var number: Int? {
        switch self {
        case .scale(let value): value
        case .yesNo(let yes): yes ? 1 : 0
        case .choice, .text: nil
        }
    }

    /// The stored text, if the answer is one.
    public var text: String? {
        switch self {
        case .choice(let key): key
        case .text(let text): text
        case .scale, .yesNo: nil
        }
    }

    /// The answer to `question` stored as `number` or `text`, or nil when they do not fit it.
    public init?(stored number: Int?, _ text: String?, for kind: Question.Kind) {
        switch (kind, number, text) {
        case (.scale, let value?, nil): self = .scale(value)
        case (.yesNo, let value?, nil): self = .yesNo(value != 0)
        case (.choice, nil, let key?): self = .choice(key)
        case (.text, nil, let text?): self = .text(text)
        default: return nil
        }
    }
}
