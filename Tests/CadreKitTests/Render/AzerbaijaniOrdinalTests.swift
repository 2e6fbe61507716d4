import CadreModel
import Testing

@Suite("Azerbaijani ordinals")
struct AzerbaijaniOrdinalTests {
    @Test("the suffix follows the vowel of the number's last spoken word")
    func suffixes() {
        let expected = [
            1: "1-ci", 2: "2-ci", 3: "3-cü", 4: "4-cü", 5: "5-ci", 6: "6-cı", 7: "7-ci", 8: "8-ci", 9: "9-cu", 10: "10-cu", 11: "11-ci", 13: "13-cü",
            16: "16-cı", 19: "19-cu", 20: "20-ci", 30: "30-cu", 40: "40-cı", 50: "50-ci", 60: "60-cı", 70: "70-ci", 80: "80-ci", 90: "90-cı",
            100: "100-cü", 200: "200-cü", 1000: "1000-ci",
        ]
        for (number, text) in expected { #expect(AzerbaijaniOrdinal.text(number) == text, "\(number)") }
    }
}
