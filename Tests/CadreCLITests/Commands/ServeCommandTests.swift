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
