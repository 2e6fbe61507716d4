/// A parsed Mustache template: parse once, render many times.
///
/// Supports the spec's interpolation (`{{name}}` escaped, `{{{name}}}` and `{{& name}}` raw),
/// dotted names and `{{.}}`, sections and inverted sections, comments and partials, with
/// standalone tag lines removed as the spec requires. Set-delimiter tags and lambdas are not
/// supported (and are parse errors).
public struct Template: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        case variable(name: String, escaped: Bool, line: Int, column: Int)
        case section(name: String, inverted: Bool, nodes: [Node])
        case partial(name: String, indentation: String, line: Int, column: Int)
    }

    public let name: String
    let nodes: [Node]

    public init(name: String, source: String) throws {
        self.name = name
        self.nodes = try TemplateParser(file: name, source: source).parse()
    }
}
