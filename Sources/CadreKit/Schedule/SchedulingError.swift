public import CadreModel
/// Why a scheduling request was refused, other than clashes.
public enum SchedulingError: CadreError, Equatable, Sendable {
    case eventCancelled(String)
    case sessionCancelled(event: String, number: Int)
    case codeTaken(String)
    case notEnrolled(trainee: String, event: String)
    case outsideAudience([AudienceMiss])
    case invalid(String)

    public var category: ErrorCategory {
        switch self {
        case .invalid: .invalidInput
        default: .conflict
        }
    }

    public var description: String {
        switch self {
        case .eventCancelled(let code): "event \(code) is cancelled"
        case .sessionCancelled(let event, let number): "session \(number) of \(event) is cancelled"
        case .codeTaken(let code): "an event with code \(code) already exists"
        case .notEnrolled(let trainee, let event): "\(trainee) is not enrolled in \(event)"
        case .outsideAudience(let misses):
            ProblemList.message(
                misses.map(\.english), summary: Plural.count(misses.count, "person", "people") + " outside the course's audience",
                outcome: "nobody was enrolled (use --force to enrol them anyway)")
        case .invalid(let message): message
        }
    }
}
