public import Foundation
import Synchronization

/// Who is making a change, what time it is, and how new identifiers are made.
///
/// Every write takes one, so tests and the demo can fix the clock and the ids and get
/// byte-identical output, while real use gets the wall clock and random UUIDs.
public struct ChangeContext: Sendable {
    /// The person recorded in the audit log and on marks (`--by`, `CADRE_USER`, the OS user).
    public var actor: String
    public var now: @Sendable () -> Date
    public var makeID: @Sendable () -> UUID
    /// Certificate verification codes: from the secure random source in real use.
    public var makeVerificationCode: @Sendable () -> String
    /// Personal links' tokens (``LinkToken``): from the secure random source in real use.
    public var makeLinkToken: @Sendable () -> String
    /// Why a person overrode a refusal (a clash) for this change, recorded with the override.
    public var overrideReason: String?

    public init(
        actor: String, now: @escaping @Sendable () -> Date = Date.init, makeID: @escaping @Sendable () -> UUID = ChangeContext.randomID,
        makeVerificationCode: @escaping @Sendable () -> String = VerificationCode.generate,
        makeLinkToken: @escaping @Sendable () -> String = LinkToken.generate
    ) {
        self.makeLinkToken = makeLinkToken
        self.actor = actor
        self.now = now
        self.makeID = makeID
        self.makeVerificationCode = makeVerificationCode
    }

    /// A new id: a time-ordered (version 7, RFC 9562) UUID — 48 bits of Unix milliseconds and
    /// 74 bits from the system's secure generator (``RandomPool``). Globally unique like a random UUID, but ids
    /// made one after another sort together, so a million-row import appends to the primary-key
    /// index instead of touching a random page for every row. Foundation's `UUID()` opens
    /// /dev/urandom on every call on Linux, which dominated bulk imports.
    @Sendable public static func randomID() -> UUID {
        var bytes = [UInt8](repeating: 0, count: 16)
        let random = [RandomPool.shared.word(), RandomPool.shared.word()]
        for index in 6..<16 { bytes[index] = UInt8(truncatingIfNeeded: random[index / 8] >> (8 * UInt64(index % 8))) }
        let milliseconds = UInt64(Date().timeIntervalSince1970 * 1000)
        for index in 0..<6 { bytes[index] = UInt8(truncatingIfNeeded: milliseconds >> (8 * UInt64(5 - index))) }
        bytes[6] = (bytes[6] & 0x0F) | 0x70
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (
            bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
            bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    /// A context whose clock starts at `start` and advances one second per reading, and
    /// whose ids count up from a seed: the same calls give the same values every run.
    public static func deterministic(actor: String, start: Date, seed: UInt64 = 1) -> ChangeContext {
        let state = DeterministicState(clock: start, counter: seed)
        return ChangeContext(
            actor: actor, now: { state.tick() }, makeID: { state.nextID() },
            makeVerificationCode: { VerificationCode.derived(from: state.nextID()) }, makeLinkToken: { LinkToken.derived(from: state.nextID()) })
    }
}

/// The mutable state behind a deterministic context, guarded by a mutex.
private final class DeterministicState: Sendable {
    private let state: Mutex<(clock: Date, counter: UInt64)>

    init(clock: Date, counter: UInt64) {
        state = Mutex((clock, counter))
    }

    func tick() -> Date {
        state.withLock { state in
            defer { state.clock = state.clock.addingTimeInterval(1) }
            return state.clock
        }
    }

    func nextID() -> UUID {
        let counter = state.withLock { state in
            state.counter &+= 1
            return state.counter
        }
        let hex = String(counter, radix: 16)
        let padded = String(repeating: "0", count: 12 - min(12, hex.count)) + hex.suffix(12)
        // Version 4 layout with a counter in the last group: stable and obviously synthetic.
        return UUID(uuidString: "00000000-0000-4000-8000-\(padded)") ?? UUID()
    }
}
