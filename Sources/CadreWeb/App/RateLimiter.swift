import Foundation
import Synchronization

/// At most `limit` requests per client in each `window` seconds (a fixed window): enough for a
/// person checking certificates, too few for a script trying codes. Old windows are forgotten
/// as new ones start, so memory stays bounded by the clients of one window.
final class RateLimiter: Sendable {
    private let limit: Int
    private let window: Double
    private let now: @Sendable () -> Date
    private let counts = Mutex<(start: Date, byClient: [String: Int])>((.distantPast, [:]))

    init(limit: Int, window: Double, now: @escaping @Sendable () -> Date = Date.init) {
        self.limit = limit
        self.window = window
        self.now = now
    }

    /// Counts a request from `client`; false when it is over the limit.
    func allow(_ client: String) -> Bool {
        let time = now()
        return counts.withLock { counts in
            if time.timeIntervalSince(counts.start) >= window { counts = (time, [:]) }
            let count = (counts.byClient[client] ?? 0) + 1
            counts.byClient[client] = count
            return count <= limit
        }
    }
}
