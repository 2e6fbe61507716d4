import CadreKit
import CadreModel
import Testing

@Suite("JSON parser")
struct JSONParserTests {
    func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    @Test("values of every kind, keys in file order, numbers as written")
    func values() throws {
        let value = try parse(#"{"b": [1, 2.50, -3e2], "a": {"t": true, "f": false, "n": null}, "s": "x\"\\\/\n\u00e7\ud83d\ude00"}"#)
        guard case .object(let members) = value else {
            Issue.record("expected an object")
            return
        }
        #expect(members.map(\.key) == ["b", "a", "s"])
        #expect(members[0].value == .array([.number("1"), .number("2.50"), .number("-3e2")]))
        #expect(members[2].value == .string("x\"\\/\nç😀"))
    }

    @Test(
        "malformed documents are refused with a position",
        arguments: ["", "{", "[1,]", "{\"a\" 1}", "01", "1.", "\"\u{01}\"", "\"\\x\"", "\"\\ud800\"", "tru", "[] []", "{\"a\":1,\"a\":2}"])
    func malformed(text: String) throws {
        #expect(throws: JSONParser.SyntaxError.self) { try parse(text) }
    }

    @Test("invalid UTF-8 inside a string is refused")
    func invalidUTF8() throws {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse([0x22, 0xFF, 0xFE, 0x22]) }
    }

    @Test("a UTF-8 byte order mark is accepted, as Windows editors write one")
    func byteOrderMark() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[true]".utf8)) == .array([.bool(true)]))
    }
}
