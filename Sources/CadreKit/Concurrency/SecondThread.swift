import Foundation

/// Work started on a thread of its own, to be joined: the one place bulk printing crosses
/// threads. The work may hold non-`Sendable` state (a database connection, a folder) because
/// the starting thread hands it over and does not touch it again until ``join()`` returns.
///
/// `@unchecked Sendable`, and safe: both properties are `let`s set before the thread starts —
/// the work closure, run once on the new thread, and a semaphore, which is thread-safe — and
/// `wait()` returns only after the work has finished, so the caller never shares state with a
/// running closure except what the closure itself synchronises.
package final class SecondThread: @unchecked Sendable {
    private let work: @Sendable () -> Void
    private let finished = DispatchSemaphore(value: 0)

    package init(_ work: @escaping @Sendable () -> Void) {
        self.work = work
        Thread.detachNewThread { [self] in
            self.work()
            finished.signal()
        }
    }

    /// Waits until the work has returned.
    package func join() { finished.wait() }
}
