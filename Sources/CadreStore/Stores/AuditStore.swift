public import CadreModel
import Foundation

/// Appends to the audit log. There is deliberately no way to change or delete an entry:
/// the table's triggers refuse it even to hand-written SQL.
package struct AuditStore<Connection: SQLConnection>: AuditStorage {
    package let database: Connection

    package init(_ database: Connection) { self.database = database }

    package func append(_ entry: AuditEntry) throws {
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
    package func entries(entity: String, entityID: String?) throws -> [AuditEntry] {
        try database.rows(
            "\(Self.select) WHERE entity = ? AND (CAST(? AS TEXT) IS NULL OR entity_id = ?) ORDER BY at, rowid", [entity, entityID, entityID]
        ).map(entry(from:))
    }

    package func recent(actions: [String], limit: Int) throws -> [AuditEntry] {
        guard !actions.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: actions.count).joined(separator: ", ")
        return try database.rows("\(Self.select) WHERE action IN (\(marks)) ORDER BY rowid DESC LIMIT ?", actions + [limit]).map(entry(from:))
    }

    package func allEntries() throws -> [AuditEntry] {
        try database.rows("\(Self.select) ORDER BY at, rowid").map(entry(from:))
    }

    private static var select: String { "SELECT id, at, actor, action, entity, entity_id, old_value, new_value, detail FROM audit_log" }

    private func entry(from row: Row) throws -> AuditEntry {
        let stored = row.stored("audit_log")
        return AuditEntry(
            id: try stored.uuid("id"), at: try stored.timestamp("at"), actor: try stored.text("actor"), action: try stored.text("action"),
            entity: try stored.text("entity"), entityID: stored.optionalText("entity_id"), oldValue: stored.optionalText("old_value"),
            newValue: stored.optionalText("new_value"), detail: stored.optionalText("detail"))
    }
}
