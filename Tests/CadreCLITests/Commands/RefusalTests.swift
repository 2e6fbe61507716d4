import Foundation
import Testing

/// Refusals as a user meets them: a non-zero exit always means nothing was stored, one
/// `Error:` line that names the problem without flooding the terminal, and the right exit code.
@Suite("refusals: nothing stored, one line, the right exit code")
struct RefusalTests {
    static let signup = "full_name,sex,profession,ref\nAynur Əliyeva,f,social-worker,A1\nRəşad Abbasov,x,judge,A2\nGünel Orucova,f,police,A3\n"

    @Test("an import whose --rejects file exists is refused before anything is stored")
    func rejectsFileCheckedFirst() throws {
        let cli = try CLIHarness()
        cli.run("init")
        try cli.write("signup.csv", Self.signup)
        try cli.write("rejects.csv", "kept\n")
        let checksum = try cli.checksum()
        let refused = cli.run("trainee", "import", "signup.csv", "--skip-invalid", "--rejects", "rejects.csv")
        #expect(refused.exitCode == 1)
        #expect(refused.stderr == "Error: \(cli.folder.appendingPathComponent("rejects.csv").path): already exists; use --force to replace it\n")
        #expect(try cli.checksum() == checksum, "nothing stored")
        #expect(try cli.read("rejects.csv") == "kept\n")
        let missingFolder = cli.run("trainee", "import", "signup.csv", "--skip-invalid", "--rejects", "nowhere/rejects.csv")
        #expect(missingFolder.exitCode == 66)
        #expect(try cli.checksum() == checksum, "nothing stored")
        let stored = cli.run("trainee", "import", "signup.csv", "--skip-invalid", "--rejects", "rejects.csv", "--force")
        #expect(stored.exitCode == 0, "\(stored.stderr)")
        #expect(try cli.read("rejects.csv").contains("line 3"))
    }

    @Test("the certificate register writes both of its files or neither")
    func registerBothOrNeither() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva"])
        try cli.write("register.html", "kept")
        let refused = cli.run("certificate", "register", "--out", "register.csv")
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.hasSuffix("register.html: already exists; use --force to replace it\n"))
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("register.csv").path))
        #expect(cli.run("certificate", "register", "--out", "register.csv", "--force").exitCode == 0)
        #expect(try cli.read("register.csv").hasPrefix("\u{FEFF}serial,status,holder,trainee_ref,course,event,start_date,end_date,issue_date,issued_at") || (try cli.read("register.csv")).contains("issue_date"))
    }

    @Test("a refused restore creates no database and no lock file")
    func refusedRestoreCreatesNothing() throws {
        let cli = try CLIHarness()
        try cli.write("bad.sqlite", "not a database")
        let refused = cli.run("restore", "bad.sqlite", "--force", "--db", "new.sqlite")
        #expect(refused.exitCode == 65)
        #expect(refused.stderr == "Error: '\(cli.folder.appendingPathComponent("bad.sqlite").path)' is not a healthy Cadre database (is not an SQLite database); nothing was restored\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).sorted() == ["bad.sqlite"])
    }

    @Test("a huge value is shortened in the error and a bidi override is shown escaped, in one line")
    func quotedValuesAreShortAndVisible() throws {
        let cli = try CLIHarness()
        cli.run("init")
        let huge = String(repeating: "x", count: 100_000)
        try cli.write("huge.csv", "full_name,sex,profession\nAynur Əliyeva,\(huge),judge\n")
        let refused = cli.run("trainee", "import", "huge.csv")
        #expect(refused.exitCode == 65)
        #expect(refused.stderr.count < 300, "\(refused.stderr.count) characters")
        #expect(refused.stderr.contains("\"" + String(repeating: "x", count: 60) + "…\""))
        #expect(refused.stderr.split(separator: "\n").count == 1, "one problem, one line")
        #expect(refused.stderr.hasSuffix("; nothing was imported (fix the file, or use --skip-invalid --rejects FILE)\n"))

        let bidi = cli.run("trainee", "show", "T-\u{202E}00001")
        #expect(bidi.exitCode == 65)
        #expect(bidi.stderr == "Error: no trainee 'T-\\u{202E}00001'\n")
        #expect(!bidi.stderr.unicodeScalars.contains("\u{202E}"))
    }

    @Test("registering someone already registered is bad input (65), not a failure")
    func alreadyRegisteredIsBadInput() throws {
        let cli = try CLIHarness()
        cli.run("init")
        let add = ["trainee", "add", "--name", "Aynur Əliyeva", "--sex", "f", "--profession", "judge", "--email", "aynur@mail.az"]
        #expect(cli.run(add).exitCode == 0)
        let again = cli.run(add)
        #expect(again.exitCode == 65)
        #expect(again.stderr.hasPrefix("Error: this person is already registered as T-00001"))
    }

    @Test("sheets and certificates into a folder that holds files need --force, like every file Cadre writes")
    func oneOverwriteRule() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva"])
        #expect(cli.run("sheet", "DV-SAATLI-2021-10", "--session", "1", "--out", "sheets").exitCode == 0)
        let again = cli.run("sheet", "DV-SAATLI-2021-10", "--session", "2", "--out", "sheets")
        #expect(again.exitCode == 1)
        #expect(again.stderr.hasSuffix("sheets: already holds files; use --force to write into it (pages of the same name are replaced)\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder.appendingPathComponent("sheets").path).count == 1)
        #expect(cli.run("sheet", "DV-SAATLI-2021-10", "--session", "2", "--out", "sheets", "--force").exitCode == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder.appendingPathComponent("sheets").path).count == 2)
        try cli.write("certificates-note.txt", "")
        #expect(cli.run("certificate", "print", "DV-SAATLI-2021-10", "--out", ".").exitCode == 1, "the working folder holds files")
        #expect(cli.run("site", "--out", "sheets").exitCode == 1)
    }
}
