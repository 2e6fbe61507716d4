public import CadreModel

/// What kind of failure each store error is, for front ends' exit codes and status pages.
extension DatabaseError: CadreError {
    public var category: ErrorCategory {
        switch self {
        case .missing, .notAFile, .noFolder: .missingInput
        case .damaged: .invalidInput
        case .alreadyExists: .conflict
        case .notADatabase, .foreignDatabase, .newerSchema, .upgradeRefused: .invalidInput
        case .readOnly: .notPermitted
        }
    }
}

extension StoreError: CadreError {
    public var category: ErrorCategory { isConstraintViolation ? .conflict : .failure }
}
