public import Foundation
public import CadreModel

/// Queries for training events, their sessions and their enrollments.
public struct EventStore {
    let database: Database

    public init(_ database: Database) { self.database = database }

    // MARK: Events

    public func insert(_ event: TrainingEvent, at date: Date) throws {
        try database.execute(
            """
            INSERT INTO training_event (id, code, course_id, centre_id, venue_id, start_date, end_date, capacity, status, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                event.id.databaseText, event.code, event.courseID.databaseText, event.centreID?.databaseText,
                event.venueID?.databaseText, event.startDate, event.endDate, event.capacity, Self.recorded(event.status),
                Timestamp.string(from: date),
            ])
        for trainer in event.trainerIDs {
            try database.execute("INSERT INTO event_trainer (event_id, trainer_id) VALUES (?, ?)", [event.id.databaseText, trainer.databaseText])
        }
    }

    /// What the status column keeps: only what people decided. `running` is never recorded
    /// (it is derived), and `held` keeps the word earlier versions wrote, `completed`.
    private static func recorded(_ status: TrainingEvent.Status) -> String {
        switch status {
        case .planned, .running: "planned"
        case .held: "completed"
        case .cancelled: "cancelled"
        }
    }

    /// Updates everything but the identity, the trainers and the status. The dates of an
    /// event with sessions follow its sessions whatever is written here (a trigger keeps them).
    public func update(_ event: TrainingEvent) throws {
        try database.execute(
            """
            UPDATE training_event SET course_id = ?, centre_id = ?, venue_id = ?, start_date = ?, end_date = ?, capacity = ?
            WHERE id = ?
            """,
            [
                event.courseID.databaseText, event.centreID?.databaseText, event.venueID?.databaseText, event.startDate, event.endDate,
                event.capacity, event.id.databaseText,
            ])
    }

    public func cancel(_ eventID: UUID) throws {
        try database.execute("UPDATE training_event SET status = 'cancelled' WHERE id = ?", [eventID.databaseText])
    }

    /// An event's columns, then how many of its sessions count (not cancelled) and how many of
    /// those have attendance recorded, from which its status is derived.
    private static let select = """
        SELECT ev.*,
            (SELECT count(*) FROM training_session AS s WHERE s.event_id = ev.id AND s.status <> 'cancelled') AS sessions_due,
            (SELECT count(*) FROM training_session AS s WHERE s.event_id = ev.id AND s.status <> 'cancelled'
                AND (s.status = 'held' OR EXISTS (SELECT 1 FROM attendance AS a WHERE a.session_id = s.id))) AS sessions_marked
        FROM training_event AS ev
        """

    public func event(code: String) throws -> TrainingEvent? {
        try database.row("\(Self.select) WHERE ev.code = ?", [code.uppercased()]).map(event(from:))
    }

    public func event(id: UUID) throws -> TrainingEvent? {
        try database.row("\(Self.select) WHERE ev.id = ?", [id.databaseText]).map(event(from:))
    }

    public func isCodeTaken(_ code: String) throws -> Bool {
        try database.scalar("SELECT count(*) FROM training_event WHERE code = ?", [code]).intValue ?? 0 > 0
    }

    /// Events overlapping the period and matching the filters, by start date.
    public func events(from: CalendarDate?, to: CalendarDate?, centreID: UUID?, status: TrainingEvent.Status?) throws -> [TrainingEvent] {
        try database.rows(
            """
            \(Self.select)
            WHERE (? IS NULL OR ev.end_date >= ?) AND (? IS NULL OR ev.start_date <= ?) AND (? IS NULL OR ev.centre_id = ?)
            ORDER BY ev.start_date, ev.code
            """,
            [from?.iso, from?.iso, to?.iso, to?.iso, centreID?.databaseText, centreID?.databaseText]
        ).map(event(from:)).filter { status == nil || $0.status == status }
    }

    private func event(from row: Row) throws -> TrainingEvent {
        let id = row.string("id") ?? ""
        let trainers = try database.rows(
            "SELECT t.id FROM event_trainer e JOIN trainer t ON t.id = e.trainer_id WHERE e.event_id = ? ORDER BY t.ref", [id]
        ).compactMap { $0.string(at: 0).map(UUID.init(databaseText:)) }
        return TrainingEvent(
            id: UUID(databaseText: id), code: row.string("code") ?? "", courseID: UUID(databaseText: row.string("course_id") ?? ""),
            centreID: row.string("centre_id").map(UUID.init(databaseText:)), venueID: row.string("venue_id").map(UUID.init(databaseText:)),
            startDate: row.string("start_date") ?? "", endDate: row.string("end_date") ?? "", trainerIDs: trainers,
            capacity: row.int("capacity"),
            status: .derive(
                recorded: TrainingEvent.Status(typed: row.string("status") ?? "") ?? .planned, sessions: row.int("sessions_due") ?? 0,
                sessionsWithAttendance: row.int("sessions_marked") ?? 0))
    }

    // MARK: Sessions

    public func insert(_ session: TrainingSession) throws {
        try database.execute(
            """
            INSERT INTO training_session (id, event_id, number, date, start_time, end_time, minutes, module_position,
                trainer_id, venue_id, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, sessionValues(session))
    }

    public func update(_ session: TrainingSession) throws {
        let values = sessionValues(session)
        try database.execute(
            """
            UPDATE training_session SET date = ?, start_time = ?, end_time = ?, minutes = ?, module_position = ?,
                trainer_id = ?, venue_id = ?, status = ?
            WHERE id = ?
            """, Array(values[3...]) + [values[0]])
    }

    private func sessionValues(_ session: TrainingSession) -> [any SQLBindable] {
        [
            session.id.databaseText, session.eventID.databaseText, session.number, session.date, session.startTime,
            session.endTime, session.minutes, session.modulePosition, session.trainerID?.databaseText,
            session.venueID?.databaseText, session.status.rawValue,
        ]
    }

    public func sessions(of eventID: UUID) throws -> [TrainingSession] {
        try database.rows("SELECT * FROM training_session WHERE event_id = ? ORDER BY number", [eventID.databaseText])
            .map(session(from:))
    }

    public func session(id: UUID) throws -> TrainingSession? {
        try database.row("SELECT * FROM training_session WHERE id = ?", [id.databaseText]).map(session(from:))
    }

    func session(from row: Row) -> TrainingSession {
        TrainingSession(
            id: UUID(databaseText: row.string("id") ?? ""), eventID: UUID(databaseText: row.string("event_id") ?? ""),
            number: row.int("number") ?? 0, date: row.string("date") ?? "", startTime: row.string("start_time") ?? "",
            endTime: row.string("end_time") ?? "", minutes: row.int("minutes") ?? 0, modulePosition: row.int("module_position"),
            trainerID: row.string("trainer_id").map(UUID.init(databaseText:)), venueID: row.string("venue_id").map(UUID.init(databaseText:)),
            status: TrainingSession.Status(rawValue: row.string("status") ?? "") ?? .planned)
    }

    // MARK: Enrollments

    public func insert(_ enrollment: Enrollment) throws {
        try database.execute(
            """
            INSERT INTO enrollment (id, event_id, trainee_id, status, waitlist_position, walk_in, profession_code,
                region_code, organization, sex, enrolled_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                enrollment.id.databaseText, enrollment.eventID.databaseText, enrollment.traineeID.databaseText,
                enrollment.status.rawValue, enrollment.waitlistPosition, enrollment.isWalkIn, enrollment.professionCode,
                enrollment.regionCode, enrollment.organization, enrollment.sex?.rawValue, Timestamp.string(from: enrollment.enrolledAt),
            ])
    }

    public func updateStatus(_ enrollment: Enrollment) throws {
        try database.execute(
            "UPDATE enrollment SET status = ?, waitlist_position = ? WHERE id = ?",
            [enrollment.status.rawValue, enrollment.waitlistPosition, enrollment.id.databaseText])
    }

    public func enrollment(event eventID: UUID, trainee traineeID: UUID) throws -> Enrollment? {
        try database.row(
            "SELECT * FROM enrollment WHERE event_id = ? AND trainee_id = ?", [eventID.databaseText, traineeID.databaseText]
        ).map(enrollment(from:))
    }

    public func enrollments(of eventID: UUID) throws -> [Enrollment] {
        try database.rows(
            "SELECT * FROM enrollment WHERE event_id = ? ORDER BY status, waitlist_position, enrolled_at", [eventID.databaseText]
        ).map(enrollment(from:))
    }

    /// Each trainee's enrolment in an event, by trainee: just what a bulk import checks a
    /// row against, without reading whole records.
    /// Each trainee's enrolment in an event, with its position in a stable order (the same
    /// for the same enrolments), for imports that keep a table per enrolment.
    func enrollmentStatuses(of eventID: UUID) throws -> [UUID: (id: UUID, status: Enrollment.Status, position: Int)] {
        var result: [UUID: (id: UUID, status: Enrollment.Status, position: Int)] = [:]
        try database.forEachStep("SELECT id, trainee_id, status FROM enrollment WHERE event_id = ? ORDER BY trainee_id", [eventID.databaseText]) { row in
            let status = row.string(at: 2).flatMap(Enrollment.Status.init(rawValue:)) ?? .enrolled
            result[row.uuid(at: 1) ?? .zero] = (row.uuid(at: 0) ?? .zero, status, result.count)
        }
        return result
    }

    public func count(of eventID: UUID, status: Enrollment.Status) throws -> Int {
        try database.scalar(
            "SELECT count(*) FROM enrollment WHERE event_id = ? AND status = ?", [eventID.databaseText, status.rawValue]
        ).intValue ?? 0
    }

    /// The first person on the waitlist, if any.
    public func firstWaitlisted(of eventID: UUID) throws -> Enrollment? {
        try database.row(
            "SELECT * FROM enrollment WHERE event_id = ? AND status = 'waitlisted' ORDER BY waitlist_position LIMIT 1",
            [eventID.databaseText]
        ).map(enrollment(from:))
    }

    public func nextWaitlistPosition(of eventID: UUID) throws -> Int {
        (try database.scalar("SELECT max(waitlist_position) FROM enrollment WHERE event_id = ?", [eventID.databaseText]).intValue ?? 0) + 1
    }

    func enrollment(from row: Row) -> Enrollment {
        Enrollment(
            id: UUID(databaseText: row.string("id") ?? ""), eventID: UUID(databaseText: row.string("event_id") ?? ""),
            traineeID: UUID(databaseText: row.string("trainee_id") ?? ""),
            status: Enrollment.Status(rawValue: row.string("status") ?? "") ?? .enrolled, waitlistPosition: row.int("waitlist_position"),
            isWalkIn: row.int("walk_in") == 1, professionCode: row.string("profession_code"), regionCode: row.string("region_code"),
            organization: row.string("organization"), sex: row.string("sex").flatMap(Sex.init(rawValue:)),
            enrolledAt: Timestamp.date(from: row.string("enrolled_at") ?? "") ?? .distantPast)
    }
}
