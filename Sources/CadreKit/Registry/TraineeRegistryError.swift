public import CadreModel
/// Why the registry refused a change.
public enum TraineeRegistryError: CadreError, Equatable, Sendable {
    /// The person is already registered (same FIN, or same e-mail and name).
    case alreadyRegistered(existingRef: String, reason: String)
    case missingField(String)
    case cannotMergeIntoItself(String)
    case alreadyErased(String)
    case referenceTaken(ref: String, ownerRef: String)

    public var category: ErrorCategory {
        switch self {
        // Registering someone who is already there is a mistake in the input, like a
        // duplicate row in a file; the other refusals are about the state of the records.
        case .missingField, .alreadyRegistered: .invalidInput
        case .cannotMergeIntoItself, .alreadyErased, .referenceTaken: .conflict
        }
    }

    public var description: String {
        switch self {
        case .alreadyRegistered(let ref, let reason):
            "this person is already registered as \(ref) (\(reason)); edit that record with 'cadre trainee edit \(ref)', or add anyway with --force"
        case .missingField(let field): "\(field) is required"
        case .cannotMergeIntoItself(let ref): "\(ref) and the other reference are the same person already"
        case .alreadyErased(let ref): "\(ref) has been erased; its personal data cannot be changed"
        case .referenceTaken(let ref, let owner): "reference '\(ref)' already belongs to \(owner)"
        }
    }
}
