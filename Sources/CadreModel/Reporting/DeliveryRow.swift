/// One group of the delivery report: what was held, how long, for how many, and how well
/// attended, for one combination of the report's dimensions.
public struct DeliveryRow: Codable, Sendable, Equatable {
    /// The group's value for each dimension asked for, in the order asked.
    public let values: [String?]
    public let events: Int
    public let sessions: Int
    public let trainingMinutes: Int
    public let participantMinutes: Int
    public let enrolled: Int
    public let attendedMarks: Int
    public let possibleMarks: Int
    public let trainerMinutes: Int

    public init(
        values: [String?], events: Int, sessions: Int, trainingMinutes: Int, participantMinutes: Int, enrolled: Int,
        attendedMarks: Int, possibleMarks: Int, trainerMinutes: Int
    ) {
        self.values = values
        self.events = events
        self.sessions = sessions
        self.trainingMinutes = trainingMinutes
        self.participantMinutes = participantMinutes
        self.enrolled = enrolled
        self.attendedMarks = attendedMarks
        self.possibleMarks = possibleMarks
        self.trainerMinutes = trainerMinutes
    }

    public var averageClassSize: Double { events == 0 ? 0 : Double(enrolled) / Double(events) }
    public var attendanceRate: Double { possibleMarks == 0 ? 0 : Double(attendedMarks) / Double(possibleMarks) }
}
