/// Small formatting rules shared by every command's text output.
enum Format {
    /// Minutes as hours without needless decimals: `18`, `1.5`, `0.75`.
    static func hours(_ minutes: Int) -> String {
        if minutes % 60 == 0 { return String(minutes / 60) }
        var text = String(Double(minutes) / 60)
        if let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) > 3 {
            text = String(text[..<text.index(dot, offsetBy: 3)])
        }
        return text
    }
}
