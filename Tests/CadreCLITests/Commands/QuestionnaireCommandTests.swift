import CadreKit
import Foundation
import Testing

@Suite("cadre questionnaire")
struct QuestionnaireCommandTests {
    @Test("import loads the built-in questionnaires; a changed file is a new version, an unchanged one nothing; list and show in the chosen language")
    func importListShow() throws {
        let cli = try CLIHarness()
        cli.run("init")
        let imported = cli.run("questionnaire", "import")
        #expect(imported.exitCode == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("2 questionnaires: 2 added, 0 new versions, 0 unchanged."))
        #expect(cli.run("questionnaire", "import").stdout.contains("2 questionnaires: 0 added, 0 new versions, 2 unchanged."))

        let listed = cli.run("questionnaire", "list", "--lang", "ru")
        #expect(listed.stdout.contains("FEEDBACK-END  1        end-of-training  7          Ваше мнение об обучении"), "\(listed.stdout)")
        #expect(listed.stdout.contains("FOLLOW-UP     1        follow-up        5"))

        let shown = cli.run("questionnaire", "show", "feedback-end", "--lang", "az")
        #expect(shown.exitCode == 0)
        #expect(shown.stdout.contains("Answers are anonymous: never linked to the person."))
        #expect(shown.stdout.contains("1. relevance: Təlim işinizə nə dərəcədə aid idi?\n   1 = Heç aid deyildi … 5 = Çox aid idi"))
        #expect(shown.stdout.contains("7. comments: Nəyi dəyişərdiniz və ya başqa nə demək istərdiniz? (optional)"))
        #expect(cli.run("questionnaire", "show", "FOLLOW-UP").stdout.contains("Sent 3 months after the event's last day."))

        // A centre's own version of the follow-up: a new version; a broken file: nothing loaded.
        let original = try String(contentsOf: try #require(BuiltInQuestionnaireFile.followUp), encoding: .utf8)
        try cli.write("mine/follow-up.json", original.replacingOccurrences(of: "\"afterMonths\": 3", with: "\"afterMonths\": 6"))
        try cli.write("bad/follow-up.json", original.replacingOccurrences(of: "\"key\": \"time\"", with: "\"key\": \"Time\""))
        let bad = cli.run("questionnaire", "import", "bad")
        #expect(bad.exitCode == 65)
        #expect(bad.stderr == "Error: follow-up.json: $.questions[3].options[0].key: 'Time' is not an option key (lower-case letters, digits and '-', starting with a letter)\n")
        let changed = cli.run("questionnaire", "import", "mine", "--json")
        let outcomes = try #require(try JSONSerialization.jsonObject(with: Data(changed.stdout.utf8)) as? [[String: Any]])
        #expect(outcomes.first?["change"] as? String == "new-version" && outcomes.first?["version"] as? Int == 2)
        #expect(cli.run("questionnaire", "show", "FOLLOW-UP").stdout.contains("(version 2, follow-up)"))
        #expect(cli.run("questionnaire", "show", "FOLOW-UP").stderr == "Error: no questionnaire 'FOLOW-UP'; did you mean 'FOLLOW-UP'?\n")
    }
}

/// The built-in questionnaire files as the source tree holds them.
enum BuiltInQuestionnaireFile {
    static var followUp: URL? {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Curricula/questionnaires/follow-up.json")
    }
}
