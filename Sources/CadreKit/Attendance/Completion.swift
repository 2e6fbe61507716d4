public import CadreModel
/// Whether one participant completed an event's course, and if not, why — in words a
/// trainer can read out: `attended 3 of 6 sessions (50 %), needs 80 %`.
public struct Completion: Codable, Sendable, Equatable {
    public let attended: Int
    public let held: Int
    public let postScore: Int?
    public let maxScore: Int
    public let completed: Bool
    /// Why not, in English, for the terminal and for JSON (``shortfalls`` for pages in any language).
    public let reasons: [String]
    /// Why not, as values a page words in its own language.
    public let shortfalls: [Shortfall]

    /// One reason a participant did not complete.
    public enum Shortfall: Codable, Sendable, Equatable {
        case noSessionsHeld
        /// `percent` is as the reason shows it: rounded, but never up to the requirement.
        case attendance(attended: Int, held: Int, percent: String, needs: Int)
        case postTestBelowPassMark(score: Int, maxScore: Int, passMark: Int)
        case noPostTest(passMark: Int)

        /// The English sentence (the terminal's and JSON's `reasons`).
        public var english: String {
            switch self {
            case .noSessionsHeld: "no sessions held yet"
            case .attendance(let attended, let held, let percent, let needs): "attended \(attended) of \(held) sessions (\(percent) %), needs \(needs) %"
            case .postTestBelowPassMark(let score, let maxScore, let passMark): "post-test \(score)/\(maxScore) below pass mark \(passMark)"
            case .noPostTest(let passMark): "no post-test score (pass mark \(passMark))"
            }
        }

        /// The message catalog key of its words, and the values of their `{placeholders}` as
        /// `language` writes them.
        public func message(in language: Language) -> (key: String, values: [String: String]) {
            switch self {
            case .noSessionsHeld: ("completion.noSessions", [:])
            case .attendance(let attended, let held, let percent, let needs):
                ("completion.attendance", ["attended": String(attended), "held": String(held), "percent": NumberWording.written(percent, language), "needs": String(needs)])
            case .postTestBelowPassMark(let score, let maxScore, let passMark):
                ("completion.postTestBelow", ["score": String(score), "max": String(maxScore), "passMark": String(passMark)])
            case .noPostTest(let passMark): ("completion.noPostTest", ["passMark": String(passMark)])
            }
        }
    }

    /// The course's rule: present or late in at least `minAttendancePercent` of the held
    /// (not cancelled) sessions — integer arithmetic, so 80 % of 5 sessions needs 4 — and, when
    /// the course has a pass mark, a post-test score at or above it.
    public static func evaluate(rule: CompletionRule, maxScore: Int, held: Int, attended: Int, postScore: Int?) -> Completion {
        var reasons: [Shortfall] = []
        if held == 0 {
            reasons.append(.noSessionsHeld)
        } else if attended * 100 < rule.minAttendancePercent * held {
            // Rounding must not make a shortfall read as the requirement (79.5 % is not 80 %).
            let rounded = Percent.rounded(attended, of: held)
            let shown = rounded < rule.minAttendancePercent ? String(rounded) : String(format: "%.1f", Double(attended * 1000 / held) / 10)
            reasons.append(.attendance(attended: attended, held: held, percent: shown, needs: rule.minAttendancePercent))
        }
        if let passMark = rule.passMark {
            if let postScore {
                if postScore < passMark { reasons.append(.postTestBelowPassMark(score: postScore, maxScore: maxScore, passMark: passMark)) }
            } else {
                reasons.append(.noPostTest(passMark: passMark))
            }
        }
        return Completion(
            attended: attended, held: held, postScore: postScore, maxScore: maxScore, completed: reasons.isEmpty, reasons: reasons.map(\.english),
            shortfalls: reasons)
    }

    /// Attended sessions as a whole percentage of held ones (``Percent/rounded(_:of:)``).
    public var percent: Int { Percent.rounded(attended, of: held) }
}
