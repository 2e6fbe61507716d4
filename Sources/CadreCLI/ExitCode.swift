import CadreKit
import CadreModel

/// The process exit codes, following BSD's sysexits so scripts and cron jobs can tell
/// failures apart.
public enum ExitCode: Int32, Sendable {
    case success = 0
    case failure = 1
    /// The command was called wrongly (EX_USAGE).
    case usage = 64
    /// The input data was wrong (EX_DATAERR).
    case dataError = 65
    /// An input file did not exist or could not be read (EX_NOINPUT).
    case noInput = 66
    /// A file or folder that must be written is not writable (EX_NOPERM).
    case noPermission = 77

    /// The one place where errors become exit codes.
    static func forError(_ error: any Error) -> ExitCode {
        switch error {
        case is UsageError: .usage
        case let error as any CadreError:
            switch error.category {
            case .invalidInput: .dataError
            case .missingInput: .noInput
            case .notPermitted: .noPermission
            case .conflict, .failure: .failure
            }
        default: .failure
        }
    }
}
