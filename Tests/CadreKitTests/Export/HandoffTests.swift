@testable import CadreKit
import Foundation
import Synchronization
import Testing

@Suite("Handoff between threads")
struct HandoffTests {
    struct Stop: Error, Equatable { let side: String }

    @Test("every item arrives once, in order, with a queue far smaller than the stream")
    func order() throws {
        var received: [Int] = []
        try Handoff<Int>.pipeline(capacity: 3, produce: { yield in
            for number in 0..<10_000 { try yield(number) }
        }) { received.append($0) }
        #expect(received == Array(0..<10_000))
    }

    /// Counts its live instances, to see how many items the queue keeps alive.
    final class Tracked: @unchecked Sendable {
        static let lock = NSLock()
        nonisolated(unsafe) static var live = 0
        nonisolated(unsafe) static var made = 0
        init() { Self.lock.withLock { Self.live += 1; Self.made += 1 } }
        deinit { Self.lock.withLock { Self.live -= 1 } }
        static var counts: (live: Int, made: Int) { lock.withLock { (live, made) } }
    }

    @Test("items handed over are released: a producer kept ahead of the consumer holds no more than the queue")
    func memoryStaysFlat() throws {
        let total = 2_000
        let capacity = 4
        var mostAlive = 0
        var taken = 0
        try Handoff<Tracked>.pipeline(capacity: capacity, produce: { yield in
            for _ in 0..<total { try yield(Tracked()) }
        }) { _ in
            taken += 1
            // Let the producer refill the queue before looking, so it is always ahead.
            let deadline = Date().addingTimeInterval(5)
            while Tracked.counts.made < min(total, taken + capacity), Date() < deadline { usleep(50) }
            mostAlive = max(mostAlive, Tracked.counts.live)
        }
        #expect(taken == total)
        // The queue's items, the one in hand, and the one the producer waits to put.
        #expect(mostAlive <= capacity + 2)
        #expect(Tracked.counts.live == 0)
    }

    @Test("the producer's error reaches the caller after what came before it")
    func producerFails() {
        var received: [Int] = []
        #expect(throws: Stop(side: "producer")) {
            try Handoff<Int>.pipeline(capacity: 4, produce: { yield in
                for number in 0..<5 { try yield(number) }
                throw Stop(side: "producer")
            }) { received.append($0) }
        }
        #expect(received.allSatisfy { $0 < 5 })
    }

    @Test("the consumer's error stops the producer, which would otherwise never end")
    func consumerFails() {
        #expect(throws: Stop(side: "consumer")) {
            try Handoff<Int>.pipeline(capacity: 2, produce: { yield in
                var number = 0
                while true {
                    try yield(number)
                    number += 1
                }
            }) { number in
                if number == 100 { throw Stop(side: "consumer") }
            }
        }
    }

    @Test("producing here and consuming on a second thread: every item, in order; either side's error stops the other")
    func consumerOnSecondThread() throws {
        let received = Mutex<[Int]>([])
        try Handoff<Int>.pipeline(capacity: 3, produceHere: { yield in
            for number in 0..<1_000 { try yield(number) }
        }, consumeOnSecondThread: { number in received.withLock { $0.append(number) } })
        #expect(received.withLock { $0 } == Array(0..<1_000))
        #expect(throws: Stop(side: "consumer")) {
            try Handoff<Int>.pipeline(capacity: 2, produceHere: { yield in
                var number = 0
                while true {
                    try yield(number)
                    number += 1
                }
            }, consumeOnSecondThread: { number in
                if number == 100 { throw Stop(side: "consumer") }
            })
        }
        #expect(throws: Stop(side: "producer")) {
            try Handoff<Int>.pipeline(capacity: 2, produceHere: { yield in
                for number in 0..<5 { try yield(number) }
                throw Stop(side: "producer")
            }, consumeOnSecondThread: { _ in })
        }
    }
}
