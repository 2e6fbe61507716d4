public import CadreModel

/// The web application's counters (migration 013): the sign-in throttle and rate limits. The
/// same SQL on either engine (``SQLConnection``).
package struct CounterStore<Connection: SQLConnection>: CounterStorage {
    package let database: Connection

    package init(_ database: Connection) { self.database = database }

    package func counter(scope: String, key: String) throws -> Counter? {
        try database.row("SELECT count, at FROM web_counter WHERE scope = ? AND key = ?", [scope, key]).map { row in
            Counter(count: row.int(at: 0) ?? 0, at: row.int(at: 1) ?? 0)
        }
    }

    package func setCounter(_ counter: Counter, scope: String, key: String) throws {
        try database.execute(
            """
            INSERT INTO web_counter (scope, key, count, at) VALUES (?, ?, ?, ?)
            ON CONFLICT (scope, key) DO UPDATE SET count = excluded.count, at = excluded.at
            """, [scope, key, counter.count, counter.at])
    }

    package func removeCounter(scope: String, key: String) throws {
        try database.execute("DELETE FROM web_counter WHERE scope = ? AND key = ?", [scope, key])
    }

    package func forgetCounters(scope: String, before: Int) throws {
        try database.execute("DELETE FROM web_counter WHERE scope = ? AND at < ?", [scope, before])
    }
}
