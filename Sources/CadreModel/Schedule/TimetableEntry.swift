/// One line of the agenda: a session with its event, place and people.
public struct TimetableEntry: Codable, Sendable, Equatable {
    public let date: String
    public let startTime: String
    public let endTime: String
    public let eventCode: String
    public let courseCode: String
    /// The course's title: people reading a printed timetable know courses by name, not code.
    public let courseTitle: LocalizedText
    public let sessionNumber: Int
    /// The title of the curriculum module the session teaches, when it was planned from one.
    public let sessionTitle: LocalizedText?
    public let status: String
    public let centre: String?
    public let venue: String?
    public let trainers: [String]

    public init(
        date: String, startTime: String, endTime: String, eventCode: String, courseCode: String, courseTitle: LocalizedText,
        sessionNumber: Int, sessionTitle: LocalizedText?, status: String, centre: String?, venue: String?, trainers: [String]
    ) {
        self.date = date
        self.startTime = startTime
        self.endTime = endTime
        self.eventCode = eventCode
        self.courseCode = courseCode
        self.courseTitle = courseTitle
        self.sessionNumber = sessionNumber
        self.sessionTitle = sessionTitle
        self.status = status
        self.centre = centre
        self.venue = venue
        self.trainers = trainers
    }
}
