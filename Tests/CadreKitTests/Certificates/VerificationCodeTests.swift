import CadreKit
import CadreModel
import Testing

@Suite("Verification codes")
struct VerificationCodeTests {
    @Test("16 unambiguous characters in groups of four, 80 random bits")
    func shape() {
        let code = VerificationCode.generate()
        #expect(code.count == 19)
        #expect(code.split(separator: "-").map(\.count) == [4, 4, 4, 4])
        #expect(!code.contains { "ILOU".contains($0) })
    }

    @Test("unique across 100,000 codes")
    func unique() {
        var seen = Set<String>()
        for _ in 0..<100_000 { seen.insert(VerificationCode.generate()) }
        #expect(seen.count == 100_000)
    }

    @Test("typed codes are read forgivingly: case, dashes, O for 0, I and L for 1")
    func normalise() {
        #expect(VerificationCode.normalise("7kq4m2xd9prthw3c") == "7KQ4-M2XD-9PRT-HW3C")
        #expect(VerificationCode.normalise("7KQ4-M2XD-9PRT-HWOC") == "7KQ4-M2XD-9PRT-HW0C")
        #expect(VerificationCode.normalise("IKQ4-M2XD-9PRT-HWLC") == "1KQ4-M2XD-9PRT-HW1C")
        #expect(VerificationCode.normalise("7KQ4-M2XD") == nil)
        #expect(VerificationCode.normalise("7KQ4-M2XD-9PRT-HW3U") == nil)
    }

    @Test("knowledge gain on matched pairs")
    func gain() {
        let gain = KnowledgeGain(pairs: [(8, 16, 20), (10, 11, 20), (12, 9, 20), (20, 20, 20)])
        #expect(gain.pairs == 4)
        #expect(gain.meanPre == 12.5)
        #expect(gain.meanPost == 14)
        #expect(gain.meanGain == 1.5)
        #expect(gain.meanGainPercent == 7.5)
        #expect(abs((gain.normalisedGain ?? 0) - ((8.0 / 12 + 1.0 / 10 - 3.0 / 8) / 3)) < 1e-9, "the perfect pre-test is left out")
        #expect((gain.improved, gain.stayed, gain.dropped) == (2, 1, 1))
    }
}
