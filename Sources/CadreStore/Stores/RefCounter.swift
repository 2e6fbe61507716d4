import CadreModel

/// Short, human-typable references numbered per kind: `T-00042`, `V-00001`, `TR-00003`.
/// Runs inside the caller's write transaction, so numbers are never handed out twice.
package struct RefCounter<Connection: SQLConnection> {
    package let database: Connection

    package func next(kind: String, prefix: String) throws -> String {
        let batch = try self.batch(kind: kind, prefix: prefix)
        let ref = batch.take()
        try batch.save()
        return ref
    }

    /// References handed out from memory and the counter written back once: a bulk import
    /// numbers a hundred thousand people with two statements instead of two per person.
    /// Call ``Batch/save()`` before the transaction commits.
    package func batch(kind: String, prefix: String) throws -> Batch {
        Batch(database: database, kind: kind, prefix: prefix,
            next: try database.scalar("SELECT next_value FROM ref_counter WHERE kind = ?", [kind]).intValue ?? 1)
    }

    package final class Batch: ReferenceBatch {
        package let database: Connection
        package let kind: String
        package let prefix: String
        private var next: Int

        package init(database: Connection, kind: String, prefix: String, next: Int) {
            self.database = database
            self.kind = kind
            self.prefix = prefix
            self.next = next
        }

        public func take() -> String {
            defer { next += 1 }
            return ShortReference.make(prefix: prefix, number: next)
        }

        public func save() throws {
            try database.execute(
                """
                INSERT INTO ref_counter (kind, next_value) VALUES (?, ?)
                ON CONFLICT (kind) DO UPDATE SET next_value = excluded.next_value
                """, [kind, next])
        }
    }
}
