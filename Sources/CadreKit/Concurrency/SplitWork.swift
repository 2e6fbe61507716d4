import Foundation

/// Items of a list worked on by the calling thread and a second one at once, each taking the
/// next item as it finishes one: how certificates are rendered on both cores while a third
/// thread writes them.
///
/// Each thread makes its own worker with `makeWork` (its own templates and messages, say;
/// the calling thread is number 0, the second one 1):
/// two cores updating the reference counts of the same objects page after page spend more
/// time passing cache lines between them than rendering. The order items finish in is not
/// the list's. The first error stops both threads (each finishes the item in hand) and is
/// rethrown.
enum SplitWork {
    static func forEach<Item>(_ items: some Collection<Item>, perThread makeWork: @escaping (_ thread: Int) throws -> (Item) throws -> Void) throws {
        let items = Array(items)
        let cursor = Cursor(count: items.count)
        func run(thread: Int) -> (any Error)? {
            let work: (Item) throws -> Void
            do {
                work = try makeWork(thread)
            } catch {
                cursor.stop()
                return error
            }
            while let index = cursor.next() {
                do {
                    try work(items[index])
                } catch {
                    cursor.stop()
                    return error
                }
            }
            return nil
        }
        var secondError: (any Error)?
        let second = SecondThread { secondError = run(thread: 1) }
        let firstError = run(thread: 0)
        second.join()
        if let error = firstError ?? secondError { throw error }
    }

    /// The next index to work on, shared by both threads.
    private final class Cursor: @unchecked Sendable {
        private let lock = NSLock()
        private var position = 0
        private let count: Int

        init(count: Int) { self.count = count }

        func next() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard position < count else { return nil }
            position += 1
            return position - 1
        }

        func stop() {
            lock.lock()
            position = count
            lock.unlock()
        }
    }
}
