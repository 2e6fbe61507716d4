/// Why a database file could not be opened. These never modify the file they describe.
public enum DatabaseError: Error, CustomStringConvertible, Sendable, Equatable {
    /// There is no file at the path and the caller asked for an existing database.
    case missing(path: String)
    /// The caller asked to create a database where a file already exists.
    case alreadyExists(path: String)
    /// The file is not an SQLite database at all.
    case notADatabase(path: String)
    /// The path is a folder, a named pipe or a device, not a file.
    case notAFile(path: String, kind: String)
    /// The file is an SQLite database whose pages are damaged (truncated, overwritten).
    case damaged(path: String)
    /// A new database's folder does not exist.
    case noFolder(path: String)
    /// The file is an SQLite database that some other program made.
    case foreignDatabase(path: String)
    /// The file was made by a newer Cadre whose schema this version does not know.
    case newerSchema(path: String, found: Int, supported: Int)
    /// The database can be read but not written: the file or its folder is read-only.
    case readOnly(path: String, reason: String)
    /// Upgrading the file to this version's schema failed; the upgrade's transaction was
    /// rolled back, so the file is as it was.
    case upgradeRefused(path: String, migration: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let path):
            "no Cadre database at '\(path)'; create one with 'cadre init' (or pass --db PATH / set CADRE_DB)"
        case .alreadyExists(let path):
            "a file already exists at '\(path)'"
        case .notADatabase(let path):
            "'\(path)' is not an SQLite database; it was left unchanged"
        case .notAFile(let path, let kind):
            "'\(path)' \(kind), not a database file"
        case .damaged(let path):
            "'\(path)' is damaged (part of the file is missing or overwritten); restore it from a backup with 'cadre restore BACKUP' "
                + "('cadre doctor' says more). The file was left unchanged"
        case .noFolder(let path):
            "cannot create '\(path)': its folder does not exist"
        case .foreignDatabase(let path):
            "'\(path)' is an SQLite database but not a Cadre database; it was left unchanged"
        case .newerSchema(let path, let found, let supported):
            "'\(path)' was made by a newer Cadre (schema version \(found), this one knows up to \(supported)); "
                + "upgrade Cadre to open it. The file was left unchanged"
        case .readOnly(let path, let reason):
            "'\(path)' can be read but not changed: \(reason)"
        case .upgradeRefused(let path, let migration, let reason):
            "'\(path)' could not be upgraded to this version of Cadre (\(migration)): \(reason); the file was left unchanged"
        }
    }
}
