public import CadreModel
public import Foundation

/// Feedback forms and who answered, in tables that share no key (schema 15, `Schema.feedbackTables`).
/// A questionnaire's versions count as one: who answered one has answered it, and its reports
/// hold the answers given to every version (by question key).
package struct FeedbackStore<Connection: SQLConnection>: FeedbackStorage {
    package let database: Connection

    package init(_ database: Connection) { self.database = database }

    /// The row ids of every version of the questionnaire a bound uuid names (its code's).
    package static var versionsOfUUID: String { "(SELECT v.id FROM questionnaire AS v WHERE v.code = (SELECT code FROM questionnaire WHERE uuid = ?))" }
    /// The same for a bound row id.
    static var versionsOfID: String { "(SELECT v.id FROM questionnaire AS v WHERE v.code = (SELECT code FROM questionnaire WHERE id = ?))" }

    package func hasResponded(enrollment: UUID, questionnaire: UUID) throws -> Bool {
        try database.scalar(
            """
            SELECT count(*) FROM feedback_respondent
            WHERE enrollment_id = (SELECT id FROM enrollment WHERE uuid = ?)
            AND questionnaire_id IN \(Self.versionsOfUUID)
            """, [enrollment, questionnaire]
        ).intValue ?? 0 > 0
    }

    package func recordRespondent(enrollment: UUID, questionnaire: UUID, channel: FeedbackChannel) throws {
        try database.execute(
            "INSERT INTO feedback_respondent (enrollment_id, questionnaire_id, channel) VALUES (?, ?, ?)",
            [try database.rowID(.enrollment, enrollment), try questionnaireID(questionnaire), channel.rawValue])
    }

    package func insertResponse(
        _ response: UUID, event: UUID, questionnaire: UUID, linkedEnrollment: UUID?, answers: [String: FeedbackAnswer]
    ) throws {
        try database.execute(
            "INSERT INTO feedback_response (uuid, event_id, questionnaire_id, enrollment_id) VALUES (?, ?, ?, ?)",
            [response, try database.rowID(.event, event), try questionnaireID(questionnaire), try database.rowID(.enrollment, linkedEnrollment)])
        // In key order, not the form's: nothing of the order answers were given is kept.
        for key in answers.keys.sorted() {
            guard let answer = answers[key] else { continue }
            try database.execute(
                "INSERT INTO feedback_answer (response_uuid, question_key, number, text) VALUES (?, ?, ?, ?)",
                [response, key, answer.number, answer.text])
        }
    }

    package func responseCounts(events: [UUID], questionnaire: UUID) throws -> [UUID: (responses: Int, respondents: Int)] {
        var counts: [UUID: (responses: Int, respondents: Int)] = [:]
        let questionnaireID = try questionnaireID(questionnaire)
        for list in ParameterList.lists(events) {
            try database.forEachRow(
                """
                SELECT e.uuid,
                       (SELECT count(*) FROM feedback_response AS r WHERE r.event_id = e.id AND r.questionnaire_id IN \(Self.versionsOfID)),
                       (SELECT count(*) FROM feedback_respondent AS p JOIN enrollment AS n ON n.id = p.enrollment_id
                        WHERE n.event_id = e.id AND p.questionnaire_id IN \(Self.versionsOfID))
                FROM training_event AS e WHERE e.uuid IN \(ParameterList.places)
                """, [questionnaireID, questionnaireID] + list
            ) { row in
                guard case .success(let id)? = row.storedUUID(0) else { return }
                counts[id] = (row.int(at: 1) ?? 0, row.int(at: 2) ?? 0)
            }
        }
        return counts
    }

    package func responses(events: [UUID], questionnaire: UUID) throws -> [(event: UUID, answers: [String: (number: Int?, text: String?)])] {
        var forms: [UUID: (event: UUID, answers: [String: (number: Int?, text: String?)])] = [:]
        let questionnaireID = try questionnaireID(questionnaire)
        for list in ParameterList.lists(events) {
            try database.forEachRow(
                """
                SELECT r.uuid, e.uuid, a.question_key, a.number, a.text
                FROM feedback_response AS r JOIN training_event AS e ON e.id = r.event_id
                JOIN feedback_answer AS a ON a.response_uuid = r.uuid
                WHERE r.questionnaire_id IN \(Self.versionsOfID) AND e.uuid IN \(ParameterList.places)
                """, [questionnaireID] + list
            ) { row in
                guard case .success(let response)? = row.storedUUID(0), case .success(let event)? = row.storedUUID(1),
                    let key = row.string(at: 2)
                else { return }
                forms[response, default: (event, [:])].answers[key] = (row.int(at: 3), row.string(at: 4))
            }
        }
        return Array(forms.values)
    }

    private func questionnaireID(_ uuid: UUID) throws -> Int {
        guard let id = try database.scalar("SELECT id FROM questionnaire WHERE uuid = ?", [uuid]).intValue else {
            throw StoreError(code: 19, extendedCode: 787, message: "FOREIGN KEY constraint failed")
        }
        return id
    }
}
