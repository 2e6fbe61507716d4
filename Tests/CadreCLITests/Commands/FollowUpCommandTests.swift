import CadreKit
import CadreModel
import Foundation
import Testing

/// `cadre followup list` and the follow-up QR code a certificate may print.
@Suite("cadre followup")
struct FollowUpCommandTests {
    static let event = "DV-SAATLI-2021-10"

    /// Saatlı's event with three people: P1 and P2 complete it, P3 does not; certificates issued.
    func round() throws -> CLIHarness {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Həsənova Günel", "Иванова Анна", "Quliyeva Səbinə"])
        #expect(cli.run("questionnaire", "import").exitCode == 0)
        for session in 1...6 {
            #expect(cli.run("attendance", "mark", Self.event, "P1", "P2", "--session", String(session), "--status", "present").exitCode == 0)
        }
        for ref in ["P1", "P2", "P3"] { #expect(cli.run("assessment", "record", Self.event, ref, "--post", "15").exitCode == 0) }
        #expect(cli.run("certificate", "issue", Self.event).exitCode == 0)
        return cli
    }

    @Test("the list: completers only, each in their language (Cyrillic names in Russian), the text naming the centre, course, link and last day")
    func list() throws {
        let cli = try round()
        let missing = cli.run("followup", "list", Self.event, "--now")
        #expect(missing.exitCode == 64 && missing.stderr.contains("give --public-url"), "\(missing.stderr)")
        #expect(cli.run("followup", "list", Self.event, "--now", "--public-url", "https://x.az", "--valid-days", "0").exitCode == 64)
        let made = cli.run("followup", "list", Self.event, "--now", "--public-url", "https://cadre.example.gov.az/", "--json")
        #expect(made.exitCode == 0 && made.stdout.contains("\"links\" : 2") && made.stdout.contains("\"notCompleted\" : 1"), "\(made.stdout)")
        let csv = String(decoding: try Data(contentsOf: cli.folder.appendingPathComponent("\(Self.event)-followup.csv")).dropFirst(3), as: UTF8.self)
        let rows = csv.split(separator: "\r\n").map(String.init)
        #expect(rows.count == 3)
        let anna = try #require(rows.first { $0.contains("Иванова Анна") })
        #expect(anna.contains(",ru,https://cadre.example.gov.az/q/") && anna.contains("Саатлинский") == false && anna.contains("пожалуйста"), "\(anna)")
        let gunel = try #require(rows.first { $0.contains("Həsənova Günel") })
        #expect(gunel.contains(",az,") && gunel.contains("Saatlı Ailə və Uşaq Dəstək Xidməti Mərkəzi") && gunel.contains("tarixinədək"), "\(gunel)")
        #expect(cli.run("followup", "list", Self.event, "--now", "--public-url", "https://x.az").exitCode != 0, "an existing file is not replaced without --force")
        // Everyone in English, when asked.
        #expect(cli.run("followup", "list", Self.event, "--now", "--public-url", "https://x.az", "--lang", "en", "--force").exitCode == 0)
        let english = try String(contentsOf: cli.folder.appendingPathComponent("\(Self.event)-followup.csv"), encoding: .utf8)
        #expect(english.contains(",en,https://x.az/q/") && !english.contains(",ru,") && english.contains("please answer"))
    }

    @Test("certificates print a second QR code only when asked: the holder's link, opening when the follow-up is due")
    func certificateQR() throws {
        let cli = try round()
        #expect(cli.run("certificate", "print", Self.event, "--out", "plain").exitCode == 0)
        let plain = try String(contentsOf: cli.folder.appendingPathComponent("plain/DV-2021-00001.html"), encoding: .utf8)
        #expect(!plain.contains("/q/") && !plain.contains("class=\"follow-up\""), "off by default")
        #expect(try cli.scalar("SELECT count(*) FROM follow_up_link").intValue == 0)
        let printed = cli.run("certificate", "print", Self.event, "--out", "with", "--lang", "az+ru", "--follow-up-qr", "--public-url", "https://cadre.example.gov.az")
        #expect(printed.exitCode == 0, "\(printed.stderr)")
        let page = try String(contentsOf: cli.folder.appendingPathComponent("with/DV-2021-00001.html"), encoding: .utf8)
        #expect(page.contains("class=\"follow-up\"") && page.contains("27 yanvar 2022") && page.contains("25 фев"), "opens when due, for 30 days")
        #expect(page.components(separatedBy: "<svg").count == 3, "two QR codes")
        #expect(try cli.scalar("SELECT count(*) FROM follow_up_link WHERE opens_on = '2022-01-27' AND expires_on = '2022-02-25'").intValue == 2)
        // A folder that cannot be written is refused before any link is made.
        try "x".write(to: cli.folder.appendingPathComponent("blocked"), atomically: true, encoding: .utf8)
        #expect(cli.run("certificate", "print", Self.event, "--out", "blocked", "--follow-up-qr", "--public-url", "https://x.az").exitCode != 0)
        #expect(try cli.scalar("SELECT count(*) FROM follow_up_link").intValue == 2)
    }
}
