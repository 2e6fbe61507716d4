public import Foundation

/// The rows of one query, ordered by a parent's id, read in step with a list of those ids:
/// the sessions (or rosters, or counts) of thousands of events from one pass instead of one
/// query per event.
///
/// Callers ask for ids in ascending order of their ``Foundation/UUID/databaseText``; rows
/// of ids never asked for are skipped.
public protocol GroupedReader<Value>: AnyObject {
    associatedtype Value

    /// The values of the rows whose parent is `id`, in the query's order.
    func values(for id: UUID) throws -> [Value]
}
