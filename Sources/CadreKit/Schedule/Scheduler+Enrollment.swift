public import CadreModel
import Foundation

/// Enrolling trainees in events: capacity, the waitlist and the course's audience.
extension Scheduler {
    public struct EnrollOutcome: Sendable, Codable, Equatable {
        public enum Result: String, Sendable, Codable {
            case enrolled, waitlisted
            case alreadyEnrolled = "already-enrolled"
            case alreadyWaitlisted = "already-waitlisted"
        }

        public let reference: String
        public let traineeRef: String
        public let result: Result
        /// Set when the profession is outside the course's audience and `force` let it through.
        public let warning: String?
    }

    /// Enrols people in one transaction. Over capacity they go on the waitlist, in order.
    /// Someone outside the course's audience, or booked into an overlapping event, is refused
    /// unless `force` (then warned and audited).
    public func enroll(eventCode: String, references: [String], force: Bool, walkIn: Bool = false, context: ChangeContext) throws -> [EnrollOutcome] {
        try database.write { database in
            let event = try self.event(eventCode, in: database)
            guard event.status != .cancelled else { throw SchedulingError.eventCancelled(event.code) }
            let events = database.events
            let registry = TraineeRegistry(database)
            let course = try database.courses.course(id: event.courseID)
            let capacity = try event.capacity ?? event.venueID.flatMap { try database.scheduling.venue(id: $0)?.capacity }
            var outsideAudience: [AudienceMiss] = []
            var outcomes: [EnrollOutcome] = []
            for reference in references {
                let trainee = try registry.find(reference, in: database)
                if let existing = try events.enrollment(event: event.id, trainee: trainee.id), existing.status != .withdrawn {
                    outcomes.append(EnrollOutcome(
                        reference: reference, traineeRef: trainee.ref,
                        result: existing.status == .enrolled ? .alreadyEnrolled : .alreadyWaitlisted, warning: nil))
                    continue
                }
                var warning: String?
                if let course, !course.audience.isEmpty, let profession = trainee.professionCode, !course.audience.contains(profession) {
                    let miss = AudienceMiss(
                        traineeRef: trainee.ref, name: trainee.fullName ?? trainee.ref, profession: profession, courseCode: course.code, audience: course.audience)
                    warning = miss.english
                    outsideAudience.append(miss)
                }
                let full = try capacity.map { try events.count(of: event.id, status: .enrolled) >= $0 } ?? false
                let status: Enrollment.Status = full ? .waitlisted : .enrolled
                var enrollment = Enrollment(
                    id: context.makeID(), eventID: event.id, traineeID: trainee.id, status: status,
                    waitlistPosition: full ? try events.nextWaitlistPosition(of: event.id) : nil, isWalkIn: walkIn,
                    professionCode: trainee.professionCode, regionCode: trainee.regionCode, organization: trainee.organization,
                    sex: trainee.sex, enrolledAt: context.now())
                if let previous = try events.enrollment(event: event.id, trainee: trainee.id) {
                    enrollment.id = previous.id
                    try events.updateStatus(enrollment)
                } else {
                    try events.insert(enrollment)
                }
                outcomes.append(EnrollOutcome(reference: reference, traineeRef: trainee.ref, result: full ? .waitlisted : .enrolled, warning: warning))
                try audit(database, context, walkIn ? "enrollment.walk-in" : "enrollment.add", entity: "enrollment", id: enrollment.id,
                    detail: "\(trainee.ref) in \(event.code): \(status.rawValue)" + (warning.map { " (forced: \($0))" } ?? ""))
            }
            if !outsideAudience.isEmpty && !force { throw SchedulingError.outsideAudience(outsideAudience) }
            let clashes = try sessionsClashingForTrainees(of: event, in: database)
            try enforce(clashes, force: force, subject: "enrollment in \(event.code)", in: database, context: context)
            return outcomes
        }
    }

    /// Overlaps between this event's sessions and other events its enrolled trainees attend.
    private func sessionsClashingForTrainees(of event: TrainingEvent, in database: any Store) throws -> [ScheduleClash] {
        var clashes: [ScheduleClash] = []
        for session in try database.events.sessions(of: event.id) where session.status != .cancelled {
            guard let slot = session.slot
            else { continue }
            let booking = SessionBooking(
                sessionID: session.id, eventID: event.id, eventCode: event.code, number: session.number, date: session.date, slot: slot,
                trainerIDs: [], venueID: nil)
            clashes += try database.clashes.clashes(for: booking).filter { $0.kind == .trainee }
        }
        return clashes
    }

    /// Withdraws someone; if they held a place, the first on the waitlist takes it.
    /// Returns the trainee promoted, if any.
    public func withdraw(eventCode: String, reference: String, context: ChangeContext) throws -> Trainee? {
        try database.write { database in
            let event = try self.event(eventCode, in: database)
            let events = database.events
            let registry = TraineeRegistry(database)
            let trainee = try registry.find(reference, in: database)
            guard var enrollment = try events.enrollment(event: event.id, trainee: trainee.id), enrollment.status != .withdrawn else {
                throw SchedulingError.notEnrolled(trainee: trainee.ref, event: event.code)
            }
            let heldPlace = enrollment.status == .enrolled
            enrollment.status = .withdrawn
            enrollment.waitlistPosition = nil
            try events.updateStatus(enrollment)
            try audit(database, context, "enrollment.withdraw", entity: "enrollment", id: enrollment.id, detail: "\(trainee.ref) from \(event.code)")
            guard heldPlace, var next = try events.firstWaitlisted(of: event.id) else { return nil }
            next.status = .enrolled
            next.waitlistPosition = nil
            try events.updateStatus(next)
            let promoted = try database.trainees.trainee(id: next.traineeID)
            try audit(database, context, "enrollment.promote", entity: "enrollment", id: next.id,
                detail: "\(promoted?.ref ?? "") from the waitlist of \(event.code)")
            return promoted
        }
    }
}
