package import CadreModel
package import Foundation

/// ``EnrollmentStager`` over either engine: the import's enrolments go into a ``StagingTable``
/// and become enrolments by one `INSERT … SELECT` that looks up the events' and people's row
/// ids for all of them at once (and one `UPDATE` for the withdrawn ones made enrolled again);
/// one query then finds the clashes they bring.
package final class EnrollmentStaging<Connection: SQLConnection>: EnrollmentStager {
    private let database: Connection
    private let table: StagingTable<Connection>
    private var reopened = 0

    init(_ database: Connection) throws {
        self.database = database
        table = try StagingTable(
            database, name: "staged_enrollment",
            definition: """
                line bigint NOT NULL, uuid \(Connection.uuidColumnType) NOT NULL PRIMARY KEY,
                event_uuid \(Connection.uuidColumnType) NOT NULL, trainee_uuid \(Connection.uuidColumnType) NOT NULL,
                status text NOT NULL, waitlist_position bigint, walk_in bigint NOT NULL, profession_code text, region_code text,
                organization text, sex text, enrolled_at text NOT NULL, reopening bigint NOT NULL
                """,
            columns: [
                "line", "uuid", "event_uuid", "trainee_uuid", "status", "waitlist_position", "walk_in", "profession_code", "region_code",
                "organization", "sex", "enrolled_at", "reopening",
            ])
    }

    package func stage(_ enrollment: Enrollment, line: Int, reopening: Bool) throws {
        try table.append([
            line, enrollment.id, enrollment.eventID, enrollment.traineeID, enrollment.status.rawValue, enrollment.waitlistPosition,
            enrollment.isWalkIn, enrollment.professionCode, enrollment.regionCode, enrollment.organization, enrollment.sex?.rawValue,
            Timestamp.string(from: enrollment.enrolledAt), reopening,
        ])
        if reopening { reopened += 1 }
    }

    package func finish() throws -> [(line: Int, clash: ScheduleClash)] {
        try table.flush()
        let new = table.count - reopened
        if new > 0 {
            try database.execute(
                """
                INSERT INTO enrollment (uuid, event_id, trainee_id, status, waitlist_position, walk_in, profession_code, region_code,
                    organization, sex, enrolled_at)
                SELECT s.uuid, e.id, t.id, s.status, s.waitlist_position, s.walk_in, s.profession_code, s.region_code, s.organization,
                    s.sex, s.enrolled_at
                FROM staged_enrollment AS s JOIN training_event AS e ON e.uuid = s.event_uuid JOIN trainee AS t ON t.uuid = s.trainee_uuid
                WHERE s.reopening = 0
                ORDER BY s.line
                """, [])
            guard database.changes == new else { throw StagingTable<Connection>.danglingReference }
        }
        if reopened > 0 {
            try database.execute(
                """
                UPDATE enrollment SET
                    status = (SELECT s.status FROM staged_enrollment AS s WHERE s.uuid = enrollment.uuid),
                    waitlist_position = (SELECT s.waitlist_position FROM staged_enrollment AS s WHERE s.uuid = enrollment.uuid)
                WHERE uuid IN (SELECT uuid FROM staged_enrollment WHERE reopening = 1)
                """, [])
            guard database.changes == reopened else { throw StagingTable<Connection>.danglingReference }
        }
        // Two events' sessions are compared only when the events' dates overlap (an event's
        // dates span its sessions). `BETWEEN` rather than `=` on the date: without statistics
        // SQLite took an equality on the date as the way in and read every session of that day
        // for every pair (10 s for 20,000 enrolments); a range makes it take the event's sessions.
        let clashes = try database.rows(
            """
            SELECT sn.line, e.code, s.number, s.date, s.start_time, s.end_time, t.ref AS trainee,
                   me.code AS mine_code, m.number AS mine_number, m.start_time AS mine_start, m.end_time AS mine_end
            FROM staged_enrollment AS sn
            JOIN enrollment AS n ON n.uuid = sn.uuid
            JOIN enrollment AS other ON other.trainee_id = n.trainee_id AND other.status = 'enrolled' AND other.event_id <> n.event_id
            LEFT JOIN staged_enrollment AS so ON so.uuid = other.uuid
            JOIN training_event AS me ON me.id = n.event_id AND me.status <> 'cancelled'
            JOIN training_event AS e ON e.id = other.event_id AND e.status <> 'cancelled'
                AND e.start_date <= me.end_date AND me.start_date <= e.end_date
            JOIN training_session AS m ON m.event_id = n.event_id AND m.status <> 'cancelled'
            JOIN training_session AS s ON s.event_id = other.event_id AND s.status <> 'cancelled'
                AND s.date BETWEEN m.date AND m.date AND m.start_time < s.end_time AND s.start_time < m.end_time
            JOIN trainee AS t ON t.id = other.trainee_id
            WHERE sn.status = 'enrolled' AND (so.line IS NULL OR so.line < sn.line)
            ORDER BY sn.line, s.date, s.start_time
            """, []
        ).map { row in (row.int("line") ?? 0, ClashStore<Connection>.traineeClash(from: row)) }
        try table.drop()
        return clashes
    }
}
