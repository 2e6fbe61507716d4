import Foundation
import Synchronization

/// Random bits from the system's secure generator, fetched a few kilobytes at a time.
///
/// Every new row of a bulk import needs a fresh id; asking the kernel for 8 bytes at a time
/// made the `getrandom` system call a visible part of a million-row import.
package final class RandomPool: Sendable {
    package static let shared = RandomPool()

    private struct State {
        var words = [UInt64](repeating: 0, count: 512)
        var next = 512
    }

    private let state = Mutex(State())

    package func word() -> UInt64 {
        state.withLock { state in
            if state.next == state.words.count {
                Self.refill(&state.words)
                state.next = 0
            }
            defer { state.next += 1 }
            return state.words[state.next]
        }
    }

    /// One read of the kernel's generator for the whole buffer; the standard generator (the
    /// same source, a word at a time) if that falls short.
    private static func refill(_ words: inout [UInt64]) {
        let descriptor = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
        if descriptor >= 0 {
            defer { close(descriptor) }
            let filled = words.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if filled == words.count * 8 { return }
        }
        var generator = SystemRandomNumberGenerator()
        for index in words.indices { words[index] = generator.next() }
    }
}
