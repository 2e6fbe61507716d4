import Foundation

/// A bounded queue between two threads: the producer waits while it is full, the consumer
/// while it is empty. Either side can stop both with an error; the first one is kept.
///
/// Bulk printing runs three stages on two cores — reading the database, rendering pages,
/// creating files — and hands work between them through these, so that no stage waits for
/// another to finish and no more than `capacity` items sit in memory.
final class Handoff<Item>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Item] = []
    private var head = 0
    private var closed = false
    private var failed: (any Error)?
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// The first error either side stopped with, if any.
    var failure: (any Error)? {
        condition.lock()
        defer { condition.unlock() }
        return failed
    }

    /// Adds an item, waiting while the queue is full; throws the failure once stopped.
    func put(_ item: Item) throws {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= capacity && failed == nil { condition.wait() }
        if let failed { throw failed }
        items.append(item)
        condition.broadcast()
    }

    /// The next item, waiting while there is none; nil once closed and drained, or stopped.
    func take() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !closed && failed == nil { condition.wait() }
        guard failed == nil, head < items.count else { return nil }
        let item = items[head]
        head += 1
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        }
        condition.broadcast()
        return item
    }

    /// No more items will be put; the consumer drains what is there.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Stops both sides: waiting items are dropped and `error` is kept unless one came first.
    func fail(_ error: any Error) {
        condition.lock()
        if failed == nil { failed = error }
        items.removeAll()
        head = 0
        condition.broadcast()
        condition.unlock()
    }

    /// Runs `produce` on a thread of its own, handing each item it yields to `consume` on
    /// the calling thread, and returns once both are done. The first error of either stops
    /// the other and is rethrown.
    static func pipeline(
        capacity: Int, produce: @escaping (_ yield: (Item) throws -> Void) throws -> Void, consume: (Item) throws -> Void
    ) throws {
        let handoff = Handoff(capacity: capacity)
        let producer = SecondThread {
            do {
                try produce(handoff.put)
                handoff.close()
            } catch {
                handoff.fail(error)
            }
        }
        do {
            while let item = handoff.take() { try consume(item) }
        } catch {
            handoff.fail(error)
            producer.join()
            throw error
        }
        producer.join()
        if let failure = handoff.failure { throw failure }
    }
}
