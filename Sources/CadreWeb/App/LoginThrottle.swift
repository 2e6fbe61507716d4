import CadreModel
import Foundation

/// Slows password guessing without letting anyone lock a user out.
///
/// - Per (address, login): the first ``freeFailures`` failures cost nothing; after that each
///   attempt must wait twice as long as the last (1 s, 2 s, 4 s … at most ``longestWait``). A
///   guesser from one address gets a handful of tries an hour; the user at another address
///   signs in as always, and even at the same address waits minutes at most, never a lockout.
/// - Per address, for logins that do not exist: at most ``unknownPerAddress`` failures a
///   window, so one address cannot spray made-up names (each costing a password hash); known
///   logins from that address are still only slowed per pair, so failures with unknown names
///   never keep `admin` out.
/// - A success clears the pair. Entries older than the window are forgotten.
///
/// The failures are counted in the store (``CounterStorage``): a guesser gains nothing by
/// alternating between the servers behind one address, or by waiting for a restart.
struct LoginThrottle: Sendable {
    let freeFailures: Int
    let unknownPerAddress: Int
    let window: Double
    let longestWait: Double
    let now: @Sendable () -> Date

    /// What an attempt is told.
    enum Verdict: Equatable {
        case allowed
        /// Come back in this many seconds (rounded up).
        case wait(Int)
    }

    /// The counters' scopes: failures per (address, login), and unknown logins per address.
    static let pairs = "login"
    static let unknown = "login-unknown"

    init(freeFailures: Int = 5, unknownPerAddress: Int = 20, window: Double = 15 * 60, longestWait: Double = 5 * 60, now: @escaping @Sendable () -> Date = Date.init) {
        self.freeFailures = freeFailures
        self.unknownPerAddress = unknownPerAddress
        self.window = window
        self.longestWait = longestWait
        self.now = now
    }

    func check(login: String, address: String, known: Bool, in store: any Store) throws -> Verdict {
        let time = now().timeIntervalSince1970
        return try store.read { store in
            let counters = store.counters
            if !known, let counted = try counters.counter(scope: Self.unknown, key: address),
                time - Double(counted.at) < window, counted.count >= unknownPerAddress
            {
                return .wait(Int((window - (time - Double(counted.at))).rounded(.up)))
            }
            guard let pair = try counters.counter(scope: Self.pairs, key: Self.key(address, login)), pair.count >= freeFailures else { return .allowed }
            let wait = min(longestWait, pow(2, Double(pair.count - freeFailures)))
            let left = wait - (time - Double(pair.at))
            return left > 0 ? .wait(Int(left.rounded(.up))) : .allowed
        }
    }

    func failed(login: String, address: String, known: Bool, in store: any Store) throws {
        let time = Int(now().timeIntervalSince1970)
        try store.write { store in
            let counters = store.counters
            // Kept while a wait could still apply: the longest wait, or the window.
            try counters.forgetCounters(scope: Self.pairs, before: time - Int(max(window, longestWait)))
            try counters.forgetCounters(scope: Self.unknown, before: time - Int(window))
            let key = Self.key(address, login)
            let failures = (try counters.counter(scope: Self.pairs, key: key)?.count ?? 0) + 1
            try counters.setCounter(Counter(count: failures, at: time), scope: Self.pairs, key: key)
            if !known {
                let counted = try counters.counter(scope: Self.unknown, key: address) ?? Counter(count: 0, at: time)
                try counters.setCounter(Counter(count: counted.count + 1, at: counted.at), scope: Self.unknown, key: address)
            }
        }
    }

    func succeeded(login: String, address: String, in store: any Store) throws {
        try store.write { try $0.counters.removeCounter(scope: Self.pairs, key: Self.key(address, login)) }
    }

    /// An address and a login: a space separates them (neither holds one).
    private static func key(_ address: String, _ login: String) -> String { address + " " + login }
}
