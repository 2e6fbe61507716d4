public import CadreModel
public import Foundation

/// Personal follow-up links by their token's hash (schema 16, `Schema.followUpLinkTable`).
package struct FollowUpLinkStore<Connection: SQLConnection>: FollowUpLinkStorage {
    package let database: Connection

    package init(_ database: Connection) { self.database = database }

    package func insert(_ link: FollowUpLink, tokenHash: String) throws {
        try database.execute(
            """
            INSERT INTO follow_up_link (token_hash, enrollment_id, questionnaire_id, opens_on, expires_on, language)
            VALUES (?, ?, (SELECT id FROM questionnaire WHERE uuid = ?), ?, ?, ?)
            """,
            [tokenHash, try database.rowID(.enrollment, link.enrollmentID), link.questionnaireID, link.opensOn, link.expiresOn, link.language.rawValue])
    }

    package func recipients(events: [UUID], questionnaire: UUID) throws -> [UUID: Int] {
        var counts: [UUID: Int] = [:]
        for list in ParameterList.lists(events) {
            try database.forEachRow(
                """
                SELECT e.uuid, count(DISTINCT l.enrollment_id) FROM follow_up_link AS l
                JOIN enrollment AS n ON n.id = l.enrollment_id JOIN training_event AS e ON e.id = n.event_id
                WHERE l.questionnaire_id IN \(FeedbackStore<Connection>.versionsOfUUID)
                AND e.uuid IN \(ParameterList.places)
                GROUP BY e.uuid
                """, [questionnaire] + list
            ) { row in
                guard case .success(let id)? = row.storedUUID(0) else { return }
                counts[id] = row.int(at: 1) ?? 0
            }
        }
        return counts
    }

    package func link(tokenHash: String) throws -> (link: FollowUpLink, eventID: UUID, traineeID: UUID, enrolled: Bool)? {
        try database.row(
            """
            SELECT n.uuid AS enrollment_id, q.uuid AS questionnaire_id, l.opens_on, l.expires_on, l.language, e.uuid AS event_id,
                   t.uuid AS trainee_id, n.status
            FROM follow_up_link AS l JOIN enrollment AS n ON n.id = l.enrollment_id JOIN questionnaire AS q ON q.id = l.questionnaire_id
            JOIN training_event AS e ON e.id = n.event_id JOIN trainee AS t ON t.id = n.trainee_id
            WHERE l.token_hash = ?
            """, [tokenHash]
        ).map { row in
            let stored = row.stored("follow_up_link")
            let link = FollowUpLink(
                enrollmentID: try stored.uuid("enrollment_id"), questionnaireID: try stored.uuid("questionnaire_id"),
                opensOn: try stored.calendarDate("opens_on"), expiresOn: try stored.calendarDate("expires_on"),
                language: try stored.value("language", as: Language.self))
            return (link, try stored.uuid("event_id"), try stored.uuid("trainee_id"), row.string("status") == Enrollment.Status.enrolled.rawValue)
        }
    }
}
