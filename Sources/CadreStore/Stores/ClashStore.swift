public import CadreModel
public import Foundation

/// The overlap queries behind clash checks. Sessions overlap when they share a date and each
/// starts before the other ends; cancelled sessions and cancelled events book nothing.
package struct ClashStore<Connection: SQLConnection>: ClashStorage {
    package let database: Connection

    package init(_ database: Connection) { self.database = database }

    /// Sessions a booking collides with for one of its trainers, its venue, or its event's
    /// enrolled trainees.
    package func clashes(for booking: SessionBooking) throws -> [ScheduleClash] {
        let sessions = "FROM training_session AS s JOIN training_event AS e ON e.id = s.event_id"
        let overlapping = """
            s.date = ? AND s.start_time < ? AND ? < s.end_time AND s.uuid IS DISTINCT FROM ?
            AND s.status <> 'cancelled' AND e.status <> 'cancelled'
            """
        let bound: [any SQLBindable] = [
            booking.date.iso, booking.slot.end.description, booking.slot.start.description, booking.sessionID,
        ]
        let columns = "e.code, s.number, s.date, s.start_time, s.end_time"
        var clashes: [ScheduleClash] = []
        for trainerID in booking.trainerIDs {
            let rows = try database.rows(
                """
                SELECT \(columns), t.ref, t.full_name \(sessions)
                JOIN trainer AS t ON t.id = s.trainer_id
                    OR (s.trainer_id IS NULL AND t.id IN (SELECT trainer_id FROM event_trainer WHERE event_id = s.event_id))
                WHERE t.uuid = ? AND \(overlapping)
                ORDER BY s.date, s.start_time
                """, [trainerID] + bound)
            clashes += rows.map { row in
                var clash = ScheduleClash(
                    kind: .trainer,
                    description: "trainer \(row.string("ref") ?? "") (\(row.string("full_name") ?? "")) is already booked for "
                        + "\(Self.label(row)); \(booking.label) overlaps it")
                clash.who = row.string("full_name") ?? row.string("ref")
                clash.booked = Self.booked(row)
                clash.mine = booking.booked
                return clash
            }
        }
        if let venueID = booking.venueID {
            let rows = try database.rows(
                """
                SELECT \(columns), v.code AS venue, v.name \(sessions)
                JOIN venue AS v ON v.id = COALESCE(s.venue_id, e.venue_id)
                WHERE v.uuid = ? AND \(overlapping)
                ORDER BY s.date, s.start_time
                """, [venueID] + bound)
            clashes += rows.map { row in
                var clash = ScheduleClash(
                    kind: .venue,
                    description: "venue \(row.string("venue") ?? "") (\(row.string("name") ?? "")) is already booked for "
                        + "\(Self.label(row)); \(booking.label) overlaps it")
                clash.who = row.string("name") ?? row.string("venue")
                clash.booked = Self.booked(row)
                clash.mine = booking.booked
                return clash
            }
        }
        let trainees = try database.rows(
            """
            SELECT \(columns), t.ref AS trainee \(sessions)
            JOIN enrollment AS other ON other.event_id = s.event_id AND other.status = 'enrolled'
            JOIN enrollment AS mine ON mine.trainee_id = other.trainee_id AND mine.status = 'enrolled'
            JOIN trainee AS t ON t.id = other.trainee_id
            WHERE mine.event_id = (SELECT id FROM training_event WHERE uuid = ?) AND s.event_id <> mine.event_id AND \(overlapping)
            ORDER BY t.ref, s.date, s.start_time
            """, [booking.eventID] + bound)
        clashes += trainees.map { row in
            var clash = ScheduleClash(
                kind: .trainee,
                description: "trainee \(row.string("trainee") ?? "") is enrolled in \(Self.label(row)); \(booking.label) overlaps it")
            clash.who = row.string("trainee")
            clash.booked = Self.booked(row)
            clash.mine = booking.booked
            return clash
        }
        return clashes
    }

    /// The sessions of other events that overlap `eventID`'s sessions for one trainee: what
    /// enrolling that trainee adds, found from their few enrolments rather than from every
    /// trainee of the event. CROSS JOIN fixes the order (SQLite's rule; PostgreSQL plans it itself): the trainee's
    /// enrolments, this event's sessions, then theirs — left to itself the planner started
    /// from every session on the same date.
    package func traineeClashes(traineeID: UUID, eventID: UUID) throws -> [ScheduleClash] {
        try database.rows(
            """
            SELECT e.code, s.number, s.date, s.start_time, s.end_time, t.ref AS trainee,
                   me.code AS mine_code, m.number AS mine_number, m.start_time AS mine_start, m.end_time AS mine_end
            FROM enrollment AS other
            CROSS JOIN training_session AS m
            CROSS JOIN training_session AS s
            JOIN training_event AS e ON e.id = other.event_id AND e.status <> 'cancelled'
            JOIN training_event AS me ON me.id = m.event_id AND me.status <> 'cancelled'
            JOIN trainee AS t ON t.id = other.trainee_id
            WHERE other.trainee_id = (SELECT id FROM trainee WHERE uuid = ?) AND other.status = 'enrolled'
              AND other.event_id <> (SELECT id FROM training_event WHERE uuid = ?)
              AND m.event_id = (SELECT id FROM training_event WHERE uuid = ?) AND m.status <> 'cancelled'
              AND s.event_id = other.event_id AND s.status <> 'cancelled'
              AND s.date = m.date AND m.start_time < s.end_time AND s.start_time < m.end_time
            ORDER BY s.date, s.start_time
            """, [traineeID, eventID, eventID]
        ).map(Self.traineeClash(from:))
    }

    /// A trainee's clash from a row naming the other event's session (`code`, `number`, `date`,
    /// `start_time`, `end_time`), the trainee (`trainee`) and their own session (`mine_code`,
    /// `mine_number`, `mine_start`, `mine_end`).
    static func traineeClash(from row: Row) -> ScheduleClash {
        var clash = ScheduleClash(
            kind: .trainee,
            description: "trainee \(row.string("trainee") ?? "") is enrolled in \(Self.label(row)); "
                + "\(row.string("mine_code") ?? "") session \(row.int("mine_number") ?? 0) "
                + "(\(row.string("mine_start") ?? "")-\(row.string("mine_end") ?? "")) overlaps it")
        clash.who = row.string("trainee")
        clash.booked = Self.booked(row)
        clash.mine = ScheduleClash.Booked(
            eventCode: row.string("mine_code") ?? "", session: row.int("mine_number") ?? 0, date: row.string("date") ?? "",
            start: row.string("mine_start") ?? "", end: row.string("mine_end") ?? "")
        return clash
    }

    /// Every pair of overlapping bookings in the database, each reported once.
    package func allClashes() throws -> [ScheduleClash] {
        let pairs = """
            FROM training_session AS a JOIN training_event AS ea ON ea.id = a.event_id
            JOIN training_session AS b ON b.date = a.date AND b.start_time < a.end_time AND a.start_time < b.end_time AND a.uuid < b.uuid
            JOIN training_event AS eb ON eb.id = b.event_id
            """
        let live = "a.status <> 'cancelled' AND b.status <> 'cancelled' AND ea.status <> 'cancelled' AND eb.status <> 'cancelled'"
        let columns = """
            SELECT ea.code AS a_code, a.number AS a_number, a.date, a.start_time AS a_start, a.end_time AS a_end,
                   eb.code AS b_code, b.number AS b_number, b.start_time AS b_start, b.end_time AS b_end
            """
        // A session's trainers: its own, else its event's.
        let trainersOf = { (session: String, event: String) in
            """
            (SELECT trainer_id FROM training_session WHERE id = \(session).id AND trainer_id IS NOT NULL
             UNION SELECT trainer_id FROM event_trainer WHERE event_id = \(event).id AND \(session).trainer_id IS NULL)
            """
        }
        let trainerRows = try database.rows(
            """
            \(columns), t.ref AS what \(pairs)
            JOIN trainer AS t ON t.id IN \(trainersOf("a", "ea")) AND t.id IN \(trainersOf("b", "eb"))
            WHERE \(live) ORDER BY a.date, a.start_time, t.ref
            """)
        let venueRows = try database.rows(
            """
            \(columns), v.code AS what \(pairs)
            JOIN venue AS v ON v.id = COALESCE(a.venue_id, ea.venue_id) AND v.id = COALESCE(b.venue_id, eb.venue_id)
            WHERE \(live) ORDER BY a.date, a.start_time
            """)
        let traineeRows = try database.rows(
            """
            \(columns), t.ref AS what \(pairs)
            JOIN enrollment AS x ON x.event_id = ea.id AND x.status = 'enrolled'
            JOIN enrollment AS y ON y.event_id = eb.id AND y.status = 'enrolled' AND y.trainee_id = x.trainee_id
            JOIN trainee AS t ON t.id = x.trainee_id
            WHERE \(live) AND ea.id <> eb.id ORDER BY a.date, a.start_time, t.ref
            """)
        return trainerRows.map { ScheduleClash(kind: .trainer, description: "trainer \($0.string("what") ?? ""): \(Self.pairLabel($0))") }
            + venueRows.map { ScheduleClash(kind: .venue, description: "venue \($0.string("what") ?? ""): \(Self.pairLabel($0))") }
            + traineeRows.map { ScheduleClash(kind: .trainee, description: "trainee \($0.string("what") ?? ""): \(Self.pairLabel($0))") }
    }

    /// The colliding session of a row of the queries above.
    static func booked(_ row: Row) -> ScheduleClash.Booked {
        ScheduleClash.Booked(
            eventCode: row.string("code") ?? "", session: row.int("number") ?? 0, date: row.string("date") ?? "",
            start: row.string("start_time") ?? "", end: row.string("end_time") ?? "")
    }

    static func label(_ row: Row) -> String {
        "\(row.string("code") ?? "") session \(row.int("number") ?? 0) on \(row.string("date") ?? "") \(row.string("start_time") ?? "")-\(row.string("end_time") ?? "")"
    }

    static func pairLabel(_ row: Row) -> String {
        "\(row.string("a_code") ?? "") session \(row.int("a_number") ?? 0) (\(row.string("a_start") ?? "")-\(row.string("a_end") ?? "")) and "
            + "\(row.string("b_code") ?? "") session \(row.int("b_number") ?? 0) (\(row.string("b_start") ?? "")-\(row.string("b_end") ?? "")) on \(row.string("date") ?? "")"
    }
}
