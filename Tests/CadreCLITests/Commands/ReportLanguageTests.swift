import CadreModel
import CadreTemplates
import Foundation
import Testing

/// Every report page, the certificate register and every page of the site speak one
/// language: rendered in az, en and ru, a page holds no message of another language's
/// catalog and no raw field name.
@Suite("Reports and the site in az, en and ru")
struct ReportLanguageTests {
    /// A catalog's `report.*` messages, without placeholders or characters HTML escapes.
    static func reportMessages(_ language: Language) throws -> [String: String] {
        let file = BuiltInTemplates.locales.appendingPathComponent("\(language.rawValue).json")
        let all = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: String])
        return all.filter { !$0.key.hasPrefix("demo.") && !$0.value.contains("{") && !$0.value.contains { "<>&\"'".contains($0) } }
    }

    /// What a reader sees of a page: its text without the markup and the style sheet.
    static func visibleText(_ html: String) -> String {
        html.replacingOccurrences(of: "(?s)<style.*?</style>", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
    }

    /// Whether `text` stands in `page` as words of its own (not inside a longer word: the
    /// centre's name "Mərkəzi" is not the column title "Mərkəz").
    static func contains(_ page: String, _ text: String) -> Bool {
        let pattern = "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: text) + "(?![\\p{L}\\p{N}])"
        return page.range(of: pattern, options: .regularExpression) != nil
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
            #expect(cli.run("attendance", "show", "DV-SAATLI-2021-10", "--html", "attendance-\(lang).html", "--lang", lang).exitCode == 0)
            #expect(cli.run("assessment", "show", "DV-SAATLI-2021-10", "--html", "assessment-\(lang).html", "--lang", lang).exitCode == 0)
            #expect(cli.run("sheet", "DV-SAATLI-2021-10", "--combined", "--out", "sheets-\(lang)", "--lang", lang).exitCode == 0)
            #expect(cli.run("certificate", "print", "DV-SAATLI-2021-10", "--combined", "--out", "certificates-\(lang)", "--lang", lang).exitCode == 0)
            let pages = [
                ("trained", cli.run("report", "trained", "--by", "profession,sex", "--format", "html", "--lang", lang).stdout),
                ("trained text", cli.run("report", "trained", "--lang", lang).stdout),
                ("delivery", cli.run("report", "delivery", "--by", "centre,course", "--format", "html", "--lang", lang).stdout),
                ("assessment", cli.run("report", "assessment", "--format", "html", "--lang", lang).stdout),
                ("indicators", cli.run("report", "indicators", "--targets", "targets.json", "--format", "html", "--lang", lang).stdout),
                ("site trained", try cli.read("site-\(lang)/reports/trained.html")),
                ("site delivery", try cli.read("site-\(lang)/reports/delivery.html")),
                ("certificate register", try cli.read("register-\(lang).html")),
                ("site index", try cli.read("site-\(lang)/index.html")),
                ("site events", try cli.read("site-\(lang)/events.html")),
                ("site event", try cli.read("site-\(lang)/events/DV-SAATLI-2021-10.html")),
                ("site timetable", try cli.read("site-\(lang)/timetable.html")),
                ("site certificates", try cli.read("site-\(lang)/certificates.html")),
                ("attendance", try cli.read("attendance-\(lang).html")),
                ("assessment page", try cli.read("assessment-\(lang).html")),
                ("sheets", try cli.read("sheets-\(lang)/DV-SAATLI-2021-10-sessions.html")),
                ("certificates", try cli.read("certificates-\(lang)/DV-SAATLI-2021-10.html")),
            ]
            let own = Set(catalogs[language]?.values.map { $0 } ?? [])
            for (name, html) in pages {
                checked += 1
                let page = Self.visibleText(html)
                #expect(page.count > 200, "\(lang) \(name) is empty")
                if name == "trained" || name == "delivery" || name == "assessment" || name.hasPrefix("site trained") || name == "site delivery" { #expect(page.contains(catalogs[language]?["report.total"] ?? "?"), "\(lang) \(name) has no total row") }
                for other in Language.allCases where other != language {
                    for (key, text) in catalogs[other] ?? [:] where !own.contains(text) && text.count >= 5 {
                        #expect(!Self.contains(page, text), "\(lang) \(name) holds \(other.rawValue) '\(text)' (\(key))")
                    }
                }
                // Text that is in no catalog at all (a sentence written in code) shows as English words.
                if language != .en {
                    for word in ["the", "and", "of", "from", "to", "with", "Period", "events", "Made", "Total", "persons", "matched", "mean", "improved"] {
                        #expect(!Self.contains(page, word), "\(lang) \(name) holds the English word '\(word)'")
                    }
                }
                // Decimals are written with the language's comma (92,9), on pages that print no dates as 25.10.
                if language != .en && ["delivery", "assessment", "indicators", "site delivery", "assessment page"].contains(name) {
                    #expect(page.range(of: "[0-9]\\.[0-9]", options: .regularExpression) == nil, "\(lang) \(name) writes a decimal with a dot")
                    #expect(page.range(of: "[0-9],[0-9]", options: .regularExpression) != nil, "\(lang) \(name) shows no decimal at all")
                }
                for field in Self.rawFieldNames { #expect(!page.contains(field), "\(lang) \(name) shows the field name \(field)") }
            }
        }
        #expect(checked == 51)
    }
}
