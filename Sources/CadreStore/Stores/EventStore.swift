public import CadreModel
public import Foundation

/// Queries for training events, their sessions and their enrollments.
public struct EventStore: EventStorage {
    package let database: Database

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

    public func event(code: EventCode) throws -> TrainingEvent? {
        try database.row("\(Self.select) WHERE ev.code = ?", [code.text]).map(event(from:))
    }

    public func event(id: UUID) throws -> TrainingEvent? {
        try database.row("\(Self.select) WHERE ev.id = ?", [id.databaseText]).map(event(from:))
    }

    public func isCodeTaken(_ code: EventCode) throws -> Bool {
        try database.scalar("SELECT count(*) FROM training_event WHERE code = ?", [code.text]).intValue ?? 0 > 0
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
        let stored = row.stored("training_event")
        let id = try stored.uuid("id")
        let trainers = try database.rows(
            "SELECT t.id FROM event_trainer e JOIN trainer t ON t.id = e.trainer_id WHERE e.event_id = ? ORDER BY t.ref", [id.databaseText]
        ).map { try $0.stored("event_trainer").uuid("id") }
        let recorded = try stored.text("status")
        guard let status = TrainingEvent.Status(typed: recorded) else {
            throw DamagedValue(table: "training_event", column: "status", row: id.databaseText, value: recorded, expected: "an event status")
        }
        return TrainingEvent(
            id: id, code: try stored.text("code"), courseID: try stored.uuid("course_id"), centreID: try stored.optionalUUID("centre_id"),
            venueID: try stored.optionalUUID("venue_id"), startDate: try stored.calendarDate("start_date"),
            endDate: try stored.calendarDate("end_date"), trainerIDs: trainers, capacity: try stored.optionalInt("capacity"),
            status: .derive(recorded: status, sessions: try stored.int("sessions_due"), sessionsWithAttendance: try stored.int("sessions_marked")))
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

    package func session(from row: Row) throws -> TrainingSession {
        let stored = row.stored("training_session")
        return TrainingSession(
            id: try stored.uuid("id"), eventID: try stored.uuid("event_id"), number: try stored.int("number"),
            date: try stored.calendarDate("date"), startTime: try stored.text("start_time"), endTime: try stored.text("end_time"),
            minutes: try stored.int("minutes"), modulePosition: try stored.optionalInt("module_position"),
            trainerID: try stored.optionalUUID("trainer_id"), venueID: try stored.optionalUUID("venue_id"),
            status: try stored.value("status", as: TrainingSession.Status.self))
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

    /// Each trainee's enrolment in an event, by trainee, with its position in a stable order
    /// (the same for the same enrolments): just what a bulk import checks a row against,
    /// without reading whole records, for imports that keep a table per enrolment.
    public func enrollmentStatuses(of eventID: UUID) throws -> [UUID: (id: UUID, status: Enrollment.Status, position: Int)] {
        var result: [UUID: (id: UUID, status: Enrollment.Status, position: Int)] = [:]
        try database.forEachStep("SELECT id, trainee_id, status FROM enrollment WHERE event_id = ? ORDER BY trainee_id", [eventID.databaseText]) { row in
            let stored = StoredRow(row, table: "enrollment", names: ["id", "trainee_id", "status"])
            result[try stored.uuid("trainee_id")] = (try stored.uuid("id"), try stored.value("status", as: Enrollment.Status.self), result.count)
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

    package func enrollment(from row: Row) throws -> Enrollment {
        let stored = row.stored("enrollment")
        return Enrollment(
            id: try stored.uuid("id"), eventID: try stored.uuid("event_id"), traineeID: try stored.uuid("trainee_id"),
            status: try stored.value("status", as: Enrollment.Status.self), waitlistPosition: try stored.optionalInt("waitlist_position"),
            isWalkIn: try stored.int("walk_in") == 1, professionCode: stored.optionalText("profession_code"),
            regionCode: stored.optionalText("region_code"), organization: stored.optionalText("organization"),
            sex: try stored.optionalValue("sex", as: Sex.self), enrolledAt: try stored.timestamp("enrolled_at"))
    }
}
