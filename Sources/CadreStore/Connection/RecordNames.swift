/// The tables' names in the words people use, for conflicts either engine reports.
package enum RecordNames {
    package static let byTable: [String: String] = [
        "trainee": "trainee", "trainee_external_ref": "trainee reference", "centre": "centre", "venue": "venue",
        "trainer": "trainer", "training_event": "event", "event_trainer": "event's trainer", "training_session": "session",
        "enrollment": "enrolment", "attendance": "attendance mark", "assessment_score": "score", "certificate": "certificate",
        "course": "course", "setting": "setting", "ref_counter": "reference counter", "audit_log": "audit entry",
    ]
}
