import CadreKit
import CadreModel
import Foundation
import Testing

@Suite("Timestamps")
struct TimestampTests {
    @Test("an instant written and read back is the same instant, across two centuries")
    func roundTrip() {
        var generator = SplitMix64(seed: 11)
        for _ in 0..<2_000 {
            let seconds = Double(Int.random(in: -2_208_988_800...4_102_444_800, using: &generator))
            let date = Date(timeIntervalSince1970: seconds)
            let text = Timestamp.string(from: date)
            #expect(Timestamp.date(from: text) == date, "\(text)")
        }
    }

    @Test("known instants, including both sides of the epoch")
    func knownInstants() {
        #expect(Timestamp.date(from: "2021-10-25T09:30:00Z")?.timeIntervalSince1970 == 1_635_154_200)
        #expect(Timestamp.date(from: "1970-01-01T00:00:00Z")?.timeIntervalSince1970 == 0)
        #expect(Timestamp.date(from: "1969-12-31T23:59:59Z")?.timeIntervalSince1970 == -1)
        #expect(Timestamp.date(from: "2024-02-29T23:59:59Z")?.timeIntervalSince1970 == 1_709_251_199)
    }

    @Test("text that is not a UTC instant is refused", arguments: [
        "", "Z", "2021-10-25T09:30:00", "2021-10-25T09:30Z", "2021-10-25T09:30:00:01Z",
        "2021-10-25T09:30:00+04:00", "12345678901-10-25T09:30:00Z", "2021-10-25T09:30:00Z ",
        "2024-02-29 23:59:59Z", "2021-10-25T09:30:00.5Z", "2021-02-30T09:30:00Z", "2021-13-01T09:30:00Z", "2021-10-25T24:00:00Z",
        "21-10-25T09:30:00Z", "2021-1-25T09:30:00Z",
    ])
    func refused(text: String) {
        #expect(Timestamp.date(from: text) == nil)
    }
}
