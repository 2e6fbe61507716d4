/// Minutes written as hours the one way every output uses — the terminal, CSV, pages and
/// the site: `18`, `1.5`, `0.75` (at most two decimals, cut rather than rounded up, so a
/// course of 44 minutes never reads as 0.74 one place and 1 another).
public enum Hours {
    public static func text(_ minutes: Int) -> String {
        if minutes % 60 == 0 { return String(minutes / 60) }
        var text = String(Double(minutes) / 60)
        if let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) > 3 {
            text = String(text[..<text.index(dot, offsetBy: 3)])
        }
        return text
    }
}
