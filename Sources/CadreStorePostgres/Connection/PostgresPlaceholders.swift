/// Statements are written once, with SQLite's `?` for each parameter; PostgreSQL numbers its
/// parameters (`$1`, `$2`, …). A `?` inside a string literal, a quoted name, a comment or a
/// dollar-quoted body is text, not a parameter, and stays as it is.
public enum PostgresPlaceholders {
    public static func numbered(_ sql: String) -> String {
        let scalars = Array(sql.unicodeScalars)
        var output = String.UnicodeScalarView()
        var number = 0
        var index = 0
        /// Copies from `index` through the first `end` after `from` (or to the end).
        func copy(through end: [Unicode.Scalar], from start: Int) {
            var cursor = start
            while cursor < scalars.count {
                if Array(scalars[cursor..<min(scalars.count, cursor + end.count)]) == end {
                    cursor += end.count
                    break
                }
                cursor += 1
            }
            output.append(contentsOf: scalars[index..<cursor])
            index = cursor
        }
        while index < scalars.count {
            let scalar = scalars[index]
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            switch scalar {
            case "?":
                number += 1
                output.append(contentsOf: "$\(number)".unicodeScalars)
                index += 1
            // '' inside a literal closes it and opens the next one: the same text either way.
            case "'": copy(through: ["'"], from: index + 1)
            case "\"": copy(through: ["\""], from: index + 1)
            case "-" where next == "-": copy(through: ["\n"], from: index + 2)
            case "/" where next == "*": copy(through: ["*", "/"], from: index + 2)
            case "$":
                // $$ … $$ or $tag$ … $tag$ (a function's body in the schema).
                var end = index + 1
                while end < scalars.count, scalars[end] == "_" || scalars[end].properties.isAlphabetic { end += 1 }
                if end < scalars.count, scalars[end] == "$" {
                    let tag = Array(scalars[index...end])
                    copy(through: tag, from: end + 1)
                } else {
                    output.append(scalar)
                    index += 1
                }
            default:
                output.append(scalar)
                index += 1
            }
        }
        return String(output)
    }
}
