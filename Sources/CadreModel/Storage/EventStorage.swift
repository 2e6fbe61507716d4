public import Foundation

/// Training events, their sessions and their enrolments.
///
/// Every method runs inside the caller's transaction (``Store/read(_:)`` or
/// ``Store/write(_:)``); the SQLite store in `CadreStore` implements it.
public protocol EventStorage {
    /// The enrolled people of an event, in no particular order.
    func roster(of eventID: UUID) throws -> [RosterLine]

    /// The enrolled people of an event with their enrolment, for registers and results pages.
    func enrolledPeople(of eventID: UUID) throws -> [EnrolledPerson]

    /// How many enrolments of each status an event has, in one query.
    func counts(of eventID: UUID) throws -> [Enrollment.Status: Int]

    func sessionsInEventOrder() throws -> any GroupedReader<TrainingSession>

    /// Every enrolment's status, with the roster line of those enrolled: rosters and counts
    /// of all events from one pass over the enrolments.
    func enrollmentsInEventOrder() throws -> any GroupedReader<(status: Enrollment.Status?, line: RosterLine?)>

    func insert(_ event: TrainingEvent, at date: Date) throws

    /// Updates everything but the identity, the trainers and the status. The dates of an
    /// event with sessions follow its sessions whatever is written here (a trigger keeps them).
    func update(_ event: TrainingEvent) throws

    func cancel(_ eventID: UUID) throws

    func event(code: EventCode) throws -> TrainingEvent?

    func event(id: UUID) throws -> TrainingEvent?

    func isCodeTaken(_ code: EventCode) throws -> Bool

    /// Events overlapping the period and matching the filters, by start date.
    func events(from: CalendarDate?, to: CalendarDate?, centreID: UUID?, status: TrainingEvent.Status?) throws -> [TrainingEvent]

    func insert(_ session: TrainingSession) throws

    func update(_ session: TrainingSession) throws

    func sessions(of eventID: UUID) throws -> [TrainingSession]

    func session(id: UUID) throws -> TrainingSession?

    func insert(_ enrollment: Enrollment) throws

    func updateStatus(_ enrollment: Enrollment) throws

    func enrollment(event eventID: UUID, trainee traineeID: UUID) throws -> Enrollment?

    func enrollments(of eventID: UUID) throws -> [Enrollment]

    /// A person's enrolments in every event (any status), the earliest event first: their history.
    func enrollments(ofTrainee traineeID: UUID) throws -> [Enrollment]

    /// Each trainee's enrolment in an event, by trainee, with its position in a stable order
    /// (the same for the same enrolments): just what a bulk import checks a row against,
    /// without reading whole records, for imports that keep a table per enrolment.
    func enrollmentStatuses(of eventID: UUID) throws -> [UUID: (id: UUID, status: Enrollment.Status, position: Int)]

    func count(of eventID: UUID, status: Enrollment.Status) throws -> Int

    /// The first person on the waitlist, if any.
    func firstWaitlisted(of eventID: UUID) throws -> Enrollment?

    func nextWaitlistPosition(of eventID: UUID) throws -> Int

    /// Enrolments stored together for a bulk import (see ``EnrollmentStager``), inside the
    /// caller's transaction.
    func enrollmentStager() throws -> any EnrollmentStager
}
