import CadreKit
import CadreModel
import CadreStore
import Foundation

/// Builds events, sessions and enrollments with plain SQL, for tests of the registry that
/// need them before the scheduling commands exist to make them.
enum EventFixture {
    static func make(_ database: Database, events: [String]) throws {
        try database.write { database in
            try database.execute(
                """
                INSERT INTO course (id, code, version, title_az, title_en, title_ru, min_attendance_percent, max_score,
                    total_minutes, source_name, canonical_json, imported_at)
                VALUES ('c1', 'T-1', 1, 'az', 'en', 'ru', 80, 20, 360, 'test', '{}', '2021-01-01T00:00:00Z')
                ON CONFLICT DO NOTHING
                """)
            for code in events {
                try database.execute(
                    """
                    INSERT INTO training_event (id, code, course_id, start_date, end_date, created_at)
                    VALUES (?, ?, 'c1', '2021-10-25', '2021-10-26', '2021-01-01T00:00:00Z')
                    """, [code, code])
                for number in 1...2 {
                    try database.execute(
                        """
                        INSERT INTO training_session (id, event_id, number, date, start_time, end_time, minutes)
                        VALUES (?, ?, ?, '2021-10-25', '09:30', '12:30', 180)
                        """, ["\(code)-s\(number)", code, number])
                }
            }
        }
    }

    static func enroll(_ database: Database, trainee: UUID, event: String, marks: [String], preScore: Int?) throws {
        let enrollment = "\(event)-\(trainee.databaseText)"
        try database.write { database in
            try database.execute(
                "INSERT INTO enrollment (id, event_id, trainee_id, status, enrolled_at) VALUES (?, ?, ?, 'enrolled', '2021-10-01T00:00:00Z')",
                [enrollment, event, trainee.databaseText])
            for (index, status) in marks.enumerated() {
                try database.execute(
                    """
                    INSERT INTO attendance (id, enrollment_id, session_id, status, marked_by, marked_at)
                    VALUES (?, ?, ?, ?, 'tester', '2021-10-25T12:00:00Z')
                    """, ["\(enrollment)-a\(index)", enrollment, "\(event)-s\(index + 1)", status])
            }
            if let preScore {
                try database.execute(
                    """
                    INSERT INTO assessment_score (id, enrollment_id, kind, score, max_score, recorded_by, recorded_at)
                    VALUES (?, ?, 'pre', ?, 20, 'tester', '2021-10-25T12:00:00Z')
                    """, ["\(enrollment)-pre", enrollment, preScore])
            }
        }
    }
}
