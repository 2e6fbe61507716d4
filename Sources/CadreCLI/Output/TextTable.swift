/// Aligned plain-text columns, for list and show commands' default output.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []

    init(_ headers: String...) { self.headers = headers }

    init(_ headers: [String]) { self.headers = headers }

    mutating func append(_ cells: [String]) { rows.append(cells) }

    /// Columns separated by two spaces, padded by characters (not bytes), trailing spaces trimmed.
    func render() -> String {
        let widths = headers.indices.map { column in
            ([headers] + rows).map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
        }
        return ([headers] + rows).map { cells in
            cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }
            .joined(separator: "  ")
            .replacingTrailingSpaces()
        }
        .joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate func replacingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
