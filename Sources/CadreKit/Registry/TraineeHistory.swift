public import CadreModel
public import Foundation

/// A person's training history, as their record shows it: each event they were enrolled in,
/// with how they took part — attendance, completion, scores, their certificate. Events the
/// viewer may not see (another centre's) are counted, not shown.
public struct TraineeHistory: Sendable {
    public struct Line: Sendable {
        public let event: TrainingEvent
        public let courseTitle: LocalizedText
        public let centreName: LocalizedText?
        public let status: Enrollment.Status
        public let isWalkIn: Bool
        /// Held sessions attended, and held (for the enrolled).
        public let attended: Int?
        public let held: Int?
        public let completed: Bool?
        public let pre: Int?
        public let post: Int?
        public let certificate: Certificate?
    }

    public let lines: [Line]
    /// Enrolments in events the viewer may not see.
    public let hidden: Int

    /// The history of `trainee` as `may(centreID)` lets the viewer see it.
    public static func load(_ trainee: Trainee, database: any Store, visible: (UUID?) -> Bool) throws -> TraineeHistory {
        try database.read { database in
            var lines: [Line] = []
            var hidden = 0
            for enrollment in try database.events.enrollments(ofTrainee: trainee.id) {
                guard let event = try database.events.event(id: enrollment.eventID) else { continue }
                guard visible(event.centreID) else {
                    hidden += 1
                    continue
                }
                let course = try database.courses.course(id: event.courseID)
                let centre = try event.centreID.flatMap { try database.scheduling.centre(id: $0) }
                var attended: Int?
                var held: Int?
                var completed: Bool?
                if enrollment.status == .enrolled {
                    let register = try AttendanceRegister.load(event.code, database: database)
                    if let row = register.rows.first(where: { $0.enrollmentID == enrollment.id }) {
                        (attended, held, completed) = (row.completion.attended, row.completion.held, row.completion.completed)
                    }
                }
                let scores = try database.assessments.scores(of: event.id)[enrollment.id] ?? [:]
                lines.append(Line(
                    event: event, courseTitle: course?.title ?? LocalizedText(az: "", en: "", ru: ""), centreName: centre?.names, status: enrollment.status,
                    isWalkIn: enrollment.isWalkIn, attended: attended, held: held, completed: completed, pre: scores[.pre]?.score,
                    post: scores[.post]?.score, certificate: try database.certificates.current(enrollment: enrollment.id)
                        ?? database.certificates.revoked(enrollment: enrollment.id)))
            }
            return TraineeHistory(lines: lines, hidden: hidden)
        }
    }
}
