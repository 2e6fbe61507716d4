/// Turns a flat message catalog (`"sheet.title": "…"`) into the nested value templates read
/// as `{{t.sheet.title}}`.
public enum Messages {
    public static func tree(_ messages: [String: String]) -> TemplateValue {
        var root: [String: TemplateValue] = [:]
        for (key, text) in messages.sorted(by: { $0.key < $1.key }) {
            insert(text, at: key.split(separator: ".").map(String.init)[...], into: &root)
        }
        return .object(root)
    }

    private static func insert(_ text: String, at path: ArraySlice<String>, into object: inout [String: TemplateValue]) {
        guard let first = path.first else { return }
        if path.count == 1 {
            object[first] = .string(text)
            return
        }
        var child: [String: TemplateValue] = [:]
        if case .object(let existing) = object[first] { child = existing }
        insert(text, at: path.dropFirst(), into: &child)
        object[first] = .object(child)
    }
}
