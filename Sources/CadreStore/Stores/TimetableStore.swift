public import CadreModel
public import Foundation

/// The agenda query behind `cadre timetable`.
package struct TimetableStore<Connection: SQLConnection>: TimetableStorage {
    package let database: Connection

    package init(_ database: Connection) { self.database = database }

    /// Sessions of events that are not cancelled, in date and time order. A session's venue and
    /// trainers are its own, else its event's.
    package func entries(from: CalendarDate?, to: CalendarDate?, centreID: UUID?, trainerID: UUID?, venueID: UUID?) throws -> [TimetableEntry] {
        let rows = try database.rows(
            """
            SELECT s.id, s.date, s.start_time, s.end_time, s.number, s.status, e.code AS event_code, c.code AS course_code,
                   c.title_az, c.title_en, c.title_ru, m.title_az AS module_az, m.title_en AS module_en, m.title_ru AS module_ru,
                   ce.code AS centre, v.name AS venue, s.trainer_id, e.id AS event_id
            FROM training_session AS s
            JOIN training_event AS e ON e.id = s.event_id
            JOIN course AS c ON c.id = e.course_id
            LEFT JOIN course_module AS m ON m.course_id = c.id AND m.position = s.module_position
            LEFT JOIN centre AS ce ON ce.id = e.centre_id
            LEFT JOIN venue AS v ON v.id = COALESCE(s.venue_id, e.venue_id)
            WHERE e.status <> 'cancelled'
              AND (CAST(? AS TEXT) IS NULL OR s.date >= ?) AND (CAST(? AS TEXT) IS NULL OR s.date <= ?)
              AND (CAST(? AS TEXT) IS NULL OR ce.uuid = ?) AND (CAST(? AS TEXT) IS NULL OR v.uuid = ?)
              AND (CAST(? AS TEXT) IS NULL OR s.trainer_id = (SELECT id FROM trainer WHERE uuid = ?)
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
                WHERE t.id = ? OR (CAST(? AS TEXT) IS NULL AND t.id IN (SELECT trainer_id FROM event_trainer WHERE event_id = ?))
                ORDER BY t.ref
                """, [row["trainer_id"], row["trainer_id"], row["event_id"]]
            ).compactMap { $0.string(at: 0) }
            return TimetableEntry(
                date: row.string("date") ?? "", startTime: row.string("start_time") ?? "", endTime: row.string("end_time") ?? "",
                eventCode: row.string("event_code") ?? "", courseCode: row.string("course_code") ?? "",
                courseTitle: LocalizedText(az: row.string("title_az") ?? "", en: row.string("title_en") ?? "", ru: row.string("title_ru") ?? ""),
                sessionNumber: row.int("number") ?? 0,
                sessionTitle: row.string("module_az").map {
                    LocalizedText(az: $0, en: row.string("module_en") ?? $0, ru: row.string("module_ru") ?? $0)
                },
                status: row.string("status") ?? "", centre: row.string("centre"), venue: row.string("venue"), trainers: trainers)
        }
    }
}
