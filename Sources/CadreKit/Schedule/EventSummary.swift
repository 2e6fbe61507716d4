/// Everything `event show` and the printed pages say about an event, gathered in one read.
public struct EventSummary: Codable, Sendable {
    public struct SessionLine: Codable, Sendable {
        public let session: TrainingSession
        public let module: LocalizedText?
        public let trainerNames: [String]
        public let venueName: String?
    }

    public let event: TrainingEvent
    public let course: Course
    public let centre: Centre?
    public let venue: Venue?
    public let trainers: [Trainer]
    public let sessions: [SessionLine]
    public let enrolled: Int
    public let waitlisted: Int
    public let withdrawn: Int

    public static func load(_ code: String, database: Database) throws -> EventSummary {
        try database.read { database in
            let events = EventStore(database)
            guard let event = try events.event(code: code) else { throw NotFound(kind: "event", reference: code) }
            guard let course = try CourseStore(database).course(id: event.courseID) else { throw NotFound(kind: "course", reference: event.courseID.databaseText) }
            let places = SchedulingStore(database)
            let trainers = try event.trainerIDs.compactMap { try places.trainer(id: $0) }
            let venue = try event.venueID.flatMap { try places.venue(id: $0) }
            let sessions = try events.sessions(of: event.id).map { session in
                let sessionTrainers = try session.trainerID.map { try places.trainer(id: $0).map { [$0] } ?? [] } ?? trainers
                let sessionVenue = try session.venueID.flatMap { try places.venue(id: $0) } ?? venue
                let module = session.modulePosition.flatMap { course.modules.indices.contains($0 - 1) ? course.modules[$0 - 1].title : nil }
                return SessionLine(session: session, module: module, trainerNames: sessionTrainers.map(\.fullName), venueName: sessionVenue?.name)
            }
            return EventSummary(
                event: event, course: course, centre: try event.centreID.flatMap { try places.centre(id: $0) }, venue: venue,
                trainers: trainers, sessions: sessions, enrolled: try events.count(of: event.id, status: .enrolled),
                waitlisted: try events.count(of: event.id, status: .waitlisted), withdrawn: try events.count(of: event.id, status: .withdrawn))
        }
    }
}
