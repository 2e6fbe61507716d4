public import CadreModel
public import Foundation

/// An event's attendance as a matrix — trainee × held session — with totals and each
/// trainee's completion. Unmarked cells are "not recorded" and count as not attended.
public struct AttendanceRegister: Codable, Sendable {
    public struct Row: Codable, Sendable {
        public let traineeRef: String
        /// What the sign-in sheet printed for the person (the centre's reference, else
        /// ``traineeRef``), so the matrix and the signed sheets can be read side by side.
        public let printedRef: String
        public let name: String
        public let enrollmentID: UUID
        public let isWalkIn: Bool
        /// One entry per held session, in session order; nil when not recorded.
        public let marks: [AttendanceMark.Status?]
        public let completion: Completion
    }

    public let summary: EventSummary
    /// Sessions that count (not cancelled), in order.
    public let sessions: [TrainingSession]
    public let rows: [Row]

    /// The sessions someone has a mark for: those that certainly took place.
    public var sessionsWithAttendance: Set<UUID> {
        Set(sessions.indices.filter { index in rows.contains { $0.marks[index] != nil } }.map { sessions[$0].id })
    }

    /// The event's sessions as they are: held once attendance was taken for them, whatever
    /// was stored when they were planned (``TrainingSession/Status/derive(recorded:hasAttendance:)``).
    public var sessionLines: [EventSummary.SessionLine] {
        let recorded = sessionsWithAttendance
        return summary.sessions.map { line in
            var session = line.session
            session.status = .derive(recorded: session.status, hasAttendance: recorded.contains(session.id))
            return EventSummary.SessionLine(session: session, module: line.module, trainerNames: line.trainerNames, venueName: line.venueName)
        }
    }

    /// Present or late per session.
    public var attendedPerSession: [Int] {
        sessions.indices.map { index in rows.filter { $0.marks[index]?.countsAsAttended == true }.count }
    }

    public static func load(_ eventCode: String, database: any Store) throws -> AttendanceRegister {
        try database.read { database in
            let summary = try EventSummary.load(eventCode, database: database)
            let sessions = summary.sessions.map(\.session).filter { $0.status != .cancelled }
            let marks = try database.attendance.marks(of: summary.event.id)
            let scores = try database.assessments.postScores(of: summary.event.id)
            let rows = try database.events.enrolledPeople(of: summary.event.id).map { person -> Row in
                let enrollmentID = person.enrollmentID
                let cells = sessions.map { marks[enrollmentID]?[$0.id]?.status }
                let completion = Completion.evaluate(
                    rule: summary.course.completion, maxScore: summary.course.assessment.maxScore, held: sessions.count,
                    attended: cells.filter { $0?.countsAsAttended == true }.count, postScore: scores[enrollmentID])
                return Row(
                    traineeRef: person.traineeRef, printedRef: person.printedRef, name: person.name, enrollmentID: enrollmentID,
                    isWalkIn: person.isWalkIn, marks: cells, completion: completion)
            }
            return AttendanceRegister(summary: summary, sessions: sessions, rows: rows.sortedAzerbaijani { $0.name })
        }
    }
}
