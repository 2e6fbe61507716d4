import CadreModel
import Testing

@Suite("Numbers as each language writes them")
struct NumberWordingTests {
    @Test("az and ru write decimals with a comma, en with a dot; files keep the dot")
    func separators() {
        #expect(NumberWording.decimal(92.94, digits: 1, .az) == "92,9")
        #expect(NumberWording.decimal(92.94, digits: 1, .ru) == "92,9")
        #expect(NumberWording.decimal(92.94, digits: 1, .en) == "92.9")
        #expect(NumberWording.decimal(0.4167, digits: 2, .az) == "0,42")
        #expect(NumberWording.plain(-1.25, digits: 1) == "-1.2")
        #expect(NumberWording.decimal(7, digits: 0, .ru) == "7")
    }

    @Test("only a cell that is a decimal changes: names, codes and dates stay as they are")
    func cells() {
        #expect(NumberWording.written("22.2 %", .az) == "22,2 %")
        #expect(NumberWording.written("-4.5", .ru) == "-4,5")
        #expect(NumberWording.written("1027", .az) == "1027")
        #expect(NumberWording.written("25.10", .en) == "25.10")
        for text in ["v1.2", "1.2.3", "DV-101", "Kurs 1.5 saat", ".5", "5.", "Saatlı"] {
            #expect(NumberWording.written(text, .az) == text, "\(text)")
        }
    }
}
