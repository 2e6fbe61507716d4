/// Rendering: walking the nodes with a stack of contexts, as the Mustache spec describes.
extension Template {
    /// Finds partials by name; nil means there is no such partial (an error naming the tag).
    public typealias PartialResolver = (String) throws -> Template?

    static let maximumOutputBytes = 64 << 20

    public func render(_ context: TemplateValue, partials: PartialResolver = { _ in nil }) throws -> String {
        var output = ""
        var stack = [context]
        try render(nodes, stack: &stack, partials: partials, indentation: "", depth: 0, into: &output)
        return output
    }

    private func render(
        _ nodes: [Node], stack: inout [TemplateValue], partials: PartialResolver, indentation: String, depth: Int, into output: inout String
    ) throws {
        for node in nodes {
            switch node {
            case .text(let text):
                output += indentation.isEmpty ? text : indent(text, with: indentation, atLineStart: output.isEmpty || output.hasSuffix("\n"))
            case .variable(let path, let escaped, _, _):
                let value = Self.lookup(path, in: stack)?.text ?? ""
                if !indentation.isEmpty && (output.isEmpty || output.hasSuffix("\n")) { output += indentation }
                output += escaped ? HTML.escape(value) : value
            case .section(let path, let inverted, let children):
                let value = Self.lookup(path, in: stack) ?? .null
                if inverted {
                    if !value.isTruthy { try render(children, stack: &stack, partials: partials, indentation: indentation, depth: depth, into: &output) }
                } else if case .list(let items) = value {
                    for item in items {
                        stack.append(item)
                        defer { stack.removeLast() }
                        try render(children, stack: &stack, partials: partials, indentation: indentation, depth: depth, into: &output)
                    }
                } else if value.isTruthy {
                    stack.append(value)
                    defer { stack.removeLast() }
                    try render(children, stack: &stack, partials: partials, indentation: indentation, depth: depth, into: &output)
                }
            case .partial(let name, let partialIndentation, let line, let column):
                guard depth < 32 else {
                    throw TemplateError(file: self.name, line: line, column: column, message: "partials nested deeper than 32 levels")
                }
                // Two recursive partials within the depth limit would render 2^32 times: stop
                // at a size no page reaches instead of hanging.
                guard output.utf8.count <= Self.maximumOutputBytes else {
                    throw TemplateError(file: self.name, line: line, column: column, message: "renders more than 64 MiB (are partials recursive?)")
                }
                guard let partial = try partials(name) else {
                    throw TemplateError(file: self.name, line: line, column: column, message: "missing partial '\(name)'")
                }
                try partial.render(
                    partial.nodes, stack: &stack, partials: partials, indentation: indentation + partialIndentation, depth: depth + 1,
                    into: &output)
            }
        }
    }

    /// Indents every line start in `text`; the first only if output is at a line start.
    private func indent(_ text: String, with indentation: String, atLineStart: Bool) -> String {
        var result = ""
        var lineStart = atLineStart
        for character in text {
            if lineStart && character != "\n" && character != "\r\n" { result += indentation }
            result.append(character)
            lineStart = character == "\n" || character == "\r\n"
        }
        return result
    }

    /// `.` is the top of the stack; `a.b.c` finds `a` in the nearest context that has it,
    /// then walks into it.
    static func lookup(_ path: Path, in stack: [TemplateValue]) -> TemplateValue? {
        guard let first = path.parts.first else { return stack.last }
        var found: TemplateValue?
        for context in stack.reversed() {
            if let value = context[first] {
                found = value
                break
            }
        }
        guard var value = found else { return nil }
        for part in path.parts.dropFirst() {
            guard let next = value[part] else { return nil }
            value = next
        }
        return value
    }
}
