public import CadreModel
/// Whether one participant completed an event's course, and if not, why — in words a
/// trainer can read out: `attended 3 of 6 sessions (50 %), needs 80 %`.
public struct Completion: Codable, Sendable, Equatable {
    public let attended: Int
    public let held: Int
    public let postScore: Int?
    public let maxScore: Int
    public let completed: Bool
    public let reasons: [String]

    /// The course's rule: present or late in at least `minAttendancePercent` of the held
    /// (not cancelled) sessions — integer arithmetic, so 80 % of 5 sessions needs 4 — and, when
    /// the course has a pass mark, a post-test score at or above it.
    public static func evaluate(rule: CompletionRule, maxScore: Int, held: Int, attended: Int, postScore: Int?) -> Completion {
        var reasons: [String] = []
        if held == 0 {
            reasons.append("no sessions held yet")
        } else if attended * 100 < rule.minAttendancePercent * held {
            // Rounding must not make a shortfall read as the requirement (79.5 % is not 80 %).
            let rounded = Percent.rounded(attended, of: held)
            let shown = rounded < rule.minAttendancePercent ? String(rounded) : String(format: "%.1f", Double(attended * 1000 / held) / 10)
            reasons.append("attended \(attended) of \(held) sessions (\(shown) %), needs \(rule.minAttendancePercent) %")
        }
        if let passMark = rule.passMark {
            if let postScore {
                if postScore < passMark { reasons.append("post-test \(postScore)/\(maxScore) below pass mark \(passMark)") }
            } else {
                reasons.append("no post-test score (pass mark \(passMark))")
            }
        }
        return Completion(attended: attended, held: held, postScore: postScore, maxScore: maxScore, completed: reasons.isEmpty, reasons: reasons)
    }

    /// Attended sessions as a whole percentage of held ones (``Percent/rounded(_:of:)``).
    public var percent: Int { Percent.rounded(attended, of: held) }
}
