public import CadreModel
import Foundation

/// Recording pre- and post-test scores, by hand or from a file. A changed score is an
/// update with the old and new values in the audit log.
public struct AssessmentBook {
    let database: any Store

    public init(_ database: any Store) { self.database = database }

    public enum AssessmentError: CadreError, Equatable {
        case outOfRange(kind: String, score: Int, max: Int)
        case nothingToRecord

        public var category: ErrorCategory { .invalidInput }
        public var description: String {
            switch self {
            case .outOfRange(let kind, let score, let max): "the \(kind)-test score \(score) is outside 0…\(max)"
            case .nothingToRecord: "give --pre, --post or both"
            }
        }
    }

    /// Records one trainee's scores in one transaction. `maxScore` defaults to the course's.
    public func record(eventCode: String, reference: String, pre: Int?, post: Int?, maxScore: Int?, context: ChangeContext) throws -> [RowOutcome] {
        guard pre != nil || post != nil else { throw AssessmentError.nothingToRecord }
        return try database.write { database in
            let (event, course) = try eventAndCourse(eventCode, database)
            let trainee = try TraineeRegistry(database).find(reference, in: database)
            guard let enrollment = try database.events.enrollment(event: event.id, trainee: trainee.id), enrollment.status == .enrolled else {
                throw AttendanceBook.AttendanceError.notEnrolled(trainee: trainee.ref, event: event.code)
            }
            let max = maxScore ?? course.assessment.maxScore
            return try [(AssessmentScore.Kind.pre, pre), (.post, post)].compactMap { kind, value in
                guard let value else { return nil }
                guard (0...max).contains(value) else { throw AssessmentError.outOfRange(kind: kind.rawValue, score: value, max: max) }
                return try store(kind, value, max: max, enrollment: enrollment.id, label: "\(trainee.ref) in \(event.code)", database: database, context: context)
            }
        }
    }

    /// One person's scores as a form gives them; either may be missing.
    public struct Entry: Sendable {
        public let reference: String
        public let pre: Int?
        public let post: Int?

        public init(reference: String, pre: Int?, post: Int?) {
            self.reference = reference
            self.pre = pre
            self.post = post
        }
    }

    /// Records a whole event's scores in one transaction (the web page's one form): any score
    /// out of range refuses them all. People with neither score are passed over.
    public func recordAll(eventCode: String, _ entries: [Entry], context: ChangeContext) throws -> [RowOutcome] {
        try database.write { database in
            let book = AssessmentBook(database)
            return try entries.filter { $0.pre != nil || $0.post != nil }.flatMap { entry in
                try book.record(eventCode: eventCode, reference: entry.reference, pre: entry.pre, post: entry.post, maxScore: nil, context: context)
            }
        }
    }

    func eventAndCourse(_ eventCode: String, _ database: any Store) throws -> (TrainingEvent, Course) {
        guard let event = try database.events.event(code: EventCode(eventCode)) else { throw NotFound(kind: "event", reference: eventCode) }
        guard let course = try database.courses.course(id: event.courseID) else { throw NotFound(kind: "course", reference: event.courseID.databaseText) }
        return (event, course)
    }

    func store(
        _ kind: AssessmentScore.Kind, _ value: Int, max: Int, enrollment: UUID, label: String, database: any Store, context: ChangeContext
    ) throws -> RowOutcome {
        let scores = database.assessments
        if var existing = try scores.score(enrollment: enrollment, kind: kind) {
            guard existing.score != value || existing.maxScore != max else { return .unchanged }
            let old = "{\"score\":\(existing.score),\"max\":\(existing.maxScore)}"
            existing.score = value
            existing.maxScore = max
            existing.recordedBy = context.actor
            existing.recordedAt = context.now()
            try scores.update(existing)
            try database.audit.record(context, "assessment.update", entity: "assessment_score",
                entityID: existing.id.databaseText, oldValue: old, newValue: "{\"score\":\(value),\"max\":\(max)}", detail: "\(kind.rawValue)-test of \(label)")
            return .updated
        }
        try scores.insert(AssessmentScore(
            id: context.makeID(), enrollmentID: enrollment, kind: kind, score: value, maxScore: max, recordedBy: context.actor,
            recordedAt: context.now()))
        return .added
    }
}
