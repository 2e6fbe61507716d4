public import CadreModel
import Foundation

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

    /// Courses, trainers, venues and centres already read, by id: a run that prints thousands
    /// of events (every sign-in sheet, every certificate) reads each once instead of once
    /// per event. Use one for one read of the database.
    public final class Lookups {
        var courses: [UUID: Course] = [:]
        var trainers: [UUID: Trainer?] = [:]
        var venues: [UUID: Venue?] = [:]
        var centres: [UUID: Centre?] = [:]

        public init() {}

        func memo<Value>(_ table: inout [UUID: Value], _ id: UUID, _ read: (UUID) throws -> Value) rethrows -> Value {
            if let known = table[id] { return known }
            let value = try read(id)
            table[id] = value
            return value
        }
    }

    public static func load(_ code: String, database: any Store, lookups: Lookups = Lookups()) throws -> EventSummary {
        try database.read { database in
            let events = database.events
            guard let event = try events.event(code: EventCode(code)) else { throw NotFound(kind: "event", reference: code) }
            return try assemble(event, sessions: events.sessions(of: event.id), counts: events.counts(of: event.id), database: database, lookups: lookups)
        }
    }

    /// The summary of an event whose sessions and enrolment counts the caller has read —
    /// one at a time (``load(_:database:lookups:)``) or for many events at once.
    package static func assemble(
        _ event: TrainingEvent, sessions: [TrainingSession], counts: [Enrollment.Status: Int], database: any Store, lookups: Lookups
    ) throws -> EventSummary {
        let courses = database.courses
        guard let course = try lookups.courses[event.courseID] ?? courses.course(id: event.courseID) else {
            throw NotFound(kind: "course", reference: event.courseID.databaseText)
        }
        lookups.courses[event.courseID] = course
        let places = database.scheduling
        let trainer = { (id: UUID) in try lookups.memo(&lookups.trainers, id, places.trainer(id:)) }
        let place = { (id: UUID) in try lookups.memo(&lookups.venues, id, places.venue(id:)) }
        let trainers = try event.trainerIDs.compactMap(trainer)
        let venue = try event.venueID.flatMap(place)
        let lines = try sessions.map { session in
            let sessionTrainers = try session.trainerID.map { try trainer($0).map { [$0] } ?? [] } ?? trainers
            let sessionVenue = try session.venueID.flatMap(place) ?? venue
            let module = session.modulePosition.flatMap { course.modules.indices.contains($0 - 1) ? course.modules[$0 - 1].title : nil }
            return SessionLine(session: session, module: module, trainerNames: sessionTrainers.map(\.fullName), venueName: sessionVenue?.name)
        }
        let centre = try event.centreID.flatMap { try lookups.memo(&lookups.centres, $0, places.centre(id:)) }
        return EventSummary(
            event: event, course: course, centre: centre, venue: venue, trainers: trainers, sessions: lines,
            enrolled: counts[.enrolled] ?? 0, waitlisted: counts[.waitlisted] ?? 0, withdrawn: counts[.withdrawn] ?? 0)
    }
}
