/// What `report trained` counts.
public struct TrainedQuery: Sendable, Equatable {
    public enum Dimension: String, CaseIterable, Sendable, Codable {
        case profession, sex, region, course, centre, month, quarter, year
    }

    public enum Measure: String, CaseIterable, Sendable, Codable {
        /// Completed by the course's completion rule.
        case completed
        /// Attended at least one held session.
        case attended
        /// Enrolled (not waitlisted or withdrawn).
        case enrolled
    }

    public enum Counting: String, CaseIterable, Sendable, Codable {
        /// Each human once, however many trainings (merged duplicates are one person).
        case persons
        /// Person × event.
        case participations
    }

    public var from: CalendarDate?
    public var to: CalendarDate?
    public var dimensions: [Dimension]
    public var measure: Measure
    public var counting: Counting
    /// Only participations whose dimension takes one of these values (e.g. region in saatly, khazar).
    public var filters: [Dimension: [String]] = [:]

    public init(from: CalendarDate? = nil, to: CalendarDate? = nil, dimensions: [Dimension], measure: Measure = .completed, counting: Counting = .persons) {
        self.from = from
        self.to = to
        self.dimensions = dimensions
        self.measure = measure
        self.counting = counting
    }
}
