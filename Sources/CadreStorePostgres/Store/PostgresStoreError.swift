public import CadreModel

/// Why a PostgreSQL database could not be used as Cadre's store, in a user's words.
public enum PostgresStoreError: CadreError, Equatable {
    /// The database holds no Cadre schema.
    case noSchema(target: String)
    /// `cadre init` was pointed at a database that already holds tables.
    case notEmpty(target: String)
    /// The server went away during a change, which was rolled back (or, when it went away
    /// during the commit, stored whole or not at all).
    case connectionLost(target: String, duringCommit: Bool)
    /// The role may read but not change the records.
    case readOnly(target: String)

    public var category: ErrorCategory {
        switch self {
        case .noSchema: .missingInput
        case .notEmpty: .conflict
        case .connectionLost: .failure
        case .readOnly: .notPermitted
        }
    }

    public var description: String {
        switch self {
        case .noSchema(let target):
            "no Cadre database at '\(target)'; create one with 'cadre init --db …' (the database must exist and be empty)"
        case .notEmpty(let target):
            "the database '\(target)' already holds tables; 'cadre init' needs an empty one"
        case .connectionLost(let target, false):
            "the connection to '\(target)' was lost during a change; nothing of it was stored. Try again"
        case .connectionLost(let target, true):
            "the connection to '\(target)' was lost while a change was being committed; it was stored whole or not at all. "
                + "Check it, then try again"
        case .readOnly(let target):
            "'\(target)' can be read but not changed by this database role"
        }
    }
}
