public import CadreModel
public import Foundation

/// Questionnaires: a version's content is its canonical JSON, read back whole; the columns
/// beside it are what is looked up.
package struct QuestionnaireStore<Connection: SQLConnection>: QuestionnaireStorage {
    package let database: Connection

    package init(_ database: Connection) { self.database = database }

    package func latest(code: String) throws -> (questionnaire: Questionnaire, canonicalJSON: String)? {
        guard let row = try database.row("\(Self.select) WHERE code = ? ORDER BY version DESC LIMIT 1", [code]) else { return nil }
        return (try questionnaire(from: row), row.string("canonical_json") ?? "")
    }

    package func questionnaire(id: UUID) throws -> Questionnaire? {
        try database.row("\(Self.select) WHERE uuid = ?", [id]).map(questionnaire(from:))
    }

    package func allLatest() throws -> [Questionnaire] {
        try database.rows(
            "\(Self.select) AS q WHERE version = (SELECT max(version) FROM questionnaire WHERE code = q.code) ORDER BY code"
        ).map(questionnaire(from:))
    }

    package func insert(_ questionnaire: Questionnaire, sourceName: String, canonicalJSON: String, at date: Date) throws {
        try database.execute(
            """
            INSERT INTO questionnaire (uuid, code, version, kind, source_name, canonical_json, imported_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [
                questionnaire.id, questionnaire.code, questionnaire.version, questionnaire.kind.rawValue, sourceName, canonicalJSON,
                Timestamp.string(from: date),
            ])
    }

    private static var select: String { "SELECT uuid AS id, code, version, canonical_json FROM questionnaire" }

    /// The stored canonical form, with the row's id and version.
    private func questionnaire(from row: Row) throws -> Questionnaire {
        let stored = row.stored("questionnaire")
        let json = try stored.text("canonical_json")
        guard var questionnaire = try? JSONDecoder().decode(Questionnaire.self, from: Data(json.utf8)) else {
            throw DamagedValue(table: "questionnaire", column: "canonical_json", row: try stored.text("code"), value: String(json.prefix(40)), expected: "a questionnaire")
        }
        questionnaire.id = try stored.uuid("id")
        questionnaire.version = try stored.int("version")
        return questionnaire
    }
}
