public import CadreModel

/// A PostgreSQL error a user can meet (the server unreachable, a role without rights) reads
/// as one line with the category the CLI turns into an exit code.
extension PostgresError: CadreError {
    public var category: ErrorCategory {
        if isConstraintViolation { return .conflict }
        // 42501 insufficient_privilege, 25006 read_only_sql_transaction (a standby).
        if sqlState == "42501" || sqlState == "25006" { return .notPermitted }
        return .failure
    }
}
