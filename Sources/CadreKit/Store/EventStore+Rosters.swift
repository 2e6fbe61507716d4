public import Foundation

/// What printed pages list for an event — its enrolled people and enrolment counts — for one
/// event, or for every event at once in event-id order (``GroupedRows``).
extension EventStore {
    private static let rosterSQL = """
        SELECT e.event_id, t.full_name, e.organization, e.profession_code FROM enrollment AS e
        JOIN trainee AS t ON t.id = e.trainee_id
        WHERE e.status = 'enrolled'
        """

    /// The enrolled people of an event, in no particular order.
    public func roster(of eventID: UUID) throws -> [RosterLine] {
        try database.rows(Self.rosterSQL + " AND e.event_id = ?", [eventID.databaseText]).map(Self.rosterLine)
    }

    func rostersInEventOrder() throws -> GroupedRows<RosterLine> {
        try GroupedRows(database, Self.rosterSQL + " ORDER BY e.event_id", key: Self.eventKey, value: Self.rosterLine)
    }

    func sessionsInEventOrder() throws -> GroupedRows<TrainingSession> {
        try GroupedRows(database, "SELECT * FROM training_session ORDER BY event_id, number", key: { $0.string("event_id") ?? "" }, value: session(from:))
    }

    func countsInEventOrder() throws -> GroupedRows<(Enrollment.Status, Int)?> {
        try GroupedRows(
            database, "SELECT event_id, status, count(*) FROM enrollment GROUP BY event_id, status ORDER BY event_id", key: Self.eventKey,
            value: Self.statusCount)
    }

    /// How many enrolments of each status an event has, in one query.
    func counts(of eventID: UUID) throws -> [Enrollment.Status: Int] {
        Self.counts(try database.rows(
            "SELECT event_id, status, count(*) FROM enrollment WHERE event_id = ? GROUP BY status", [eventID.databaseText]
        ).map(Self.statusCount))
    }

    static func counts(_ lines: [(Enrollment.Status, Int)?]) -> [Enrollment.Status: Int] {
        Dictionary(lines.compactMap { $0 }, uniquingKeysWith: +)
    }

    private static func eventKey(_ row: Row) -> String { row.string(at: 0) ?? "" }

    private static func rosterLine(_ row: Row) -> RosterLine {
        RosterLine(name: row.string(at: 1) ?? "—", organization: row.string(at: 2), profession: row.string(at: 3))
    }

    private static func statusCount(_ row: Row) -> (Enrollment.Status, Int)? {
        Enrollment.Status(rawValue: row.string(at: 1) ?? "").map { ($0, row.int(at: 2) ?? 0) }
    }
}
