public import CadreModel
/// The aggregate queries behind the ministry's reports. Each is one SQL statement over the
/// enrollment snapshots, so the numbers come from the database, not from loops in Swift.
package struct ReportStore<Connection: SQLConnection>: ReportStorage {
    package let database: Connection

    package init(_ database: Connection) { self.database = database }

    /// Participations of events in the period, with what each measure needs. Dimensions come
    /// from the enrollment's snapshot (as the person was at the event); a merged person counts
    /// as the person they were merged into. Held sessions are counted once per event;
    /// attended ones per enrolment (marks are stored by enrolment, so that is one short range
    /// read), and only for the participations that get that far in the measure's condition.
    package static var participations: String { participationsSQL }

    package static func condition(_ measure: TrainedQuery.Measure) -> String {
        switch measure {
        case .enrolled: "1 = 1"
        case .attended: "attended >= 1"
        case .completed:
            // The cheap test first: SQLite stops at the first false term, so the attended
            // sessions are counted only for participations with a passing post-test.
            "(pass_mark IS NULL OR (post IS NOT NULL AND post >= pass_mark)) AND held > 0 AND attended * 100 >= min_percent * held"
        }
    }

    /// The participations of one query, read in one pass (see ``ParticipationSnapshot``),
    /// with the query's dimensions and filters and any `also` needed for later filters.
    package func snapshot(_ query: TrainedQuery, also: [TrainedQuery.Dimension] = []) throws -> ParticipationSnapshot {
        let wanted = Set(query.dimensions + query.filters.keys + also)
        // Column names come from a fixed list, never from users.
        let dimensions = TrainedQuery.Dimension.allCases.filter(wanted.contains)
        var snapshot = ParticipationSnapshot(dimensions: dimensions, query: query)
        let columns = (["person", "(\(Self.condition(query.measure)))"] + dimensions.map(\.rawValue)).joined(separator: ", ")
        try database.forEachRow(
            "\(Self.participations) SELECT \(columns) FROM participation", [query.from?.iso, query.from?.iso, query.to?.iso, query.to?.iso]
        ) { row in
            snapshot.append(
                person: row.string(at: 0) ?? "", values: (0..<dimensions.count).map { row.string(at: $0 + 2) }, qualifies: row.int(at: 1) == 1)
        }
        return snapshot
    }
}

extension ReportStore {
    package func firstEventDay() throws -> CalendarDate? {
        try database.row("SELECT min(start_date) FROM training_event WHERE status <> 'cancelled'")?.string(at: 0).flatMap(CalendarDate.init(parsing:))
    }
}

extension ReportStore {
    public typealias DeliveryRow = CadreModel.DeliveryRow

    /// Events held, sessions, hours, participant-hours, class sizes, attendance rate and
    /// trainers' hours, grouped by `dimensions` (centre, course, month, quarter, year).
    /// Delivered means held: a session counts when it is not cancelled and its roll call was
    /// taken (it has a mark); an event counts when at least one of its sessions does — a
    /// planned event, or the sessions of a half-held one still to come, are not delivered.
    package func delivery(from: CalendarDate?, to: CalendarDate?, groupedBy dimensions: [TrainedQuery.Dimension]) throws -> [DeliveryRow] {
        let columns = dimensions.map { "e.\($0.rawValue)" }
        let group = columns.isEmpty ? "" : "GROUP BY " + columns.joined(separator: ", ") + " ORDER BY " + columns.joined(separator: ", ")
        let select = (columns + [
            "count(*)", "sum(e.sessions)", "sum(e.minutes)", "sum(e.participant_minutes)", "sum(e.enrolled)", "sum(e.attended_marks)",
            "sum(e.enrolled * e.sessions)", "sum(e.trainer_minutes)",
        ]).joined(separator: ", ")
        let sql = """
            WITH session_stats AS (
                SELECT s.id, s.event_id, s.minutes,
                       (SELECT count(*) FROM attendance AS a JOIN enrollment AS n ON n.id = a.enrollment_id
                        WHERE a.session_id = s.id AND a.status IN \(AttendanceCode.attended) AND n.status = 'enrolled') AS attended,
                       CASE WHEN s.trainer_id IS NOT NULL THEN 1
                            ELSE (SELECT count(*) FROM event_trainer AS t WHERE t.event_id = s.event_id) END AS trainers
                FROM training_session AS s
                WHERE s.status <> 'cancelled' AND EXISTS (SELECT 1 FROM attendance AS held WHERE held.session_id = s.id)
            ), event_stats AS (
                SELECT ev.id, c.code AS course, ce.code AS centre, substr(ev.start_date, 1, 7) AS month,
                       substr(ev.start_date, 1, 4) || '-Q' || ((CAST(substr(ev.start_date, 6, 2) AS INTEGER) + 2) / 3) AS quarter,
                       substr(ev.start_date, 1, 4) AS year,
                       (SELECT count(*) FROM session_stats AS s WHERE s.event_id = ev.id) AS sessions,
                       (SELECT COALESCE(sum(s.minutes), 0) FROM session_stats AS s WHERE s.event_id = ev.id) AS minutes,
                       (SELECT COALESCE(sum(s.minutes * s.attended), 0) FROM session_stats AS s WHERE s.event_id = ev.id) AS participant_minutes,
                       (SELECT COALESCE(sum(s.attended), 0) FROM session_stats AS s WHERE s.event_id = ev.id) AS attended_marks,
                       (SELECT COALESCE(sum(s.minutes * s.trainers), 0) FROM session_stats AS s WHERE s.event_id = ev.id) AS trainer_minutes,
                       (SELECT count(*) FROM enrollment AS n WHERE n.event_id = ev.id AND n.status = 'enrolled') AS enrolled
                FROM training_event AS ev JOIN course AS c ON c.id = ev.course_id LEFT JOIN centre AS ce ON ce.id = ev.centre_id
                WHERE ev.status <> 'cancelled' AND (CAST(? AS TEXT) IS NULL OR ev.start_date >= ?) AND (CAST(? AS TEXT) IS NULL OR ev.start_date <= ?)
            )
            SELECT \(select) FROM event_stats AS e WHERE e.sessions > 0 \(group)
            """
        return try database.rows(sql, [from?.iso, from?.iso, to?.iso, to?.iso]).map { row in
            let offset = columns.count
            return DeliveryRow(
                values: (0..<offset).map { row.string(at: $0) }, events: row.int(at: offset) ?? 0, sessions: row.int(at: offset + 1) ?? 0,
                trainingMinutes: row.int(at: offset + 2) ?? 0, participantMinutes: row.int(at: offset + 3) ?? 0,
                enrolled: row.int(at: offset + 4) ?? 0, attendedMarks: row.int(at: offset + 5) ?? 0, possibleMarks: row.int(at: offset + 6) ?? 0,
                trainerMinutes: row.int(at: offset + 7) ?? 0)
        }.filter { $0.events > 0 }
    }
}

extension ReportStore {
    public typealias AssessmentRow = CadreModel.AssessmentRow

    /// Matched pre/post pairs grouped by course, profession (as at enrolment), centre or period.
    package func assessment(from: CalendarDate?, to: CalendarDate?, groupedBy dimensions: [TrainedQuery.Dimension]) throws -> [AssessmentRow] {
        var groups: [[String?]: [(pre: Int, post: Int, max: Int)]] = [:]
        let columns = dimensions.map { "p.\($0.rawValue)" }
        let sql = """
            \(Self.participations)
            SELECT \((columns + ["pre.score", "post.score", "post.max_score"]).joined(separator: ", "))
            FROM participation AS p
            JOIN assessment_score AS pre ON pre.enrollment_id = p.enrollment_id AND pre.kind = 'pre'
            JOIN assessment_score AS post ON post.enrollment_id = p.enrollment_id AND post.kind = 'post'
            """
        try database.forEachRow(sql, [from?.iso, from?.iso, to?.iso, to?.iso]) { row in
            let key = (0..<columns.count).map { row.string(at: $0) }
            groups[key, default: []].append((row.int(at: columns.count) ?? 0, row.int(at: columns.count + 1) ?? 0, row.int(at: columns.count + 2) ?? 1))
        }
        return groups.keys.sorted { $0.map { $0 ?? "" }.lexicographicallyPrecedes($1.map { $0 ?? "" }) }.map {
            AssessmentRow(values: $0, gain: KnowledgeGain(pairs: groups[$0] ?? []))
        }
    }
}

/// ``ReportStore/participations``: a generic type keeps no stored constants.
private let participationsSQL = """
    WITH held AS (
        SELECT event_id, count(*) AS held FROM training_session WHERE status <> 'cancelled' GROUP BY event_id
    ), participation AS (
        SELECT e.id AS enrollment_id, COALESCE(t.merged_into_id, t.id) AS person,
               e.profession_code AS profession, e.sex AS sex, e.region_code AS region, c.code AS course, ce.code AS centre,
               substr(ev.start_date, 1, 7) AS month,
               substr(ev.start_date, 1, 4) || '-Q' || ((CAST(substr(ev.start_date, 6, 2) AS INTEGER) + 2) / 3) AS quarter,
               substr(ev.start_date, 1, 4) AS year,
               COALESCE(h.held, 0) AS held,
               (SELECT count(*) FROM attendance AS a JOIN training_session AS s ON s.id = a.session_id
                WHERE a.enrollment_id = e.id AND a.status IN \(AttendanceCode.attended) AND s.status <> 'cancelled') AS attended,
               p.score AS post, c.min_attendance_percent AS min_percent, c.pass_mark AS pass_mark
        FROM enrollment AS e
        JOIN training_event AS ev ON ev.id = e.event_id
        JOIN course AS c ON c.id = ev.course_id
        JOIN trainee AS t ON t.id = e.trainee_id
        LEFT JOIN centre AS ce ON ce.id = ev.centre_id
        LEFT JOIN held AS h ON h.event_id = ev.id
        LEFT JOIN assessment_score AS p ON p.enrollment_id = e.id AND p.kind = 'post'
        WHERE e.status = 'enrolled' AND ev.status <> 'cancelled'
          AND (CAST(? AS TEXT) IS NULL OR ev.start_date >= ?) AND (CAST(? AS TEXT) IS NULL OR ev.start_date <= ?)
    )
    """
