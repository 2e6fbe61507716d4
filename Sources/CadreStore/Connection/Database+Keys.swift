import CadreModel
package import Foundation

/// The tables whose records are named by UUID outside the store (schema 7, issue #24).
package enum KeyedTable: String {
    case course, trainee, centre, venue, trainer, enrollment, certificate
    case user = "app_user"
    case event = "training_event"
    case session = "training_session"
}

/// Translating at the edge: the domain names records by UUID, the tables join on integers.
extension SQLConnection {
    /// The row id of the record `uuid` names, or nil for nil. A UUID that names no record
    /// fails as a dangling reference does (a ``StoreConflict`` of rule `.reference`).
    package func rowID(_ table: KeyedTable, _ uuid: UUID?) throws -> Int? {
        guard let uuid else { return nil }
        // Table names come from the enum above, never from users.
        guard let id = try scalar("SELECT id FROM \(table.rawValue) WHERE uuid = ?", [uuid]).intValue else {
            throw StoreError(code: 19, extendedCode: 787, message: "FOREIGN KEY constraint failed")
        }
        return id
    }

    /// The id of the person (or program) who marks and scores, added the first time they do.
    package func actorID(_ name: String) throws -> Int {
        try execute("INSERT INTO actor (name) VALUES (?) ON CONFLICT (name) DO NOTHING", [name])
        guard let id = try scalar("SELECT id FROM actor WHERE name = ?", [name]).intValue else {
            throw StoreError(code: 1, message: "the actor '\(name)' was not recorded")
        }
        return id
    }
}
