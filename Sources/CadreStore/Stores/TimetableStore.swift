public import CadreModel
public import Foundation

/// The agenda query behind `cadre timetable`.
public struct TimetableStore: TimetableStorage {
    package let database: Database

    public init(_ database: Database) { self.database = database }

    /// Sessions of events that are not cancelled, in date and time order. A session's venue and
    /// trainers are its own, else its event's.
    public func entries(from: CalendarDate?, to: CalendarDate?, centreID: UUID?, trainerID: UUID?, venueID: UUID?) throws -> [TimetableEntry] {
        let rows = try database.rows(
            """
            SELECT s.id, s.date, s.start_time, s.end_time, s.number, s.status, e.code AS event_code, c.code AS course_code,
                   ce.code AS centre, v.name AS venue, s.trainer_id, e.id AS event_id
            FROM training_session AS s
            JOIN training_event AS e ON e.id = s.event_id
            JOIN course AS c ON c.id = e.course_id
            LEFT JOIN centre AS ce ON ce.id = e.centre_id
            LEFT JOIN venue AS v ON v.id = COALESCE(s.venue_id, e.venue_id)
            WHERE e.status <> 'cancelled'
              AND (? IS NULL OR s.date >= ?) AND (? IS NULL OR s.date <= ?)
              AND (? IS NULL OR ce.uuid = ?) AND (? IS NULL OR v.uuid = ?)
              AND (? IS NULL OR s.trainer_id = (SELECT id FROM trainer WHERE uuid = ?)
                OR (s.trainer_id IS NULL AND (SELECT id FROM trainer WHERE uuid = ?) IN (SELECT trainer_id FROM event_trainer WHERE event_id = e.id)))
            ORDER BY s.date, s.start_time, e.code, s.number
            """,
            [
                from?.iso, from?.iso, to?.iso, to?.iso, centreID, centreID, venueID, venueID, trainerID, trainerID, trainerID,
            ])
        return try rows.map { row in
            let trainers = try database.rows(
                """
                SELECT t.full_name FROM trainer AS t
                WHERE t.id = ? OR (? IS NULL AND t.id IN (SELECT trainer_id FROM event_trainer WHERE event_id = ?))
                ORDER BY t.ref
                """, [row["trainer_id"], row["trainer_id"], row["event_id"]]
            ).compactMap { $0.string(at: 0) }
            return TimetableEntry(
                date: row.string("date") ?? "", startTime: row.string("start_time") ?? "", endTime: row.string("end_time") ?? "",
                eventCode: row.string("event_code") ?? "", courseCode: row.string("course_code") ?? "", sessionNumber: row.int("number") ?? 0,
                status: row.string("status") ?? "", centre: row.string("centre"), venue: row.string("venue"), trainers: trainers)
        }
    }
}
