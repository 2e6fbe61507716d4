public import CadreModel
public import Foundation

/// What a centre's people do next, for the top of their dashboard: today's sessions (the roll
/// calls to take) and the recent events still waiting for scores or certificates.
public struct NextSteps: Sendable {
    public struct Today: Sendable {
        public let eventCode: String
        public let session: Int
        public let start: String
        public let end: String
        public let courseCode: String
    }

    public struct Waiting: Sendable {
        public let event: TrainingEvent
        /// Enrolled people without a post-test score (when the course has a pass mark).
        public let missingScores: Int
        /// People who completed and hold no certificate yet.
        public let awaitingCertificates: Int
    }

    public let today: [Today]
    public let waiting: [Waiting]

    /// Events that ended within this many days are looked at for what they still wait for.
    public static let lookBack = 120

    /// `waiting`: whether to look for what recent events wait for — only for someone who can
    /// do it (it reads each recent event's register).
    public static func load(today: CalendarDate, centreID: UUID?, waiting lookForWaiting: Bool, database: any Store) throws -> NextSteps {
        try database.read { database in
            let sessions = try database.timetable.entries(from: today, to: today, centreID: centreID, trainerID: nil, venueID: nil)
                .filter { $0.status != "cancelled" }
                .map { Today(eventCode: $0.eventCode, session: $0.sessionNumber, start: $0.startTime, end: $0.endTime, courseCode: $0.courseCode) }
            var waiting: [Waiting] = []
            guard lookForWaiting else { return NextSteps(today: sessions, waiting: []) }
            let recent = try database.events.events(from: today.adding(days: -lookBack), to: today, centreID: centreID, status: nil)
                .filter { $0.status != .cancelled && $0.endDate <= today }
            for event in recent {
                let register = try AttendanceRegister.load(event.code, database: database)
                guard !register.sessions.isEmpty, !register.rows.isEmpty else { continue }
                let course = register.summary.course
                let scores = try database.assessments.scores(of: event.id)
                let missing = course.completion.passMark == nil ? 0 : register.rows.filter { scores[$0.enrollmentID]?[.post] == nil }.count
                var awaiting = 0
                for row in register.rows where row.completion.completed {
                    if try database.certificates.current(enrollment: row.enrollmentID) == nil { awaiting += 1 }
                }
                if missing > 0 || awaiting > 0 { waiting.append(Waiting(event: event, missingScores: missing, awaitingCertificates: awaiting)) }
            }
            return NextSteps(today: sessions, waiting: waiting)
        }
    }
}
