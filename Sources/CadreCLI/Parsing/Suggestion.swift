/// "Did you mean …?" for mistyped subcommands, options and values.
enum Suggestion {
    /// The candidate closest to `input` by edit distance, if it is close enough to be a typo.
    static func closest(to input: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(input.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let limit = max(2, input.count / 3)
        if best.1 <= limit { return best.0 }
        return candidates.first { $0.hasPrefix(input) && !input.isEmpty }
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// ". Did you mean 'list'?" or "" — ready to append to an error message.
    static func phrase(for input: String, among candidates: [String]) -> String {
        closest(to: input, among: candidates).map { ". Did you mean '\($0)'?" } ?? ""
    }
}
