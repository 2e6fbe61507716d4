public import Foundation

/// The audit log: who changed what, when. Entries are only ever added.
///
/// Every method runs inside the caller's transaction (``Store/read(_:)`` or
/// ``Store/write(_:)``); the SQLite store in `CadreStore` implements it.
public protocol AuditStorage {
    func append(_ entry: AuditEntry) throws

    /// Entries for one record, oldest first.
    func entries(entity: String, entityID: String?) throws -> [AuditEntry]

    /// The latest `limit` entries whose action is one of `actions`, newest first: what the
    /// dashboard lists as recent imports.
    func recent(actions: [String], limit: Int) throws -> [AuditEntry]

    /// The whole log, oldest first: for exports and for checking a migration kept it.
    func allEntries() throws -> [AuditEntry]
}

extension AuditStorage {
    /// Records that `context`'s actor did `action`, now (or `at`): the one way every change is
    /// audited. The entry's id is made before its time is read, as every caller always did.
    public func record(
        _ context: ChangeContext, _ action: String, entity: String, entityID: String? = nil, oldValue: String? = nil,
        newValue: String? = nil, detail: String? = nil, at time: Date? = nil
    ) throws {
        let id = context.makeID()
        try append(AuditEntry(
            id: id, at: time ?? context.now(), actor: context.actor, action: action, entity: entity, entityID: entityID,
            oldValue: oldValue, newValue: newValue, detail: detail))
    }

    /// Entries for every record of a kind, oldest first.
    public func entries(entity: String) throws -> [AuditEntry] { try entries(entity: entity, entityID: nil) }
}
