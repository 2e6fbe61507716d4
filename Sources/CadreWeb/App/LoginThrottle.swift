import Foundation
import Synchronization

/// Failed sign-ins counted per login and per address over a window: past the limits, further
/// attempts are refused before any password is checked, so guessing costs time and a flood
/// costs the server nothing. A success clears the login's count.
final class LoginThrottle: Sendable {
    let perLogin: Int
    let perAddress: Int
    let window: Double
    private let failures = Mutex<(start: Date, logins: [String: Int], addresses: [String: Int])>((.distantPast, [:], [:]))

    init(perLogin: Int = 5, perAddress: Int = 20, window: Double = 15 * 60) {
        self.perLogin = perLogin
        self.perAddress = perAddress
        self.window = window
    }

    func allows(login: String, address: String, now: Date) -> Bool {
        failures.withLock { counts in
            if now.timeIntervalSince(counts.start) >= window { counts = (now, [:], [:]) }
            return (counts.logins[login] ?? 0) < perLogin && (counts.addresses[address] ?? 0) < perAddress
        }
    }

    func failed(login: String, address: String) {
        failures.withLock { counts in
            counts.logins[login, default: 0] += 1
            counts.addresses[address, default: 0] += 1
        }
    }

    func succeeded(login: String) {
        failures.withLock { _ = $0.logins.removeValue(forKey: login) }
    }
}
