import Foundation
import Synchronization

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
/// - A success clears the pair. Entries older than the window are forgotten, so memory is
///   bounded by the addresses of one window.
final class LoginThrottle: Sendable {
    let freeFailures: Int
    let unknownPerAddress: Int
    let window: Double
    let longestWait: Double
    private let now: @Sendable () -> Date
    private let state = Mutex<State>(State())

    private struct State {
        /// (address, login) → failures and when the last one was.
        var pairs: [String: (failures: Int, last: Date)] = [:]
        /// address → failures with unknown logins, and when the count started.
        var unknown: [String: (failures: Int, since: Date)] = [:]
    }

    /// What an attempt is told.
    enum Verdict: Equatable {
        case allowed
        /// Come back in this many seconds (rounded up).
        case wait(Int)
    }

    init(freeFailures: Int = 5, unknownPerAddress: Int = 20, window: Double = 15 * 60, longestWait: Double = 5 * 60, now: @escaping @Sendable () -> Date = Date.init) {
        self.freeFailures = freeFailures
        self.unknownPerAddress = unknownPerAddress
        self.window = window
        self.longestWait = longestWait
        self.now = now
    }

    func check(login: String, address: String, known: Bool) -> Verdict {
        let time = now()
        return state.withLock { state in
            if !known, let counted = state.unknown[address], time.timeIntervalSince(counted.since) < window, counted.failures >= unknownPerAddress {
                return .wait(Int((window - time.timeIntervalSince(counted.since)).rounded(.up)))
            }
            guard let pair = state.pairs[Self.key(address, login)], pair.failures >= freeFailures else { return .allowed }
            let wait = min(longestWait, pow(2, Double(pair.failures - freeFailures)))
            let left = wait - time.timeIntervalSince(pair.last)
            return left > 0 ? .wait(Int(left.rounded(.up))) : .allowed
        }
    }

    func failed(login: String, address: String, known: Bool) {
        let time = now()
        state.withLock { state in
            forgetOld(&state, time)
            let key = Self.key(address, login)
            state.pairs[key] = ((state.pairs[key]?.failures ?? 0) + 1, time)
            if !known {
                let counted: (failures: Int, since: Date) = state.unknown[address].flatMap { time.timeIntervalSince($0.since) < window ? $0 : nil } ?? (0, time)
                state.unknown[address] = (counted.failures + 1, counted.since)
            }
        }
    }

    func succeeded(login: String, address: String) {
        state.withLock { _ = $0.pairs.removeValue(forKey: Self.key(address, login)) }
    }

    private func forgetOld(_ state: inout State, _ time: Date) {
        guard state.pairs.count + state.unknown.count > 10_000 else { return }
        // Kept while a wait could still apply: the longest wait, or the window.
        let keep = max(window, longestWait)
        state.pairs = state.pairs.filter { time.timeIntervalSince($0.value.last) < keep }
        state.unknown = state.unknown.filter { time.timeIntervalSince($0.value.since) < window }
    }

    private static func key(_ address: String, _ login: String) -> String { address + "\u{0}" + login }
}
