import CadreModel
import Foundation

/// At most `limit` requests per client in each `window` seconds (a fixed window): enough for a
/// person checking certificates, too few for a script trying codes. Counted in the store
/// (``CounterStorage``), so every server on one database counts together and a restart
/// forgets nothing; expired windows are deleted as requests come.
struct RateLimiter: Sendable {
    /// What is counted (`verify`, `check-in`): one limiter's counters apart from another's.
    let scope: String
    let limit: Int
    let window: Int
    let now: @Sendable () -> Date

    init(scope: String, limit: Int, window: Int, now: @escaping @Sendable () -> Date = Date.init) {
        self.scope = scope
        self.limit = limit
        self.window = window
        self.now = now
    }

    /// Counts a request from `client`; false when it is over the limit.
    func allow(_ client: String, in store: any Store) throws -> Bool {
        let time = Int(now().timeIntervalSince1970)
        return try store.write { store in
            let counters = store.counters
            var counter = try counters.counter(scope: scope, key: client) ?? Counter(count: 0, at: time)
            if time - counter.at >= window { counter = Counter(count: 0, at: time) }
            counter.count += 1
            try counters.setCounter(counter, scope: scope, key: client)
            try counters.forgetCounters(scope: scope, before: time - window)
            return counter.count <= limit
        }
    }
}
