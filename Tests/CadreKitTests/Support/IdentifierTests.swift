import CadreKit
import CadreModel
import Foundation
import Testing

@Suite("Identifiers")
struct IdentifierTests {
    @Test("new ids are version 7: unique, time-ordered, and their text round-trips")
    func timeOrdered() {
        let ids = (0..<10_000).map { _ in ChangeContext.randomID() }
        #expect(Set(ids).count == ids.count)
        let texts = ids.map(\.databaseText)
        #expect(texts.allSatisfy { $0.count == 36 && $0 == $0.lowercased() && Array($0)[14] == "7" && "89ab".contains(Array($0)[19]) })
        #expect(texts.allSatisfy { $0 == UUID(uuidString: $0)?.uuidString.lowercased() })
        // The first 48 bits are milliseconds: later ids never sort before earlier ones by more than that.
        let prefixes = texts.map { $0.prefix(13) }
        #expect(zip(prefixes, prefixes.dropFirst()).allSatisfy { $0 <= $1 })
        let now = UInt64(Date().timeIntervalSince1970 * 1000)
        let stamped = UInt64(texts[0].prefix(13).replacingOccurrences(of: "-", with: ""), radix: 16) ?? 0
        #expect(now - stamped < 60_000)
    }

    @Test("database text matches Foundation's form, lower-cased")
    func text() {
        for _ in 0..<1_000 {
            let id = UUID()
            #expect(id.databaseText == id.uuidString.lowercased())
        }
    }
}
