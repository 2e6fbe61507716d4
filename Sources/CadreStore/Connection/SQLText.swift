/// Text prepared in Swift the way both engines' SQL treats stored text, so a comparison means
/// the same on either.
package enum SQLText {
    /// `text` with A–Z made a–z and nothing else changed: what `lower()` does to a stored column
    /// on both engines (SQLite's built-in `lower`, PostgreSQL's under the "C" collation every
    /// text column has). A parameter is lowered here, not in SQL, because PostgreSQL would
    /// lower it under the database's own collation, which folds Ə to ə as well.
    package static func lowercasedASCII(_ text: String) -> String {
        String(decoding: text.utf8.map { (65...90).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
    }
}
