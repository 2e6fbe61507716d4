import Foundation
import Testing

@Suite("cadre report trained")
struct ReportCommandTests {
    @Test("table with definitions, CSV and JSON, suppression, bad dimensions")
    func trained() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva", "Rəşad Abbasov", "Günel Orucova"])
        for session in 1...6 { cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "\(session)", "--all-present") }
        let table = cli.run("report", "trained", "--measure", "attended", "--lang", "en")
        #expect(table.stdout.hasPrefix("Professionals trained\n  Measure: attended at least one held session\n"))
        let text = table.stdout.replacingOccurrences(of: " +", with: " ", options: .regularExpression)
        #expect(text.contains("\nSocial worker female 2\n"))
        #expect(text.contains("\nSocial worker male 1\n"))
        #expect(text.contains("\nSubtotal: Social worker 3\n"))
        #expect(text.hasSuffix("\nTotal 3\n"))
        let csv = cli.run("report", "trained", "--measure", "attended", "--by", "sex", "--format", "csv", "--suppress-below", "3")
        #expect(csv.stdout == "\u{FEFF}sex,persons\r\nqadın,<3\r\nkişi,<3\r\nTotal,3\r\n")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(cli.run("report", "trained", "--format", "json").stdout.utf8)) as? [String: Any])
        #expect(json["total"] as? Int == 0, "nobody has a post-test score, so nobody completed")
        let bad = cli.run("report", "trained", "--by", "professon")
        #expect(bad.exitCode == 64)
        #expect(bad.stderr.contains("Did you mean 'profession'?"))
    }
}
