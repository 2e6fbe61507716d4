public import CadreModel
public import Foundation

/// Queries for training events, their sessions and their enrollments.
package struct EventStore<Connection: SQLConnection>: EventStorage {
    package let database: Connection

    package init(_ database: Connection) { self.database = database }

    // MARK: Events

    package func insert(_ event: TrainingEvent, at date: Date) throws {
        try database.execute(
            """
            INSERT INTO training_event (uuid, code, course_id, centre_id, venue_id, start_date, end_date, capacity, status, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                event.id, event.code, try database.rowID(.course, event.courseID), try database.rowID(.centre, event.centreID),
                try database.rowID(.venue, event.venueID), event.startDate, event.endDate, event.capacity, Self.recorded(event.status),
                Timestamp.string(from: date),
            ])
        let eventID = try database.rowID(.event, event.id)
        for trainer in event.trainerIDs {
            try database.execute("INSERT INTO event_trainer (event_id, trainer_id) VALUES (?, ?)", [eventID, try database.rowID(.trainer, trainer)])
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
    package func update(_ event: TrainingEvent) throws {
        try database.execute(
            """
            UPDATE training_event SET course_id = ?, centre_id = ?, venue_id = ?, start_date = ?, end_date = ?, capacity = ?
            WHERE uuid = ?
            """,
            [
                try database.rowID(.course, event.courseID), try database.rowID(.centre, event.centreID),
                try database.rowID(.venue, event.venueID), event.startDate, event.endDate, event.capacity, event.id,
            ])
    }

    package func cancel(_ eventID: UUID) throws {
        try database.execute("UPDATE training_event SET status = 'cancelled' WHERE uuid = ?", [eventID])
    }

    /// An event's columns, then how many of its sessions count (not cancelled) and how many of
    /// those have attendance recorded, from which its status is derived.
    private static var select: String { """
        SELECT ev.uuid AS id, ev.code, c.uuid AS course_id, ce.uuid AS centre_id, v.uuid AS venue_id, ev.start_date, ev.end_date,
            ev.capacity, ev.status, ev.id AS key,
            (SELECT count(*) FROM training_session AS s WHERE s.event_id = ev.id AND s.status <> 'cancelled') AS sessions_due,
            (SELECT count(*) FROM training_session AS s WHERE s.event_id = ev.id AND s.status <> 'cancelled'
                AND (s.status = 'held' OR EXISTS (SELECT 1 FROM attendance AS a WHERE a.session_id = s.id))) AS sessions_marked
        FROM training_event AS ev JOIN course AS c ON c.id = ev.course_id
        LEFT JOIN centre AS ce ON ce.id = ev.centre_id LEFT JOIN venue AS v ON v.id = ev.venue_id
        """
    }

    package func event(code: EventCode) throws -> TrainingEvent? {
        try database.row("\(Self.select) WHERE ev.code = ?", [code.text]).map(event(from:))
    }

    package func event(id: UUID) throws -> TrainingEvent? {
        try database.row("\(Self.select) WHERE ev.uuid = ?", [id]).map(event(from:))
    }

    package func isCodeTaken(_ code: EventCode) throws -> Bool {
        try database.scalar("SELECT count(*) FROM training_event WHERE code = ?", [code.text]).intValue ?? 0 > 0
    }

    /// Events overlapping the period and matching the filters, by start date.
    package func events(from: CalendarDate?, to: CalendarDate?, centreID: UUID?, status: TrainingEvent.Status?) throws -> [TrainingEvent] {
        try database.rows(
            """
            \(Self.select)
            WHERE (CAST(? AS TEXT) IS NULL OR ev.end_date >= ?) AND (CAST(? AS TEXT) IS NULL OR ev.start_date <= ?) AND (CAST(? AS TEXT) IS NULL OR ce.uuid = ?)
            ORDER BY ev.start_date, ev.code
            """,
            [from?.iso, from?.iso, to?.iso, to?.iso, centreID, centreID]
        ).map(event(from:)).filter { status == nil || $0.status == status }
    }

    private func event(from row: Row) throws -> TrainingEvent {
        let stored = row.stored("training_event")
        let id = try stored.uuid("id")
        let trainers = try database.rows(
            "SELECT t.uuid AS id FROM event_trainer e JOIN trainer t ON t.id = e.trainer_id WHERE e.event_id = ? ORDER BY t.ref",
            [try stored.int("key")]
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

    package func insert(_ session: TrainingSession) throws {
        try database.execute(
            """
            INSERT INTO training_session (uuid, event_id, number, date, start_time, end_time, minutes, module_position,
                trainer_id, venue_id, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, try sessionValues(session))
    }

    package func update(_ session: TrainingSession) throws {
        let values = try sessionValues(session)
        try database.execute(
            """
            UPDATE training_session SET date = ?, start_time = ?, end_time = ?, minutes = ?, module_position = ?,
                trainer_id = ?, venue_id = ?, status = ?
            WHERE uuid = ?
            """, Array(values[3...]) + [values[0]])
    }

    private func sessionValues(_ session: TrainingSession) throws -> [any SQLBindable] {
        [
            session.id, try database.rowID(.event, session.eventID), session.number, session.date, session.startTime,
            session.endTime, session.minutes, session.modulePosition, try database.rowID(.trainer, session.trainerID),
            try database.rowID(.venue, session.venueID), session.status.rawValue,
        ]
    }

    package func sessions(of eventID: UUID) throws -> [TrainingSession] {
        try database.rows("\(Self.sessionSelect) WHERE e.uuid = ? ORDER BY s.number", [eventID]).map(session(from:))
    }

    package func session(id: UUID) throws -> TrainingSession? {
        try database.row("\(Self.sessionSelect) WHERE s.uuid = ?", [id]).map(session(from:))
    }

    /// A session's columns with its ids as UUIDs.
    package static var sessionSelect: String { """
        SELECT s.uuid AS id, e.uuid AS event_id, s.number, s.date, s.start_time, s.end_time, s.minutes, s.module_position,
            t.uuid AS trainer_id, v.uuid AS venue_id, s.status
        FROM training_session AS s JOIN training_event AS e ON e.id = s.event_id
        LEFT JOIN trainer AS t ON t.id = s.trainer_id LEFT JOIN venue AS v ON v.id = s.venue_id
        """
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

    package func insert(_ enrollment: Enrollment) throws {
        try database.execute(
            """
            INSERT INTO enrollment (uuid, event_id, trainee_id, status, waitlist_position, walk_in, profession_code,
                region_code, organization, sex, enrolled_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                enrollment.id, try database.rowID(.event, enrollment.eventID), try database.rowID(.trainee, enrollment.traineeID),
                enrollment.status.rawValue, enrollment.waitlistPosition, enrollment.isWalkIn, enrollment.professionCode,
                enrollment.regionCode, enrollment.organization, enrollment.sex?.rawValue, Timestamp.string(from: enrollment.enrolledAt),
            ])
    }

    package func updateStatus(_ enrollment: Enrollment) throws {
        try database.execute(
            "UPDATE enrollment SET status = ?, waitlist_position = ? WHERE uuid = ?",
            [enrollment.status.rawValue, enrollment.waitlistPosition, enrollment.id])
    }

    package func enrollment(event eventID: UUID, trainee traineeID: UUID) throws -> Enrollment? {
        try database.row(
            "\(Self.enrollmentSelect) WHERE n.event_id = (SELECT id FROM training_event WHERE uuid = ?) AND t.uuid = ?", [eventID, traineeID]
        ).map(enrollment(from:))
    }

    package func enrollments(of eventID: UUID) throws -> [Enrollment] {
        try database.rows(
            "\(Self.enrollmentSelect) WHERE e.uuid = ? ORDER BY n.status, n.waitlist_position, n.enrolled_at", [eventID]
        ).map(enrollment(from:))
    }

    package func enrollments(ofTrainee traineeID: UUID) throws -> [Enrollment] {
        try database.rows("\(Self.enrollmentSelect) WHERE t.uuid = ? ORDER BY e.start_date, e.code", [traineeID]).map(enrollment(from:))
    }

    /// Each trainee's enrolment in an event, by trainee, with its position in a stable order
    /// (the same for the same enrolments): just what a bulk import checks a row against,
    /// without reading whole records, for imports that keep a table per enrolment.
    package func enrollmentStatuses(of eventID: UUID) throws -> [UUID: (id: UUID, status: Enrollment.Status, position: Int)] {
        var result: [UUID: (id: UUID, status: Enrollment.Status, position: Int)] = [:]
        try database.forEachStep(
            """
            SELECT n.uuid, t.uuid, n.status FROM enrollment AS n JOIN trainee AS t ON t.id = n.trainee_id
            WHERE n.event_id = (SELECT id FROM training_event WHERE uuid = ?) ORDER BY n.trainee_id
            """, [eventID]
        ) { row in
            let stored = StoredRow(row, table: "enrollment", names: ["id", "trainee_id", "status"])
            result[try stored.uuid("trainee_id")] = (try stored.uuid("id"), try stored.value("status", as: Enrollment.Status.self), result.count)
        }
        return result
    }

    package func count(of eventID: UUID, status: Enrollment.Status) throws -> Int {
        try database.scalar(
            "SELECT count(*) FROM enrollment WHERE event_id = (SELECT id FROM training_event WHERE uuid = ?) AND status = ?",
            [eventID, status.rawValue]
        ).intValue ?? 0
    }

    /// The first person on the waitlist, if any.
    package func firstWaitlisted(of eventID: UUID) throws -> Enrollment? {
        try database.row(
            "\(Self.enrollmentSelect) WHERE e.uuid = ? AND n.status = 'waitlisted' ORDER BY n.waitlist_position LIMIT 1",
            [eventID]
        ).map(enrollment(from:))
    }

    package func nextWaitlistPosition(of eventID: UUID) throws -> Int {
        (try database.scalar(
            "SELECT max(waitlist_position) FROM enrollment WHERE event_id = (SELECT id FROM training_event WHERE uuid = ?)", [eventID]
        ).intValue ?? 0) + 1
    }

    package func enrollmentStager() throws -> any EnrollmentStager { try EnrollmentStaging(database) }

    /// An enrolment's columns with its ids as UUIDs.
    package static var enrollmentSelect: String { """
        SELECT n.uuid AS id, e.uuid AS event_id, t.uuid AS trainee_id, n.status, n.waitlist_position, n.walk_in, n.profession_code,
            n.region_code, n.organization, n.sex, n.enrolled_at
        FROM enrollment AS n JOIN training_event AS e ON e.id = n.event_id JOIN trainee AS t ON t.id = n.trainee_id
        """
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
