public import Foundation

/// The agenda behind `cadre timetable`.
///
/// Every method runs inside the caller's transaction (``Store/read(_:)`` or
/// ``Store/write(_:)``); the SQLite store in `CadreStore` implements it.
public protocol TimetableStorage {
    /// Sessions of events that are not cancelled, in date and time order. A session's venue and
    /// trainers are its own, else its event's.
    func entries(from: CalendarDate?, to: CalendarDate?, centreID: UUID?, trainerID: UUID?, venueID: UUID?) throws -> [TimetableEntry]
}
