import Foundation

/// Random bits from the system's secure generator, fetched a few kilobytes at a time.
///
/// Every new row of a bulk import needs a fresh id; asking the kernel for 8 bytes at a time
/// made the `getrandom` system call a visible part of a million-row import.
package final class RandomPool: @unchecked Sendable {
    package static let shared = RandomPool()

    private let lock = NSLock()
    private var words = [UInt64](repeating: 0, count: 512)
    private var next = 512

    package func word() -> UInt64 {
        lock.withLock {
            if next == words.count {
                refill()
                next = 0
            }
            defer { next += 1 }
            return words[next]
        }
    }

    /// One read of the kernel's generator for the whole buffer; the standard generator (the
    /// same source, a word at a time) if that falls short.
    private func refill() {
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
