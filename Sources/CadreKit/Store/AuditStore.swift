import Foundation
public import CadreModel

/// Appends to the audit log. There is deliberately no way to change or delete an entry:
/// the table's triggers refuse it even to hand-written SQL.
public struct AuditStore {
    let database: Database

    public init(_ database: Database) { self.database = database }

    public func append(_ entry: AuditEntry) throws {
        try database.execute(
            """
            INSERT INTO audit_log (id, at, actor, action, entity, entity_id, old_value, new_value, detail)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                entry.id.databaseText, Timestamp.string(from: entry.at), entry.actor, entry.action,
                entry.entity, entry.entityID, entry.oldValue, entry.newValue, entry.detail,
            ])
    }

    /// Entries for one record, oldest first.
    public func entries(entity: String, entityID: String? = nil) throws -> [AuditEntry] {
        try database.rows(
            """
            SELECT id, at, actor, action, entity, entity_id, old_value, new_value, detail FROM audit_log
            WHERE entity = ? AND (? IS NULL OR entity_id = ?) ORDER BY at, rowid
            """, [entity, entityID, entityID]
        ).map { row in
            AuditEntry(
                id: UUID(uuidString: row.string("id") ?? "") ?? UUID(), at: Timestamp.date(from: row.string("at") ?? "") ?? .distantPast,
                actor: row.string("actor") ?? "", action: row.string("action") ?? "", entity: row.string("entity") ?? "",
                entityID: row.string("entity_id"), oldValue: row.string("old_value"), newValue: row.string("new_value"),
                detail: row.string("detail"))
        }
    }
}
