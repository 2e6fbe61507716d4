import CadreKit
import CadreModel
import Testing

@Suite("Text folding")
struct TextFoldingTests {
    @Test("spellings of one place share a match key", arguments: ["Saatlı", "SAATLI", "saatli", "Saatli ", "SAATLİ"])
    func saatli(spelling: String) {
        #expect(TextFolding.matchKey(spelling) == "saatli")
    }

    @Test("Azerbaijani letters fold by Azerbaijani rules")
    func azerbaijaniLetters() {
        #expect(TextFolding.matchKey("İSMAYILLI") == TextFolding.matchKey("İsmayıllı"))
        #expect(TextFolding.matchKey("Şəki") == "seki")
        #expect(TextFolding.matchKey("Ağcabədi") == "agcabedi")
        #expect(TextFolding.matchKey("Sosial işçi") == "sosial isci")
    }

    @Test("NFC and NFD spellings, zero-width and bidi characters make no difference")
    func invisibleDifferences() {
        let nfc = "Gəncə"
        let nfd = "Gəncə".decomposedStringWithCanonicalMapping
        #expect(TextFolding.clean(nfd) == nfc)
        #expect(TextFolding.clean("Gən\u{200B}cə\u{202E}") == nfc)
        #expect(Array(TextFolding.clean("Ə\u{0301}").unicodeScalars) == Array("Ə\u{0301}".precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test("cleaning twice changes nothing, even when a combining mark follows a line break (found by FuzzParsers)")
    func cleaningIsIdempotent() {
        for text in ["\u{01}\0\0\n\u{07B0}\u{FFFD}SMA*\u{07B0}SVR", "a\n\u{0301}b", "\r\n\u{0301}", "x \u{00A0}\u{0308} y"] {
            let once = TextFolding.clean(text)
            #expect(TextFolding.clean(once) == once, "\(text.debugDescription) → \(once.debugDescription)")
        }
    }

    @Test("white space is trimmed and collapsed, including no-break spaces")
    func whitespace() {
        #expect(TextFolding.clean("  Aynur \u{00A0}\t Məmmədova \n") == "Aynur Məmmədova")
    }
}
