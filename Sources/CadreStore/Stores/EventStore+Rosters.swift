public import CadreModel
public import Foundation

/// What printed pages list for an event — its enrolled people and enrolment counts — for one
/// event, or for every event at once in event-id order (``GroupedRows``).
extension EventStore {
    /// The reference a roster prints for a person `t`: their first own external reference, else `T-…`.
    package static var printedRef: String { "coalesce((SELECT min(x.ref) FROM trainee_external_ref AS x WHERE x.trainee_id = t.id AND x.kind = 'own'), t.ref)" }

    /// The enrolled people of an event, in no particular order.
    package func roster(of eventID: UUID) throws -> [RosterLine] {
        try database.rows(
            """
            SELECT t.full_name, e.organization, e.profession_code, \(Self.printedRef) FROM enrollment AS e JOIN trainee AS t ON t.id = e.trainee_id
            WHERE e.event_id = (SELECT id FROM training_event WHERE uuid = ?) AND e.status = 'enrolled'
            """, [eventID]
        ).map { row in
            RosterLine(name: row.string(at: 0) ?? "—", ref: row.string(at: 3) ?? "", organization: row.string(at: 1), profession: row.string(at: 2))
        }
    }

    /// The enrolled people of an event with their enrolment, for registers and results pages.
    package func enrolledPeople(of eventID: UUID) throws -> [EnrolledPerson] {
        try database.rows(
            """
            SELECT e.uuid AS id, e.walk_in, t.ref, t.full_name, \(Self.printedRef) FROM enrollment AS e JOIN trainee AS t ON t.id = e.trainee_id
            WHERE e.event_id = (SELECT id FROM training_event WHERE uuid = ?) AND e.status = 'enrolled'
            """, [eventID]
        ).map { row in
            EnrolledPerson(
                enrollmentID: try row.stored("enrollment").uuid("id"), isWalkIn: row.int(at: 1) == 1, traineeRef: row.string(at: 2) ?? "",
                printedRef: row.string(at: 4), name: row.string(at: 3) ?? "—")
        }
    }

    /// How many enrolments of each status an event has, in one query.
    package func counts(of eventID: UUID) throws -> [Enrollment.Status: Int] {
        var counts: [Enrollment.Status: Int] = [:]
        try database.forEachRow(
            "SELECT status, count(*) FROM enrollment WHERE event_id = (SELECT id FROM training_event WHERE uuid = ?) GROUP BY status", [eventID]
        ) { row in
            if let status = Enrollment.Status(rawValue: row.string(at: 0) ?? "") { counts[status] = row.int(at: 1) ?? 0 }
        }
        return counts
    }

    package func sessionsInEventOrder() throws -> any GroupedReader<TrainingSession> {
        try database.groupedRows("\(Self.sessionSelect) ORDER BY e.uuid, s.number", keyColumn: 1) { row in
            try session(from: row.currentRow())
        }
    }

    /// Every enrolment's status, with the roster line of those enrolled: rosters and counts
    /// of all events from one pass over the enrolments.
    package func enrollmentsInEventOrder() throws -> any GroupedReader<(status: Enrollment.Status?, line: RosterLine?)> {
        try database.groupedRows(
            """
            SELECT v.uuid, e.status, t.full_name, e.organization, e.profession_code, \(Self.printedRef) FROM enrollment AS e
            JOIN training_event AS v ON v.id = e.event_id
            LEFT JOIN trainee AS t ON t.id = e.trainee_id AND e.status = 'enrolled'
            ORDER BY v.uuid
            """, keyColumn: 0
        ) { row in
            let status = Enrollment.Status(rawValue: row.text(1) ?? "")
            let line = status == .enrolled
                ? RosterLine(name: row.text(2) ?? "—", ref: row.text(5) ?? "", organization: row.text(3), profession: row.text(4))
                : nil
            return (status, line)
        }
    }
}
