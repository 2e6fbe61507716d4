/// A parsed Mustache template: parse once, render many times.
///
/// Supports the spec's interpolation (`{{name}}` escaped, `{{{name}}}` and `{{& name}}` raw),
/// dotted names and `{{.}}`, sections and inverted sections, comments and partials, with
/// standalone tag lines removed as the spec requires. Set-delimiter tags and lambdas are not
/// supported (and are parse errors).
public struct Template: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        case variable(Path, escaped: Bool, line: Int, column: Int)
        case section(Path, inverted: Bool, nodes: [Node])
        case partial(name: String, indentation: String, line: Int, column: Int)
    }

    /// A tag's name split at its dots once, when the template is parsed: rendering looks
    /// names up for every row of every page.
    struct Path: Sendable {
        /// Empty for `.`, the top of the context stack.
        let parts: [String]

        init(_ name: String) {
            parts = name == "." ? [] : name.split(separator: ".").map(String.init)
        }
    }

    public let name: String
    let nodes: [Node]

    public init(name: String, source: String) throws {
        self.name = name
        self.nodes = try TemplateParser(file: name, source: source).parse()
    }
}
