import Foundation

/// Items worked on by the calling thread and a second one at once, each taking the next item
/// as it finishes one: how certificates are rendered on both cores while a third thread
/// writes them.
///
/// Each thread makes its own worker with `makeWork` (its own templates and messages, say;
/// the calling thread is number 0, the second one 1): two cores updating the reference
/// counts of the same objects page after page spend more time passing cache lines between
/// them than rendering. The order items finish in is not the order they came in. The first
/// item is worked on by the calling thread before the second thread starts, so a worker
/// that fails at once (a broken template) has done nothing on the other. The first error
/// stops both threads (each finishes the item in hand) and is rethrown.
///
/// The second thread runs at a lower priority: a print run on two cores waits for the
/// thread that creates the files, and the helper should only take what that one leaves
/// (BENCHMARKS.md, session 7).
package enum SplitWork {
    package typealias MakeWork<Item> = @Sendable (_ thread: Int) throws -> (Item) throws -> Void

    /// Works on the items of a list.
    package static func forEach<Items: Collection>(_ items: Items, perThread makeWork: @escaping MakeWork<Items.Element>) throws where Items.Element: Sendable {
        try forEach(produced: { emit in for item in items { try emit(item) } }, perThread: makeWork)
    }

    /// Works on items as the calling thread produces them: the second thread starts on the
    /// first ones while the rest are still being read. The producer never waits: when
    /// `capacity` items are already waiting, the calling thread works on the next one
    /// itself, and once it has produced the last it works on what is left. Returns how many
    /// items there were.
    @discardableResult
    package static func forEach<Item: Sendable>(
        produced produce: (_ emit: (Item) throws -> Void) throws -> Void, capacity: Int = 1_024,
        perThread makeWork: @escaping MakeWork<Item>
    ) throws -> Int {
        #if CADRE_SEQUENTIAL_SPLIT  // Scripts/bench-pipelines.sh: what the second thread earns
        return try sequentially(produced: produce, work: try makeWork(0))
        #else
        let waiting = Handoff<Item>(capacity: capacity)
        var second: SecondThread?
        var work: ((Item) throws -> Void)?
        var count = 0
        do {
            try produce { item in
                count += 1
                guard let ownWork = work else {
                    let made = try makeWork(0)
                    work = made
                    try made(item)
                    return
                }
                if second == nil {
                    second = SecondThread {
                        yieldToOtherThreads()
                        do {
                            let work = try makeWork(1)
                            while let item = waiting.take() { try work(item) }
                        } catch {
                            waiting.fail(error)
                        }
                    }
                }
                if try !waiting.offer(item) { try ownWork(item) }
            }
            waiting.close()
            if let work { while let item = waiting.take() { try work(item) } }
        } catch {
            waiting.fail(error)  // kept only if it came first
            second?.join()
            throw waiting.failure ?? error
        }
        second?.join()
        if let error = waiting.failure { throw error }
        return count
        #endif
    }

    /// Every item on the calling thread: what `Scripts/bench-pipelines.sh` compares with.
    private static func sequentially<Item: Sendable>(
        produced produce: (_ emit: (Item) throws -> Void) throws -> Void, work: @escaping (Item) throws -> Void
    ) throws -> Int {
        var count = 0
        try produce { item in
            count += 1
            try work(item)
        }
        return count
    }

    /// Lowers the calling thread's priority (nice 10); on Linux `setpriority` with who 0 is
    /// per thread, elsewhere it would be the whole process, so it is left alone there.
    private static func yieldToOtherThreads() {
        #if os(Linux)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
    }
}
