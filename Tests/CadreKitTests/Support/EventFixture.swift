import CadreKit
import CadreModel
import CadreStore
import Foundation

/// Builds events, sessions and enrollments with plain SQL both engines run (integer keys inside,
/// ids bound as UUIDs), for tests of the registry that need them before the scheduling commands exist
/// to make them. Events are named by code, sessions by number.
enum EventFixture {
    static func make(_ database: some FixtureSQL, events: [String]) throws {
        do {
            try database.execute(
                """
                INSERT INTO course (uuid, code, version, title_az, title_en, title_ru, min_attendance_percent, max_score,
                    total_minutes, source_name, canonical_json, imported_at)
                VALUES (?, 'T-1', 1, 'az', 'en', 'ru', 80, 20, 360, 'test', '{}', '2021-01-01T00:00:00Z')
                ON CONFLICT DO NOTHING
                """, [UUID()])
            for code in events {
                try database.execute(
                    """
                    INSERT INTO training_event (uuid, code, course_id, start_date, end_date, created_at)
                    VALUES (?, ?, (SELECT id FROM course WHERE code = 'T-1'), '2021-10-25', '2021-10-26', '2021-01-01T00:00:00Z')
                    """, [UUID(), code])
                for number in 1...2 {
                    try database.execute(
                        """
                        INSERT INTO training_session (uuid, event_id, number, date, start_time, end_time, minutes)
                        VALUES (?, (SELECT id FROM training_event WHERE code = ?), ?, '2021-10-25', '09:30', '12:30', 180)
                        """, [UUID(), code, number])
                }
            }
        }
    }

    static func enroll(_ database: some FixtureSQL, trainee: UUID, event: String, marks: [String], preScore: Int?) throws {
        let enrollment = "(SELECT id FROM enrollment WHERE event_id = (SELECT id FROM training_event WHERE code = ?) AND trainee_id = (SELECT id FROM trainee WHERE uuid = ?))"
        do {
            try database.execute(
                """
                INSERT INTO enrollment (uuid, event_id, trainee_id, status, enrolled_at)
                VALUES (?, (SELECT id FROM training_event WHERE code = ?), (SELECT id FROM trainee WHERE uuid = ?), 'enrolled',
                    '2021-10-01T00:00:00Z')
                """, [UUID(), event, trainee])
            try database.execute("INSERT INTO actor (name) VALUES ('tester') ON CONFLICT DO NOTHING", [])
            for (index, status) in marks.enumerated() {
                try database.execute(
                    """
                    INSERT INTO attendance (enrollment_id, session_id, status, marked_by, marked_at)
                    VALUES (\(enrollment),
                        (SELECT s.id FROM training_session AS s JOIN training_event AS e ON e.id = s.event_id WHERE e.code = ? AND s.number = ?),
                        ?, (SELECT id FROM actor WHERE name = 'tester'), 1635163200)
                    """,
                    [event, trainee, event, index + 1, AttendanceMark.Status(rawValue: status).map(AttendanceCode.code)])
            }
            if let preScore {
                try database.execute(
                    """
                    INSERT INTO assessment_score (uuid, enrollment_id, kind, score, max_score, recorded_by, recorded_at)
                    VALUES (?, \(enrollment), 'pre', ?, 20, (SELECT id FROM actor WHERE name = 'tester'), 1635163200)
                    """, [UUID(), event, trainee, preScore])
            }
        }
    }
}

/// Where a fixture's SQL runs: a test's database on either engine, or an SQLite file.
protocol FixtureSQL: AnyObject {
    func execute(_ text: String, _ parameters: [any SQLBindable]) throws
}

extension Database: FixtureSQL {}
extension TestDatabase: FixtureSQL {}
