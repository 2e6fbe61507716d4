/// Counters the web application keeps between requests — the sign-in throttle's failures and
/// the rate limits' requests — in the store, so that every `cadre serve` on one database counts
/// together and a restarted server forgets nothing. A counter is a number and the instant it
/// refers to (Unix seconds), under a scope and a key (`verify` and a client's address).
///
/// Every method runs inside the caller's transaction (``Store/write(_:)``).
public protocol CounterStorage {
    /// The counter, or nil when there is none.
    func counter(scope: String, key: String) throws -> Counter?
    func setCounter(_ counter: Counter, scope: String, key: String) throws
    func removeCounter(scope: String, key: String) throws
    /// Forgets the scope's counters whose instant is before `before`.
    func forgetCounters(scope: String, before: Int) throws
}

/// A count and the instant it refers to (when a window started, when the last failure was).
public struct Counter: Equatable, Sendable {
    public var count: Int
    public var at: Int

    public init(count: Int, at: Int) {
        self.count = count
        self.at = at
    }
}
