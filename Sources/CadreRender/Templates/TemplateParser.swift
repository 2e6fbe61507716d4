import Foundation

/// Turns template text into nodes, following the Mustache spec's rules for standalone tags.
struct TemplateParser {
    let file: String
    let source: [Character]

    init(file: String, source: String) {
        self.file = file
        self.source = Array(source)
    }

    private struct Tag {
        let kind: Character?  // '#', '^', '/', '!', '>', '&', '{' or nil for a variable
        let content: String
        let start: Int  // index of the opening "{{"
        let end: Int  // index after the closing "}}"
    }

    private struct Frame {
        let name: String
        let inverted: Bool
        let line: Int
        let column: Int
        var nodes: [Template.Node] = []
    }

    func parse() throws -> [Template.Node] {
        var stack = [Frame(name: "", inverted: false, line: 0, column: 0)]
        var index = 0
        var textStart = 0

        func append(_ node: Template.Node) { stack[stack.count - 1].nodes.append(node) }
        func appendText(_ from: Int, _ to: Int) {
            if from < to { append(.text(String(source[from..<to]))) }
        }

        while let open = find("{{", from: index) {
            let (line, column) = position(of: open)
            let tag = try readTag(at: open)
            // A standalone tag: only white space around it on its line; the whole line goes.
            var textEnd = open
            var next = tag.end
            var indentation = ""
            let canStandAlone = tag.kind.map { "#^/!>".contains($0) } ?? false
            if canStandAlone, let lineStart = standaloneStart(before: open), let lineEnd = standaloneEnd(after: tag.end) {
                textEnd = lineStart
                next = lineEnd
                indentation = String(source[lineStart..<open])
            }
            appendText(textStart, textEnd)
            let name = tag.content.trimmingCharacters(in: .whitespaces)
            switch tag.kind {
            case "!":
                break
            case "#", "^":
                guard !name.isEmpty else { throw error(line, column, "a section needs a name") }
                stack.append(Frame(name: name, inverted: tag.kind == "^", line: line, column: column))
            case "/":
                let frame = stack.removeLast()
                guard stack.count >= 1, frame.line > 0 else { throw error(line, column, "closing tag '\(name)' without an open section") }
                guard frame.name == name else {
                    throw error(line, column, "closing tag '\(name)' does not match the open section '\(frame.name)' (line \(frame.line))")
                }
                append(.section(Template.Path(frame.name), inverted: frame.inverted, nodes: frame.nodes))
            case ">":
                guard !name.isEmpty else { throw error(line, column, "a partial needs a name") }
                append(.partial(name: name, indentation: indentation, line: line, column: column))
            case "&", "{":
                guard !name.isEmpty else { throw error(line, column, "an interpolation needs a name") }
                append(.variable(Template.Path(name), escaped: false, line: line, column: column))
            case "=":
                throw error(line, column, "set-delimiter tags are not supported")
            default:
                guard !name.isEmpty else { throw error(line, column, "empty tag") }
                append(.variable(Template.Path(name), escaped: true, line: line, column: column))
            }
            index = next
            textStart = next
        }
        appendText(textStart, source.count)
        if stack.count > 1, let open = stack.last {
            throw error(open.line, open.column, "unclosed section '\(open.name)'")
        }
        return stack[0].nodes
    }

    private func readTag(at open: Int) throws -> Tag {
        let (line, column) = position(of: open)
        var start = open + 2
        var kind: Character?
        if start < source.count, "#^/!>&{=".contains(source[start]) {
            kind = source[start]
            start += 1
        }
        let closing = kind == "{" ? "}}}" : "}}"
        guard let close = find(closing, from: start) else { throw error(line, column, "unclosed tag") }
        let content = String(source[start..<close])
        if kind != "!" && content.contains("{{") { throw error(line, column, "unclosed tag") }
        return Tag(kind: kind, content: content, start: open, end: close + closing.count)
    }

    /// The start of the line if only spaces or tabs precede `index` on it.
    private func standaloneStart(before index: Int) -> Int? {
        var cursor = index
        while cursor > 0 {
            let character = source[cursor - 1]
            if character == "\n" || character == "\r\n" { return cursor }
            guard character == " " || character == "\t" else { return nil }
            cursor -= 1
        }
        return 0
    }

    /// The index after the line break (or the end) if only spaces or tabs follow `index`.
    private func standaloneEnd(after index: Int) -> Int? {
        var cursor = index
        while cursor < source.count {
            let character = source[cursor]
            if character == "\n" { return cursor + 1 }
            if character == "\r\n" { return cursor + 1 }
            if character == "\r", cursor + 1 < source.count, source[cursor + 1] == "\n" { return cursor + 2 }
            guard character == " " || character == "\t" else { return nil }
            cursor += 1
        }
        return cursor
    }

    private func find(_ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle)
        guard pattern.count <= source.count else { return nil }
        var index = start
        while index + pattern.count <= source.count {
            if source[index] == pattern[0] && Array(source[index..<index + pattern.count]) == pattern { return index }
            index += 1
        }
        return nil
    }

    private func position(of index: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in source[..<index] {
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    private func error(_ line: Int, _ column: Int, _ message: String) -> TemplateError {
        TemplateError(file: file, line: line, column: column, message: message)
    }
}
