public import Foundation

/// Centres, venues, trainers and holidays: what scheduling checks a booking against.
///
/// Every method runs inside the caller's transaction (``Store/read(_:)`` or
/// ``Store/write(_:)``); the SQLite store in `CadreStore` implements it.
public protocol SchedulingStorage {
    func nextRef(kind: String, prefix: String) throws -> String

    func insert(_ centre: Centre, at date: Date) throws
    /// Stores a centre's names (its code and everything else stay).
    func rename(_ centre: Centre) throws

    func centres() throws -> [Centre]

    /// A centre by code (any case) or exact name.
    func centre(_ reference: String) throws -> Centre?

    func centre(id: UUID) throws -> Centre?

    func insert(_ venue: Venue, at date: Date) throws

    func venues() throws -> [Venue]

    /// A venue by reference (`V-00001`, any case) or exact name (ignoring case).
    func venue(_ reference: String) throws -> Venue?

    func venue(id: UUID) throws -> Venue?

    func insert(_ trainer: Trainer, at date: Date) throws

    func trainers() throws -> [Trainer]

    /// A trainer by reference (`TR-00001`), e-mail or exact name (ignoring case).
    func trainer(_ reference: String) throws -> Trainer?

    func trainer(id: UUID) throws -> Trainer?

    func addHoliday(_ date: CalendarDate, name: String, by actor: String, at instant: Date) throws

    /// The holiday on `date`, fixed or movable, if any.
    func holiday(on date: CalendarDate) throws -> String?

    /// Movable holidays in a year plus the fixed ones, by date.
    func holidays(in year: Int) throws -> [(date: CalendarDate, name: String)]
}
