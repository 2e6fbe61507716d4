import CadreCurricula
import CadreKit
import CadreModel
import CadreStore
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

    @Test("codes people type are normalised once: case, spaces, invisible characters")
    func codes() throws {
        #expect(EventCode(" dv-saatli-2021-10\u{200B} ").text == "DV-SAATLI-2021-10")
        #expect(EventCode("DV-SAATLI-2021-10") == EventCode("dv-saatli-2021-10"))
        #expect(CourseCode("jud-201").text == "JUD-201")
        #expect("\(CourseCode("dv-101"))" == "DV-101")
        let database = try TestDatabase()
        let context = ChangeContext.deterministic(actor: "tester", start: Date(timeIntervalSince1970: 1_635_000_000))
        _ = try CourseCatalog(database).importCurricula(from: BuiltInCurricula.files.filter { $0.lastPathComponent == "DV-101.json" }, context: context)
        #expect(try CourseCatalog(database).course(code: " dv-101 ")?.code == "DV-101")
    }
}
