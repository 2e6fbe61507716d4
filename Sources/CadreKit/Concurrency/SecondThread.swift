import Foundation

/// Work started on a thread of its own, to be joined: the one place bulk printing crosses
/// threads. The work may hold non-`Sendable` state (a database connection, a folder) because
/// the starting thread hands it over and does not touch it again until ``join()`` returns.
final class SecondThread: @unchecked Sendable {
    private let work: () -> Void
    private let finished = DispatchSemaphore(value: 0)

    init(_ work: @escaping () -> Void) {
        self.work = work
        Thread.detachNewThread { [self] in
            self.work()
            finished.signal()
        }
    }

    /// Waits until the work has returned.
    func join() { finished.wait() }
}
