import CadreModel
/// Walks one JSON object during validation: reads the keys a format expects, tracks the JSON
/// path for error messages, and refuses keys nobody asked for.
struct JSONObjectReader {
    let path: String
    private let members: [(key: String, value: JSONValue)]
    private var consumed: Set<String> = []
    private let fail: (String, String) -> CurriculumError

    init(_ value: JSONValue, path: String, fail: @escaping (String, String) -> CurriculumError) throws {
        guard case .object(let members) = value else {
            throw fail(path, "expected an object, found \(value.typeDescription)")
        }
        self.path = path
        self.members = members
        self.fail = fail
    }

    func error(_ key: String, _ message: String) -> CurriculumError { fail(childPath(key), message) }

    func childPath(_ key: String) -> String { "\(path).\(key)" }

    mutating func optional(_ key: String) -> JSONValue? {
        consumed.insert(key)
        guard let value = members.first(where: { $0.key == key })?.value, value != .null else { return nil }
        return value
    }

    mutating func required(_ key: String) throws -> JSONValue {
        guard let value = optional(key) else { throw fail(path, "missing required key '\(key)'") }
        return value
    }

    mutating func string(_ key: String) throws -> String {
        let value = try required(key)
        guard case .string(let text) = value else { throw error(key, "expected a string, found \(value.typeDescription)") }
        let cleaned = TextFolding.clean(text)
        guard !cleaned.isEmpty else { throw error(key, "must not be empty") }
        return cleaned
    }

    mutating func integer(_ key: String, in range: ClosedRange<Int>) throws -> Int {
        try Self.integer(try required(key), at: childPath(key), in: range, fail: fail)
    }

    mutating func optionalInteger(_ key: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let value = optional(key) else { return nil }
        return try Self.integer(value, at: childPath(key), in: range, fail: fail)
    }

    mutating func array(_ key: String) throws -> [JSONValue] {
        try Self.array(try required(key), at: childPath(key), fail: fail)
    }

    static func array(_ value: JSONValue, at path: String, fail: (String, String) -> CurriculumError) throws -> [JSONValue] {
        guard case .array(let elements) = value else { throw fail(path, "expected an array, found \(value.typeDescription)") }
        return elements
    }

    static func integer(
        _ value: JSONValue, at path: String, in range: ClosedRange<Int>, fail: (String, String) -> CurriculumError
    ) throws -> Int {
        guard case .number(let text) = value else { throw fail(path, "expected a whole number, found \(value.typeDescription)") }
        guard let number = Int(text) else { throw fail(path, "expected a whole number, found \(text)") }
        guard range.contains(number) else {
            throw fail(path, "\(number) is out of range (\(range.lowerBound)…\(range.upperBound))")
        }
        return number
    }

    /// Call last: any key the format does not know is an error, so typos are caught.
    func finish() throws {
        if let unknown = members.first(where: { !consumed.contains($0.key) }) {
            throw fail(childPath(unknown.key), "unknown key '\(unknown.key)'")
        }
    }
}
