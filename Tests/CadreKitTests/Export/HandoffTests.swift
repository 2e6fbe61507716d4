@testable import CadreKit
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
}
