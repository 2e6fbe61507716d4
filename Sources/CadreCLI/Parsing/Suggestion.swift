import CadreKit
import CadreModel

/// "Did you mean …?" for mistyped subcommands, options and values.
enum Suggestion {
    /// The candidate closest to `input` by edit distance, if it is close enough to be a typo.
    static func closest(to input: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, EditDistance.between(input.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let limit = max(2, input.count / 3)
        if best.1 <= limit { return best.0 }
        return candidates.first { $0.hasPrefix(input) && !input.isEmpty }
    }

    /// ". Did you mean 'list'?" or "" — ready to append to an error message.
    static func phrase(for input: String, among candidates: [String]) -> String {
        closest(to: input, among: candidates).map { ". Did you mean '\($0)'?" } ?? ""
    }
}
