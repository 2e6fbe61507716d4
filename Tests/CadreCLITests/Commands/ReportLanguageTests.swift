import CadreModel
import CadreTemplates
import Foundation
import Testing

/// Every report page (and the certificate register) speaks one language: rendered in az, en
/// and ru, a page holds no message of another language's catalog and no raw field name.
@Suite("Reports in az, en and ru")
struct ReportLanguageTests {
    /// A catalog's `report.*` messages, without placeholders or characters HTML escapes.
    static func reportMessages(_ language: Language) throws -> [String: String] {
        let file = BuiltInTemplates.locales.appendingPathComponent("\(language.rawValue).json")
        let all = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: String])
        return all.filter { ["report.", "site.nav.", "register."].contains(where: $0.key.hasPrefix) && !$0.value.contains("{") && !$0.value.contains { "<>&\"'".contains($0) } }
    }

    static let rawFieldNames = [
        "training_hours", "participant_hours", "average_class_size", "attendance_rate_percent", "trainer_hours", "mean_pre",
        "mean_post", "mean_gain", "normalised_gain", "achieved_percent", "start_date", "issue_date", "superseded_by",
    ]

    @Test("every report page, in each language, holds only that language's words and no field names")
    func oneLanguagePerPage() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva", "Rəşad Abbasov", "Günel Orucova"])
        for session in 1...6 { cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "\(session)", "--all-present") }
        try cli.write("scores.csv", "event_code,trainee_ref,kind,score\nDV-SAATLI-2021-10,P1,pre,5\nDV-SAATLI-2021-10,P1,post,15\nDV-SAATLI-2021-10,P2,pre,9\nDV-SAATLI-2021-10,P2,post,12\n")
        #expect(cli.run("assessment", "import", "scores.csv").exitCode == 0)
        #expect(cli.run("certificate", "issue", "DV-SAATLI-2021-10").exitCode == 0)
        try cli.write("targets.json", """
            {"targets": [{"name": "Saatlı 2021", "target": 4}, {"name": "Sosial işçilər payı", "share": {"profession": ["social-worker"]}, "targetPercent": 50}]}
            """)
        let catalogs = try Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, try Self.reportMessages($0)) })
        var checked = 0
        for language in Language.allCases {
            let lang = language.rawValue
            #expect(cli.run("site", "--out", "site-\(lang)", "--lang", lang).exitCode == 0)
            #expect(cli.run("certificate", "register", "--out", "register-\(lang).csv", "--lang", lang).exitCode == 0)
            let pages = [
                ("trained", cli.run("report", "trained", "--by", "profession,sex", "--format", "html", "--lang", lang).stdout),
                ("trained text", cli.run("report", "trained", "--lang", lang).stdout),
                ("delivery", cli.run("report", "delivery", "--by", "centre,course", "--format", "html", "--lang", lang).stdout),
                ("assessment", cli.run("report", "assessment", "--format", "html", "--lang", lang).stdout),
                ("indicators", cli.run("report", "indicators", "--targets", "targets.json", "--format", "html", "--lang", lang).stdout),
                ("site trained", try cli.read("site-\(lang)/reports/trained.html")),
                ("site delivery", try cli.read("site-\(lang)/reports/delivery.html")),
                ("certificate register", try cli.read("register-\(lang).html")),
            ]
            let own = Set(catalogs[language]?.values.map { $0 } ?? [])
            for (name, page) in pages {
                checked += 1
                #expect(page.count > 500, "\(lang) \(name) is empty")
                if name != "indicators" && name != "certificate register" { #expect(page.contains(catalogs[language]?["report.total"] ?? "?"), "\(lang) \(name) has no total row") }
                for other in Language.allCases where other != language {
                    for (key, text) in catalogs[other] ?? [:] where !own.contains(text) && text.count >= 5 {
                        #expect(!page.contains(text), "\(lang) \(name) holds \(other.rawValue) '\(text)' (\(key))")
                    }
                }
                for field in Self.rawFieldNames { #expect(!page.contains(field), "\(lang) \(name) shows the field name \(field)") }
            }
        }
        #expect(checked == 24)
    }
}
