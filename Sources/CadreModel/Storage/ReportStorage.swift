/// The aggregate reads reports are made from: one pass over the data per report, however
/// many groups it has.
///
/// Every method runs inside the caller's transaction (``Store/read(_:)`` or
/// ``Store/write(_:)``); the SQLite store in `CadreStore` implements it.
public protocol ReportStorage {
    /// The participations of one query, read in one pass (see ``ParticipationSnapshot``),
    /// with the query's dimensions and filters and any `also` needed for later filters.
    func snapshot(_ query: TrainedQuery, also: [TrainedQuery.Dimension]) throws -> ParticipationSnapshot

    /// Events held, sessions, hours, participant-hours, class sizes, attendance rate and
    /// trainers' hours, grouped by `dimensions` (centre, course, month, quarter, year).
    func delivery(from: CalendarDate?, to: CalendarDate?, groupedBy dimensions: [TrainedQuery.Dimension]) throws -> [DeliveryRow]

    /// The first day of the earliest event that is not cancelled: where "all events" begins,
    /// so a report can state its period as dates. Nil when there is none.
    func firstEventDay() throws -> CalendarDate?

    /// Matched pre/post pairs grouped by course, profession (as at enrolment), centre or period.
    func assessment(from: CalendarDate?, to: CalendarDate?, groupedBy dimensions: [TrainedQuery.Dimension]) throws -> [AssessmentRow]
}

extension ReportStorage {
    public func snapshot(_ query: TrainedQuery) throws -> ParticipationSnapshot { try snapshot(query, also: []) }
}
