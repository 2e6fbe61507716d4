import Foundation
import Testing

/// `cadre serve`'s options that decide what clients are believed: refused at start, in one line,
/// rather than discovered on a trainer's screen.
@Suite("serve: options checked at start")
struct ServeCommandTests {
    @Test("a --public-url too long for a QR code, or not an http(s) address, and a --trusted-proxy that is no IP address are refused at start")
    func refusedAtStart() throws {
        let cli = try CLIHarness()
        #expect(cli.run("init").exitCode == 0)
        let long = "https://cadre.example.gov.az/" + String(repeating: "a", count: 120)
        for (options, words) in [
            (["--public-url", long], "longer than 120 characters"),
            (["--public-url", "ftp://cadre.example.gov.az"], "is not an http:// or https:// address"),
            (["--public-url", "https://user:secret@cadre.example.gov.az"], "is not an http:// or https:// address"),
            (["--trusted-proxy", "proxy.example"], "an IP address"),
        ] {
            // An address this machine does not have: were the option taken, the server would fail later, differently.
            let result = cli.run(["serve", "--listen", "203.0.113.1:8080"] + options)
            #expect(result.exitCode == 64 && result.stderr.contains(words) && result.stderr.contains(options[0]), "\(options): \(result.stderr)")
            #expect(!result.stderr.contains("cannot listen"), "refused before listening")
        }
    }
}

@Suite("Certificates' QR codes open the verification page")
struct VerificationAddressTests {
    @Test("once 'cadre serve' has run with --public-url, printed certificates carry its /verify/ address; --verify-url still wins")
    func publicURLRemembered() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva"])
        for session in 1...6 { cli.run("attendance", "mark", "DV-SAATLI-2021-10", "--session", "\(session)", "--all-present") }
        cli.run("assessment", "record", "DV-SAATLI-2021-10", "P1", "--post", "18")
        #expect(cli.run("certificate", "issue", "DV-SAATLI-2021-10").exitCode == 0)
        #expect(cli.run("certificate", "print", "DV-SAATLI-2021-10", "--out", "before").exitCode == 0)
        #expect(!(try cli.read("before/DV-2021-00001.html")).contains("/verify/"), "without an address: the code alone")
        // An address this machine does not have: the server stops at once, the address is remembered.
        #expect(cli.run("serve", "--public-url", "https://cadre.example.gov.az/", "--listen", "203.0.113.1:8080").exitCode != 0)
        #expect(cli.run("certificate", "print", "DV-SAATLI-2021-10", "--out", "after").exitCode == 0)
        #expect(try cli.read("after/DV-2021-00001.html").contains("https://cadre.example.gov.az/verify/"))
        #expect(cli.run("certificate", "print", "DV-SAATLI-2021-10", "--out", "given", "--verify-url", "https://other.example/v/{code}").exitCode == 0)
        let given = try cli.read("given/DV-2021-00001.html")
        #expect(given.contains("https://other.example/v/") && !given.contains("cadre.example.gov.az"))
    }
}
