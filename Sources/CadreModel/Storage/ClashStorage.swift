public import Foundation

/// The scheduling clashes a session booking would make with what is already stored: the
/// same venue, trainer or trainee at overlapping times.
///
/// Every method runs inside the caller's transaction (``Store/read(_:)`` or
/// ``Store/write(_:)``); the SQLite store in `CadreStore` implements it.
public protocol ClashStorage {
    /// Sessions a booking collides with for one of its trainers, its venue, or its event's
    /// enrolled trainees.
    func clashes(for booking: SessionBooking) throws -> [ScheduleClash]

    /// The sessions of other events that overlap `eventID`'s sessions for one trainee: what
    /// enrolling that trainee adds, found from their few enrolments rather than from every
    /// trainee of the event. CROSS JOIN fixes the order (SQLite's rule): the trainee's
    /// enrolments, this event's sessions, then theirs — left to itself the planner started
    /// from every session on the same date.
    func traineeClashes(traineeID: UUID, eventID: UUID) throws -> [ScheduleClash]

    /// Every pair of overlapping bookings in the database, each reported once.
    func allClashes() throws -> [ScheduleClash]
}
