public import CadreModel
import Foundation

/// Recording who came: marks by hand, at the door, or from a file. Every mark says who made
/// it and when; a changed mark is an update with the old and new values in the audit log,
/// never a second row.
public struct AttendanceBook {
    public enum MarkResult: String, Sendable, Codable {
        case recorded, updated, unchanged
    }

    public struct MarkOutcome: Sendable, Codable, Equatable {
        public let reference: String
        public let traineeRef: String
        public let result: MarkResult
        /// The mark the person has now (for a summary that says who was marked what).
        public var status: AttendanceMark.Status?
    }

    public enum AttendanceError: CadreError, Equatable {
        case notEnrolled(trainee: String, event: String)

        public var category: ErrorCategory { .conflict }
        public var description: String {
            switch self {
            case .notEnrolled(let trainee, let event):
                "\(trainee) is not enrolled in \(event); add --walk-in to enrol them as a walk-in"
            }
        }
    }

    let database: any Store

    public init(_ database: any Store) { self.database = database }

    /// Marks the given trainees, all in one transaction.
    public func mark(
        eventCode: String, session number: Int, references: [String], status: AttendanceMark.Status, note: String? = nil,
        walkIn: Bool = false, context: ChangeContext
    ) throws -> [MarkOutcome] {
        try database.write { database in
            let (event, session) = try target(eventCode, number, in: database)
            return try references.map { reference in
                let trainee = try TraineeRegistry(database).find(reference, in: database)
                let enrollment = try enrollment(of: trainee, in: event, walkIn: walkIn, database: database, context: context)
                let result = try record(status, note: note, enrollment: enrollment, session: session, event: event, database: database, context: context)
                return MarkOutcome(reference: reference, traineeRef: trainee.ref, result: result, status: status)
            }
        }
    }

    /// Someone at the door who is not registered yet: registers them and marks them present
    /// as a walk-in, in one transaction — never a person registered without the mark that
    /// brought them, nor a mark without its person.
    public func admitNewWalkIn(
        eventCode: String, session number: Int, details: TraineeDetails, context: ChangeContext
    ) throws -> (trainee: Trainee, outcome: MarkOutcome) {
        try database.write { database in
            _ = try target(eventCode, number, in: database)
            let trainee = try TraineeRegistry(database).add(details, externalRef: nil, context: context)
            let outcome = try AttendanceBook(database).mark(
                eventCode: eventCode, session: number, references: [trainee.ref], status: .present, walkIn: true, context: context)
            return (trainee, outcome[0])
        }
    }

    /// Marks every enrolled trainee present except the given ones (who are marked absent
    /// unless already marked otherwise).
    public func markAllPresent(eventCode: String, session number: Int, except: [String], context: ChangeContext) throws -> [MarkOutcome] {
        try database.write { database in
            let (event, session) = try target(eventCode, number, in: database)
            let registry = TraineeRegistry(database)
            let excluded = Set(try except.map { try registry.find($0, in: database).id })
            let store = database.trainees
            return try database.events.enrollments(of: event.id).filter { $0.status == .enrolled }.map { enrollment in
                let trainee = try store.trainee(id: enrollment.traineeID)
                let absent = excluded.contains(enrollment.traineeID)
                if absent, let kept = try database.attendance.mark(enrollment: enrollment.id, session: session.id) {
                    return MarkOutcome(reference: trainee?.ref ?? "", traineeRef: trainee?.ref ?? "", result: .unchanged, status: kept.status)
                }
                let status: AttendanceMark.Status = absent ? .absent : .present
                let result = try record(status, note: nil, enrollment: enrollment, session: session, event: event, database: database, context: context)
                return MarkOutcome(reference: trainee?.ref ?? "", traineeRef: trainee?.ref ?? "", result: result, status: status)
            }
        }
    }

    /// Removes the mark of one trainee in one session (the roll call's undo), audited.
    public func unmark(eventCode: String, session number: Int, reference: String, context: ChangeContext) throws {
        try database.write { database in
            let (event, session) = try target(eventCode, number, in: database)
            let trainee = try TraineeRegistry(database).find(reference, in: database)
            guard let enrollment = try database.events.enrollment(event: event.id, trainee: trainee.id),
                let mark = try database.attendance.mark(enrollment: enrollment.id, session: session.id)
            else { return }
            try database.attendance.delete(mark)
            try audit(database, context, "attendance.undo", mark: mark, old: mark.status, new: nil, detail: "\(trainee.ref) in \(event.code) session \(session.number)")
        }
    }

    func target(_ eventCode: String, _ number: Int, in database: any Store) throws -> (TrainingEvent, TrainingSession) {
        guard let event = try database.events.event(code: EventCode(eventCode)) else { throw NotFound(kind: "event", reference: eventCode) }
        guard event.status != .cancelled else { throw SchedulingError.eventCancelled(event.code) }
        guard let session = try database.events.sessions(of: event.id).first(where: { $0.number == number }) else {
            throw NotFound(kind: "session", reference: "\(event.code) #\(number)")
        }
        guard session.status != .cancelled else { throw SchedulingError.sessionCancelled(event: event.code, number: number) }
        return (event, session)
    }

    /// The person's enrollment, or — with `walkIn` — a new one made at the door.
    func enrollment(of trainee: Trainee, in event: TrainingEvent, walkIn: Bool, database: any Store, context: ChangeContext) throws -> Enrollment {
        let events = database.events
        if let enrollment = try events.enrollment(event: event.id, trainee: trainee.id), enrollment.status == .enrolled {
            return enrollment
        }
        guard walkIn else { throw AttendanceError.notEnrolled(trainee: trainee.ref, event: event.code) }
        var enrollment = Enrollment(
            id: context.makeID(), eventID: event.id, traineeID: trainee.id, status: .enrolled, isWalkIn: true,
            professionCode: trainee.professionCode, regionCode: trainee.regionCode, organization: trainee.organization, sex: trainee.sex,
            enrolledAt: context.now())
        if let previous = try events.enrollment(event: event.id, trainee: trainee.id) {
            enrollment.id = previous.id
            enrollment.isWalkIn = previous.isWalkIn
            try events.updateStatus(enrollment)
        } else {
            try events.insert(enrollment)
        }
        try database.audit.record(context, "enrollment.walk-in", entity: "enrollment",
            entityID: enrollment.id.databaseText, detail: "\(trainee.ref) in \(event.code)")
        return enrollment
    }

    /// Records `status`, given the mark already stored (if any); returns what happened and
    /// the mark as it now is.
    func record(
        _ status: AttendanceMark.Status, note: String?, enrollmentID: UUID, session: TrainingSession, event: TrainingEvent,
        existing: AttendanceMark?, database: any Store, context: ChangeContext
    ) throws -> (MarkResult, AttendanceMark) {
        let store = database.attendance
        if var existing {
            guard existing.status != status || (note != nil && existing.note != note) else { return (.unchanged, existing) }
            let old = existing.status
            existing.status = status
            existing.note = note ?? existing.note
            existing.markedBy = context.actor
            existing.markedAt = context.now()
            try store.update(existing)
            try audit(database, context, "attendance.update", mark: existing, old: old, new: status, detail: "\(event.code) session \(session.number)")
            return (.updated, existing)
        }
        let mark = AttendanceMark(
            enrollmentID: enrollmentID, sessionID: session.id, status: status, note: note, markedBy: context.actor,
            markedAt: context.now())
        try store.insert(mark)
        return (.recorded, mark)
    }

    func record(
        _ status: AttendanceMark.Status, note: String?, enrollment: Enrollment, session: TrainingSession, event: TrainingEvent,
        database: any Store, context: ChangeContext
    ) throws -> MarkResult {
        let existing = try database.attendance.mark(enrollment: enrollment.id, session: session.id)
        return try record(
            status, note: note, enrollmentID: enrollment.id, session: session, event: event, existing: existing, database: database, context: context
        ).0
    }

    private func audit(
        _ database: any Store, _ context: ChangeContext, _ action: String, mark: AttendanceMark, old: AttendanceMark.Status?,
        new: AttendanceMark.Status?, detail: String
    ) throws {
        try database.audit.record(context, action, entity: "attendance",
            entityID: mark.id.databaseText, oldValue: old.map { "{\"status\":\"\($0.rawValue)\"}" },
            newValue: new.map { "{\"status\":\"\($0.rawValue)\"}" }, detail: detail)
    }
}
