/// The data a template is rendered with: an explicit tree, not reflection, so what a page can
/// show is exactly what the code chose to give it.
public indirect enum TemplateValue: Equatable, Sendable, ExpressibleByStringLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    case null
    case string(String)
    case number(Double)
    case bool(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])
    /// An object as parallel lists of keys and values: what a page repeats thousands of
    /// times (a sheet's rows) shares one list of keys and is read without hashing.
    case record(keys: [String], values: [TemplateValue])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// An optional string: `.null` when absent, so sections can test for it.
    public static func text(_ value: String?) -> TemplateValue { value.map(TemplateValue.string) ?? .null }

    /// False, null, an empty string and an empty list hide a section; everything else shows it.
    var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .string(let value): !value.isEmpty
        case .list(let items): !items.isEmpty
        case .number, .object, .record: true
        }
    }

    /// The text an interpolation prints.
    var text: String {
        switch self {
        case .null: ""
        case .string(let value): value
        case .bool(let value): value ? "true" : "false"
        case .number(let value): value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .list, .object, .record: ""
        }
    }

    subscript(key: String) -> TemplateValue? {
        switch self {
        case .object(let members): members[key]
        case .record(let keys, let values): keys.firstIndex(of: key).map { values[$0] }
        default: nil
        }
    }
}
