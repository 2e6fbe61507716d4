import Foundation

/// A bounded queue between two threads: the producer waits while it is full, the consumer
/// while it is empty. Either side can stop both with an error; the first one is kept.
///
/// Bulk printing runs three stages on two cores — reading the database, rendering pages,
/// creating files — and hands work between them through these, so that no stage waits for
/// another to finish and no more than `capacity` items sit in memory.
///
/// `@unchecked Sendable`, and safe: every stored property but the `let` condition (`slots`,
/// `head`, `count`, `closed`, `failed`) is read and written only while `condition` is locked,
/// and items cross from one thread to the other only through `slots`, each taken by exactly one
/// consumer. (Items are the callers' to make Sendable-safe: each is touched by one thread at a time.)
package final class Handoff<Item: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    /// A ring of `capacity` slots: items wait in `slots[head...]`, wrapping, `count` of them.
    /// (An array consumed from the front is only emptied when the consumer catches up, which
    /// a fast producer never lets it do: it kept every item of a file alive.)
    private var slots: [Item?]
    private var head = 0
    private var count = 0
    private var closed = false
    private var failed: (any Error)?

    package init(capacity: Int) {
        precondition(capacity > 0)
        slots = Array(repeating: nil, count: capacity)
    }

    /// The first error either side stopped with, if any.
    var failure: (any Error)? {
        condition.lock()
        defer { condition.unlock() }
        return failed
    }

    /// Adds an item, waiting while the queue is full; throws the failure once stopped.
    package func put(_ item: Item) throws {
        condition.lock()
        defer { condition.unlock() }
        while count == slots.count && failed == nil { condition.wait() }
        if let failed { throw failed }
        slots[(head + count) % slots.count] = item
        count += 1
        condition.broadcast()
    }

    /// Adds an item if there is room, without waiting: false when the queue is full. Throws
    /// the failure once stopped.
    package func offer(_ item: Item) throws -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if let failed { throw failed }
        guard count < slots.count else { return false }
        slots[(head + count) % slots.count] = item
        count += 1
        condition.broadcast()
        return true
    }

    /// The next item, waiting while there is none; nil once closed and drained, or stopped.
    package func take() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while count == 0 && !closed && failed == nil { condition.wait() }
        guard failed == nil, count > 0, let item = slots[head] else { return nil }
        slots[head] = nil
        head = (head + 1) % slots.count
        count -= 1
        condition.broadcast()
        return item
    }

    /// No more items will be put; the consumer drains what is there.
    package func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Stops both sides: waiting items are dropped and `error` is kept unless one came first.
    package func fail(_ error: any Error) {
        condition.lock()
        if failed == nil { failed = error }
        for index in slots.indices { slots[index] = nil }
        head = 0
        count = 0
        condition.broadcast()
        condition.unlock()
    }

    /// Runs `produce` on a thread of its own, handing each item it yields to `consume` on
    /// the calling thread, and returns once both are done. The first error of either stops
    /// the other and is rethrown.
    package static func pipeline(
        capacity: Int, produce: @escaping @Sendable (_ yield: (Item) throws -> Void) throws -> Void, consume: (Item) throws -> Void
    ) throws {
        #if CADRE_SEQUENTIAL_HANDOFF  // Scripts/bench-pipelines.sh: what the second thread earns
        try produce(consume)
        #else
        try run(capacity: capacity) { handoff in
            do {
                try produce(handoff.put)
                handoff.close()
            } catch {
                handoff.fail(error)
            }
        } here: { handoff in
            while let item = handoff.take() { try consume(item) }
        }
        #endif
    }
}

extension Handoff {
    /// Runs `produce` on the calling thread, handing each item it yields to `consume` on a
    /// thread of its own, and returns once both are done: the producer keeps what only its
    /// thread may use (the database connection) and the consumer gets plain values. The first
    /// error of either stops the other and is rethrown.
    package static func pipeline(
        capacity: Int, produceHere produce: (_ yield: (Item) throws -> Void) throws -> Void, consumeOnSecondThread consume: @escaping @Sendable (Item) throws -> Void
    ) throws {
        #if CADRE_SEQUENTIAL_HANDOFF  // Scripts/bench-pipelines.sh: what the second thread earns
        try produce(consume)
        #else
        try run(capacity: capacity) { handoff in
            while let item = handoff.take() {
                do {
                    try consume(item)
                } catch {
                    handoff.fail(error)
                }
            }
        } here: { handoff in
            try produce(handoff.put)
            handoff.close()
        }
        #endif
    }

    /// Runs `there` on a thread of its own and `here` on the calling one, both with one
    /// queue, and returns once both are done: the first error of either (each stops the
    /// other through the queue) is rethrown.
    private static func run(
        capacity: Int, onSecondThread there: @escaping @Sendable (Handoff) -> Void, here: (Handoff) throws -> Void
    ) throws {
        let handoff = Handoff(capacity: capacity)
        let thread = SecondThread { there(handoff) }
        do {
            try here(handoff)
        } catch {
            handoff.fail(error)  // kept only if it came first
            thread.join()
            throw handoff.failure ?? error
        }
        thread.join()
        if let failure = handoff.failure { throw failure }
    }

    /// Calls `next` on a thread of its own until it returns nil, and `consume` on the calling
    /// thread with each element, in order: a bulk import reads and checks rows on one core
    /// while the other stores them. Elements cross in batches, one hand-over per `batchSize`.
    package static func stream<Element>(
        capacity: Int = 8, batchSize: Int = 256, produce next: @escaping @Sendable () throws -> Element?, consume: (Element) throws -> Void
    ) throws where Item == [Element] {
        try pipeline(capacity: capacity) { yield in
            var batch: [Element] = []
            batch.reserveCapacity(batchSize)
            while let element = try next() {
                batch.append(element)
                if batch.count == batchSize {
                    try yield(batch)
                    batch = []
                    batch.reserveCapacity(batchSize)
                }
            }
            if !batch.isEmpty { try yield(batch) }
        } consume: { batch in
            for element in batch { try consume(element) }
        }
    }
}
