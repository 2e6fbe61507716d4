/// Many values asked about in one statement, `… IN (?, ?, …)`, a fixed number of places at a
/// time: one statement text for every list (prepared once, on PostgreSQL), the places left
/// over filled with NULL, which matches nothing.
package struct ParameterList {
    /// Places in one statement: far below SQLite's 32,766 and PostgreSQL's 65,535 parameters.
    package static let width = 250
    /// `(?, ?, …)`, ``width`` places.
    package static let places = "(" + Array(repeating: "?", count: width).joined(separator: ", ") + ")"

    /// The values in lists of ``width``, each padded with NULLs.
    package static func lists(_ values: [any SQLBindable]) -> [[any SQLBindable]] {
        stride(from: 0, to: values.count, by: width).map { start in
            let slice = values[start..<min(start + width, values.count)]
            return Array(slice) + Array(repeating: SQLValue.null, count: width - slice.count)
        }
    }
}
