/// One line of the agenda: a session with its event, place and people.
public struct TimetableEntry: Codable, Sendable, Equatable {
    public let date: String
    public let startTime: String
    public let endTime: String
    public let eventCode: String
    public let courseCode: String
    public let sessionNumber: Int
    public let status: String
    public let centre: String?
    public let venue: String?
    public let trainers: [String]

    public init(
        date: String, startTime: String, endTime: String, eventCode: String, courseCode: String, sessionNumber: Int,
        status: String, centre: String?, venue: String?, trainers: [String]
    ) {
        self.date = date
        self.startTime = startTime
        self.endTime = endTime
        self.eventCode = eventCode
        self.courseCode = courseCode
        self.sessionNumber = sessionNumber
        self.status = status
        self.centre = centre
        self.venue = venue
        self.trainers = trainers
    }
}
