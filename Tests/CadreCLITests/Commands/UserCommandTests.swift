import CadreModel
import CadreStore
import Foundation
import Testing

/// `cadre user`: logins and roles, passwords from standard input kept only as PBKDF2 hashes,
/// and the refusals — all one line, nothing stored.
@Suite("cadre user")
struct UserCommandTests {
    func harness() throws -> CLIHarness {
        let cli = try CLIHarness()
        cli.environment["CADRE_PASSWORD_ITERATIONS"] = "1000"
        #expect(cli.run("init").exitCode == 0)
        #expect(cli.run("centre", "add", "--code", "SAATLI", "--name", "Saatlı Ailə və Uşaq Dəstək Xidməti Mərkəzi").exitCode == 0)
        return cli
    }

    @Test("add, list, reset a password and disable; the password is nowhere but in its hash")
    func lifecycle() throws {
        let cli = try harness()
        cli.input = ["Uzun-şifrə-2021"]
        #expect(cli.run("user", "add", "--name", "Leyla.M", "--role", "coordinator", "--centre", "saatli", "--password-stdin").stdout
            == "Added leyla.m (coordinator, SAATLI)\n")
        cli.input = ["Nazirlik-2021-şifrə"]
        #expect(cli.run("user", "add", "--name", "officer", "--role", "viewer", "--password-stdin").exitCode == 0)
        #expect(cli.run("user", "list").stdout == """
            LOGIN    ROLE         CENTRE  TRAINER  STATE
            leyla.m  coordinator  SAATLI           active
            officer  viewer                        active

            """)
        let database = try cli.openStore()
        let hash = try #require(try database.users.user(login: "leyla.m")?.passwordHash)
        #expect(hash.hasPrefix("pbkdf2-sha256$1000$") && PasswordHash.verify("Uzun-şifrə-2021", against: hash))
        let audit = try database.audit.allEntries().filter { $0.entity == "user" }
        #expect(audit.map(\.action) == ["user.add", "user.add"])
        #expect(!audit.contains { "\($0.detail ?? "") \($0.newValue ?? "")".contains("şifrə") || "\($0.detail ?? "")".contains("pbkdf2") })
        database.close()

        cli.input = ["Yeni-uzun-şifrə-22"]
        #expect(cli.run("user", "reset-password", "LEYLA.M", "--password-stdin").stdout == "Changed the password of leyla.m\n")
        #expect(cli.run("user", "disable", "leyla.m").stdout == "Disabled leyla.m\n")
        #expect(cli.run("user", "list").stdout.contains("leyla.m  coordinator  SAATLI           disabled"))
        let after = try cli.openStore()
        defer { after.close() }
        let changed = try #require(try after.users.user(login: "leyla.m"))
        #expect(PasswordHash.verify("Yeni-uzun-şifrə-22", against: changed.passwordHash) && !PasswordHash.verify("Uzun-şifrə-2021", against: changed.passwordHash))
        #expect(changed.disabledAt != nil)
    }

    @Test("refusals: a password on the command line or too short, a bad or taken login, a role without its centre, an unknown user")
    func refusals() throws {
        let cli = try harness()
        let cases: [([String], [String], String)] = [
            (["user", "add", "--name", "a1", "--role", "viewer", "--password-stdin"], ["long-enough-pass"], "Error: 'a1' is not a login: 3 to 64 letters, digits, '.', '_' or '-'\n"),
            (["user", "add", "--name", "ali veli", "--role", "viewer", "--password-stdin"], ["long-enough-pass"], "Error: 'ali veli' is not a login: 3 to 64 letters, digits, '.', '_' or '-'\n"),
            (["user", "add", "--name", "ali", "--role", "viewer", "--password-stdin"], ["short"], "Error: a password needs at least 12 characters (5 given)\n"),
            (["user", "add", "--name", "ali", "--role", "trainer", "--password-stdin"], ["long-enough-pass"], "Error: a trainer works for a centre: add --centre CODE\n"),
            (["user", "add", "--name", "ali", "--role", "admin", "--centre", "SAATLI", "--password-stdin"], ["long-enough-pass"], "Error: an admin manages every centre: leave out --centre\n"),
            (["user", "add", "--name", "ali", "--role", "trainer", "--centre", "NOWHERE", "--password-stdin"], ["long-enough-pass"], "Error: no centre 'NOWHERE'\n"),
            (["user", "disable", "nobody"], [], "Error: no user 'nobody'\n"),
        ]
        for (arguments, input, message) in cases {
            cli.input = input
            let result = cli.run(arguments)
            #expect(result.exitCode == 65, "\(arguments)")
            #expect(result.stderr == message, "\(arguments)")
        }
        let noStdin = cli.run("user", "add", "--name", "ali", "--role", "viewer")
        #expect(noStdin.exitCode == 64 && noStdin.stderr.hasPrefix("Error: a password is read from standard input: add --password-stdin"))
        cli.input = ["long-enough-pass"]
        #expect(cli.run("user", "add", "--name", "ali", "--role", "viewer", "--password-stdin").exitCode == 0)
        cli.input = ["long-enough-pass"]
        #expect(cli.run("user", "add", "--name", "ALI", "--role", "viewer", "--password-stdin").stderr == "Error: the login 'ali' is taken\n")
        #expect(cli.run("user", "list").stdout.components(separatedBy: "\n").count == 3, "one user stored: the refused ones left nothing")
    }
}
