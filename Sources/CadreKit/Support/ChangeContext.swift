public import Foundation

/// Who is making a change, what time it is, and how new identifiers are made.
///
/// Every write takes one, so tests and the demo can fix the clock and the ids and get
/// byte-identical output, while real use gets the wall clock and random UUIDs.
public struct ChangeContext: Sendable {
    /// The person recorded in the audit log and on marks (`--by`, `CADRE_USER`, the OS user).
    public var actor: String
    public var now: @Sendable () -> Date
    public var makeID: @Sendable () -> UUID

    public init(actor: String, now: @escaping @Sendable () -> Date = Date.init, makeID: @escaping @Sendable () -> UUID = UUID.init) {
        self.actor = actor
        self.now = now
        self.makeID = makeID
    }

    /// A context whose clock starts at `start` and advances one second per reading, and
    /// whose ids count up from a seed: the same calls give the same values every run.
    public static func deterministic(actor: String, start: Date, seed: UInt64 = 1) -> ChangeContext {
        let state = DeterministicState(clock: start, counter: seed)
        return ChangeContext(actor: actor, now: { state.tick() }, makeID: { state.nextID() })
    }
}

/// The mutable state behind a deterministic context, guarded by a lock.
private final class DeterministicState: @unchecked Sendable {
    private let lock = NSLock()
    private var clock: Date
    private var counter: UInt64

    init(clock: Date, counter: UInt64) {
        self.clock = clock
        self.counter = counter
    }

    func tick() -> Date {
        lock.withLock {
            defer { clock = clock.addingTimeInterval(1) }
            return clock
        }
    }

    func nextID() -> UUID {
        lock.withLock {
            counter &+= 1
            let hex = String(counter, radix: 16)
            let padded = String(repeating: "0", count: 12 - min(12, hex.count)) + hex.suffix(12)
            // Version 4 layout with a counter in the last group: stable and obviously synthetic.
            return UUID(uuidString: "00000000-0000-4000-8000-\(padded)") ?? UUID()
        }
    }
}
