package import Foundation

/// Instants in the big tables (marks, scores, sessions of the web application) are whole Unix
/// seconds: as precise as the ISO text other tables keep, a third of its size (schema 7).
extension Date {
    package var storedSeconds: Int64 { Int64(timeIntervalSince1970.rounded(.down)) }
}

extension StoredRow {
    /// An instant stored as whole Unix seconds.
    package func instant(_ column: String) throws -> Date { Date(timeIntervalSince1970: TimeInterval(try int(column))) }
}
