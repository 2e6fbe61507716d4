@testable import CadreKit
import Foundation
import Testing

@Suite("Work split between two threads")
struct SplitWorkTests {
    struct Stop: Error, Equatable {}

    /// What the two threads did, under a lock.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [Int] = []
        private var threads: Set<String> = []
        func add(_ item: Int) {
            lock.withLock {
                items.append(item)
                threads.insert("\(Unmanaged.passUnretained(Thread.current).toOpaque())")
            }
        }
        var done: (items: [Int], threads: Int) { lock.withLock { (items, threads.count) } }
    }

    @Test("every item is worked on exactly once, on both threads")
    func everyItemOnce() throws {
        let log = Log()
        try SplitWork.forEach(0..<5_000) { thread in { item in
            log.add(item)
            // The second thread runs at a lower priority and may get no turn on a busy machine:
            // after the first item (always its own, before the second thread starts) the calling
            // one waits for it (up to 5 s) before working on more.
            var waited = 0
            while thread == 0, item > 0, log.done.threads < 2, waited < 5_000 {
                usleep(1_000)
                waited += 1
            }
        } }
        #expect(log.done.items.sorted() == Array(0..<5_000))
        #expect(log.done.threads == 2)
    }

    @Test("the first error stops both threads and reaches the caller")
    func errorStops() {
        let log = Log()
        #expect(throws: Stop()) {
            try SplitWork.forEach(0..<100_000) { _ in { item in
                if item == 1_000 { throw Stop() }
                log.add(item)
            } }
        }
        #expect(log.done.items.count < 100_000)
        #expect(!log.done.items.contains(1_000))
    }

    @Test("each thread makes its own worker once; an error making one stops the work")
    func workerPerThread() {
        let log = Log()
        try? SplitWork.forEach(0..<1_000) { thread in
            log.add(-1 - thread)
            return { log.add($0) }
        }
        #expect(log.done.items.filter { $0 < 0 }.sorted() == [-2, -1])
        #expect(log.done.items.filter { $0 >= 0 }.sorted() == Array(0..<1_000))
        #expect(throws: Stop()) {
            try SplitWork.forEach(0..<1_000) { _ throws -> (Int) throws -> Void in throw Stop() }
        }
    }

    @Test("no items: nothing runs")
    func empty() throws {
        let log = Log()
        try SplitWork.forEach([Int]()) { _ in { log.add($0) } }
        #expect(log.done.items.isEmpty)
    }

    @Test("items are worked on while they are still being produced, and the producer never waits")
    func producedItems() throws {
        let log = Log()
        let producing = Log()  // -1 when the producer has finished
        let count = try SplitWork.forEach(produced: { emit in
            for item in 0..<2_000 { try emit(item) }
            producing.add(-1)
        }, capacity: 4, perThread: { thread in { item in
            if thread == 0 && producing.done.items.isEmpty { log.add(-2) }  // the calling thread helped while producing
            log.add(item)
            if thread == 1 { usleep(50) }  // a slow helper: the queue of 4 fills up
        } })
        #expect(count == 2_000)
        #expect(log.done.items.filter { $0 >= 0 }.sorted() == Array(0..<2_000))
        // Besides the first item (always the calling thread's), it worked on others while producing.
        #expect(log.done.items.filter { $0 == -2 }.count > 1)
    }

    @Test("the first item is done before the second thread starts; one item needs no second thread")
    func firstItemFirst() throws {
        let log = Log()
        #expect(throws: Stop()) {
            try SplitWork.forEach(0..<1_000) { thread in
                log.add(-1 - thread)
                return { _ in throw Stop() }
            }
        }
        #expect(log.done.items == [-1])
        try SplitWork.forEach([7]) { thread in
            log.add(-10 - thread)
            return { log.add($0) }
        }
        #expect(log.done.items == [-1, -10, 7])
    }

    @Test("an error while producing stops the workers and reaches the caller")
    func producerError() {
        let log = Log()
        #expect(throws: Stop()) {
            try SplitWork.forEach(produced: { emit in
                for item in 0..<100 { try emit(item) }
                throw Stop()
            }, perThread: { _ in { log.add($0) } })
        }
        #expect(log.done.items.count <= 100)
    }
}

