import Foundation
import Testing

/// The hostile-input corpus in `Tests/CadreCLITests/Hostile/` (and a few inputs too large to
/// keep there, made at run time): each must give a clear error with exit 64 or 65, no crash,
/// nothing written to disk, and a database whose dump is byte for byte what it was before.
@Suite("hostile input")
struct HostileInputTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Hostile")

    static func corpusPath(_ name: String) -> String { corpus.appendingPathComponent(name).path }

    struct Case: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let exitCode: Int32
        /// A part of the error every user would need to see: the file, line, field and problem.
        let message: String
        var testDescription: String { arguments.joined(separator: " ") }

        init(_ arguments: [String], _ exitCode: Int32, _ message: String) {
            self.arguments = arguments
            self.exitCode = exitCode
            self.message = message
        }
    }

    static let event = "DV-SAATLI-2021-10"

    static let cases: [Case] = [
        // Malformed CSV.
        Case(["trainee", "import", corpusPath("csv/empty.csv")], 65, "empty.csv:1: the file is empty"),
        Case(["trainee", "import", corpusPath("csv/only-header.csv")], 65, "only-header.csv:2: has a header but no rows"),
        Case(["attendance", "import", corpusPath("csv/only-header.csv")], 65, "only-header.csv"),
        Case(["trainee", "import", corpusPath("csv/unterminated-quote.csv")], 65, "unterminated-quote.csv:3: unterminated quoted field"),
        Case(["trainee", "import", corpusPath("csv/nul-byte.csv")], 65, "nul-byte.csv:2: contains a NUL byte"),
        Case(["trainee", "import", corpusPath("csv/invalid-utf8.csv")], 65, "invalid-utf8.csv:2: is not valid UTF-8"),
        Case(["trainee", "import", corpusPath("csv/ragged-row.csv")], 65, "ragged-row.csv:2"),
        Case(["trainee", "import", corpusPath("csv/unknown-column.csv")], 65, "password"),
        Case(["trainee", "import", corpusPath("csv/xlsx-renamed.csv")], 65, "xlsx-renamed.csv:1: is a workbook Cadre cannot read"),
        // Wrong encodings.
        Case(["trainee", "import", corpusPath("csv/utf16-le.csv")], 65, "utf16-le.csv:1: the file is UTF-16"),
        Case(["trainee", "import", corpusPath("csv/utf16-be.csv")], 65, "utf16-be.csv:1: the file is UTF-16"),
        Case(["trainee", "import", corpusPath("csv/windows-1251.csv")], 65, "windows-1251.csv:1: is not valid UTF-8"),
        // Impossible dates, sessions and scores.
        Case(["trainee", "import", corpusPath("csv/impossible-date.csv")], 65, "impossible-date.csv:2: column 'birth_date': \"2021-02-30\" is not a date"),
        Case(["event", "schedule", "--course", "DV-101", "--venue", "V-00001", "--start", "2021-02-30"], 65, "\"2021-02-30\" is not a date"),
        Case(["session", "add", event, "--date", "2021-02-30", "--time", "09:00-10:00"], 65, "\"2021-02-30\" is not a date"),
        Case(["report", "trained", "--from", "2021-13-01"], 65, "\"2021-13-01\" is not a date"),
        Case(["attendance", "import", corpusPath("csv/impossible-session.csv")], 65, "impossible-session.csv:2"),
        Case(["assessment", "import", corpusPath("csv/hostile-scores.csv")], 65, "hostile-scores.csv:2"),
        Case(["assessment", "record", event, "P1", "--pre", "-5"], 64, "-5"),
        Case(["assessment", "record", event, "P1", "--post", "99999999999999999999999"], 64, "99999999999999999999999"),
        Case(["assessment", "record", event, "P1", "--post", "NaN"], 64, "NaN"),
        // SQL-looking strings are data: they find nothing and change nothing.
        Case(["attendance", "import", corpusPath("csv/sql-in-refs.csv")], 65, "sql-in-refs.csv:2"),
        Case(["trainee", "show", "' OR 1=1 --"], 65, "no trainee '' OR 1=1 --'"),
        Case(["event", "show", "\(event)'; DROP TABLE trainee;--"], 65, "no event"),
        Case(["event", "enroll", event, "P1'); DELETE FROM enrollment;--"], 65, "P1'); DELETE FROM enrollment;--"),
        Case(["attendance", "mark", event, "--session", "1", "--status", "present", "P1\" OR \"\"=\""], 65, "P1\" OR \"\"=\""),
        // Broken curricula.
        Case(["course", "import", corpusPath("curricula/wrong-types.json")], 65, "wrong-types.json"),
        Case(["course", "import", corpusPath("curricula/deeply-nested.json")], 65, "deeply-nested.json"),
        Case(["course", "import", corpusPath("curricula/truncated.json")], 65, "truncated.json"),
        Case(["course", "import", corpusPath("curricula/duplicate-keys.json")], 65, "duplicate-keys.json"),
        Case(["course", "import", corpusPath("curricula/negative-hours.json")], 65, "negative-hours.json"),
        Case(["course", "import", corpusPath("curricula/binary.json")], 65, "binary.json"),
        // A folder or a special file where a file is expected: exit 66, one line, never a crash.
        Case(["trainee", "import", corpusPath("folder-as-file.csv")], 66, "folder-as-file.csv: is a folder, not a file"),
        Case(["attendance", "import", corpusPath("folder-as-file.csv")], 66, "folder-as-file.csv: is a folder, not a file"),
        Case(["assessment", "import", corpusPath("folder-as-file.csv")], 66, "folder-as-file.csv: is a folder, not a file"),
        Case(["event", "import", corpusPath("folder-as-file.csv")], 66, "folder-as-file.csv: is a folder, not a file"),
        Case(["session", "import", corpusPath("folder-as-file.csv")], 66, "folder-as-file.csv: is a folder, not a file"),
        Case(["enrollment", "import", corpusPath("folder-as-file.csv")], 66, "folder-as-file.csv: is a folder, not a file"),
        Case(["event", "enroll", event, "--from-file", corpusPath("folder-as-file.csv")], 66, "folder-as-file.csv: is a folder, not a file"),
        Case(["trainee", "import", "/proc/self/mem"], 66, "/proc/self/mem: cannot be read"),
        Case(["course", "import", corpusPath("templates")], 66, "templates: holds no .json files"),
        // Output paths that cannot work, and templates that try to leave their folder.
        Case(["sheet", event, "--out", corpusPath("csv/empty.csv")], 65, "empty.csv: is a file, not a folder"),
        Case(["sheet", event, "--out", "/proc/cadre-sheets"], 77, "/proc/cadre-sheets: cannot be created"),
        Case(["site", "--out", "/proc/self/cadre-site"], 77, "cannot be created"),
    ]

    /// A database with an event, enrolments, marks and a score, and its checksum.
    static func populated() throws -> (CLIHarness, String) {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: Array(CLIHarness.azerbaijaniNames.prefix(6)))
        #expect(cli.run("attendance", "mark", event, "--session", "1", "--all-present").exitCode == 0)
        #expect(cli.run("assessment", "record", event, "P1", "--pre", "10").exitCode == 0)
        return (cli, try cli.checksum())
    }

    static func files(in folder: URL) -> Set<String> {
        Set((FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]) ?? [])
    }

    static func expectRefused(_ cli: CLIHarness, _ hostile: Case, checksum: String) throws {
        let filesBefore = files(in: cli.folder)
        let result = cli.run(hostile.arguments)
        #expect(result.exitCode == hostile.exitCode, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("Error: "), "\(result.stderr)")
        #expect(result.stderr.contains(hostile.message), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump"))
        #expect(result.stdout.isEmpty, "\(result.stdout)")
        #expect(files(in: cli.folder) == filesBefore)
        #expect(try cli.checksum() == checksum)
    }

    @Test("each input of the corpus is a clear error and leaves the database exactly as it was", arguments: cases)
    func corpusCase(_ hostile: Case) throws {
        let (cli, checksum) = try Self.populated()
        try Self.expectRefused(cli, hostile, checksum: checksum)
    }

    @Test("inputs too large to keep in the corpus: a 1 MB field and 10,000 columns")
    func oversizedInputs() throws {
        let (cli, checksum) = try Self.populated()
        let bigField = try cli.write("big-field.csv", "full_name,sex,profession\n\"" + String(repeating: "Ə", count: 600_000) + "\",f,judge\n")
        try Self.expectRefused(cli, Case(["trainee", "import", bigField.path], 65, "big-field.csv:2"), checksum: checksum)
        let wide = try cli.write("wide.csv", (0..<10_000).map { "column\($0)" }.joined(separator: ",") + "\n" + String(repeating: "x,", count: 9_999) + "x\n")
        try Self.expectRefused(cli, Case(["trainee", "import", wide.path], 65, "wide.csv:1: more than"), checksum: checksum)
    }

    @Test("a symbolic link inside an output folder is never followed: nothing is written, there or outside")
    func symbolicLinkInOutputFolder() throws {
        let (cli, checksum) = try Self.populated()
        let elsewhere = cli.folder.appendingPathComponent("elsewhere")
        let site = cli.folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: site.appendingPathComponent("events"), withDestinationURL: elsewhere)
        try Self.expectRefused(
            cli, Case(["site", "--out", "site", "--force"], 65, "site/events: is a symbolic link; Cadre never writes through links"),
            checksum: checksum)
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }

    /// Root ignores file modes, so the check runs the binary as `nobody` through setpriv, which needs root.
    static let canRunAsNobody = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    @Test(
        "a read-only database is read but never written: reading works, writing says why (77), doctor reports it",
        .enabled(if: canRunAsNobody, "needs root and setpriv to run the binary as nobody, for whom file modes apply"),
        .disabled(if: CLIHarness.onPostgres, "an SQLite file's modes"))
    func readOnlyDatabase() throws {
        let binary = try #require(BinaryTests.binary)
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Aynur Əliyeva"])
        let folder = cli.folder.appendingPathComponent("readonly")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = folder.appendingPathComponent("cadre.sqlite")
        #expect(cli.run("backup", database.path).exitCode == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: cli.folder.path)
        #expect(chown(database.path, 65534, 65534) == 0)
        let checksum = try DatabaseDump.checksum(of: database.path)

        func asNobody(_ arguments: [String]) throws -> (code: Int32, stdout: String, stderr: String) {
            try BinaryTests.run(
                URL(fileURLWithPath: "/usr/bin/setpriv"),
                ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path, "--db", database.path] + arguments, in: folder,
                environment: ["CADRE_USER": "nobody"])
        }

        // The file is nobody's, the folder root's (0755): nobody cannot create SQLite's journal beside it.
        let list = try asNobody(["trainee", "list"])
        #expect(list.code == 0, "\(list.stderr)")
        #expect(list.stdout.contains("Aynur Əliyeva"))
        let add = try asNobody(["trainee", "add", "--name", "Rəşad Abbasov", "--sex", "m", "--profession", "judge"])
        #expect(add.code == 77)
        #expect(add.stderr == "Error: '\(database.path)' can be read but not changed: its folder '\(folder.path)' is not writable (SQLite keeps its journal beside the file)\n")
        let doctor = try asNobody(["doctor"])
        #expect(doctor.code == 1)
        #expect(doctor.stdout.contains("problem: not writable: its folder"))

        // The folder writable by everyone, the file root's and read-only to others: the file itself is the reason.
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path)
        #expect(chown(database.path, 0, 0) == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: database.path)
        #expect(try asNobody(["event", "show", "DV-SAATLI-2021-10"]).code == 0)
        let mark = try asNobody(["attendance", "mark", "DV-SAATLI-2021-10", "--session", "1", "--all-present"])
        #expect(mark.code == 77)
        #expect(mark.stderr.contains("can be read but not changed: the file is not writable"))
        #expect(try asNobody(["doctor"]).stdout.contains("problem: not writable: the file is not writable"))
        #expect(try DatabaseDump.checksum(of: database.path) == checksum)
    }

    @Test("a customised template whose partial points outside the templates folder is refused")
    func templateEscapingItsFolder() throws {
        let (cli, _) = try Self.populated()
        #expect(cli.run("templates", "export", "custom").exitCode == 0)
        let sheet = cli.folder.appendingPathComponent("custom/html/sign-in-sheet.html")
        try FileManager.default.removeItem(at: sheet)
        try FileManager.default.copyItem(at: Self.corpus.appendingPathComponent("templates/sign-in-sheet.html"), to: sheet)
        try Self.expectRefused(
            cli, Case(["sheet", Self.event, "--templates", "custom"], 65, "../../../../etc/passwd"),
            checksum: try cli.checksum())
    }

    @Test("names with HTML, script, bidi overrides and zero-width characters are stored clean and printed as text")
    func hostileNames() throws {
        let cli = try CLIHarness()
        try cli.saatliEvent(names: ["Əliyev Rəşad"])
        let imported = cli.run("trainee", "import", Self.corpusPath("csv/hostile-names.csv"))
        #expect(imported.exitCode == 0, "\(imported.stderr)")
        #expect(cli.run("event", "enroll", Self.event, "N1", "N2", "N3", "N4").exitCode == 0)
        let list = cli.run("trainee", "list").stdout
        #expect(list.contains("<script>alert(1)</script> Əliyev"))
        #expect(list.contains("robert'); DROP TABLE trainee;--"))
        for invisible: Unicode.Scalar in ["\u{202E}", "\u{202D}", "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{2066}"] {
            #expect(!list.unicodeScalars.contains(invisible))
        }
        #expect(cli.run("sheet", Self.event, "--session", "1", "--out", "sheets").exitCode == 0)
        let sheet = try cli.read("sheets/" + (Self.files(in: cli.folder.appendingPathComponent("sheets")).first ?? ""))
        #expect(!sheet.contains("<script>alert") && !sheet.contains("<img"))
        #expect(sheet.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(sheet.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
    }

    @Test("output paths with '..' or absolute are the user's choice: files land there and nowhere else")
    func explicitOutputPaths() throws {
        let (cli, _) = try Self.populated()
        #expect(cli.run("sheet", Self.event, "--session", "1", "--out", "deep/../sheets").exitCode == 0)
        let absolute = cli.folder.appendingPathComponent("absolute").path
        #expect(cli.run("sheet", Self.event, "--session", "1", "--out", absolute).exitCode == 0)
        let written = Self.files(in: cli.folder).filter { $0.hasSuffix(".html") }
        #expect(written.count == 2)
        #expect(written.allSatisfy { $0.hasPrefix("sheets/") || $0.hasPrefix("absolute/") })
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("deep").path))
    }

    @Test("names that differ only in normalisation (NFC/NFD) or zero-width characters are one person")
    func unicodeVariantsAreOnePerson() throws {
        let cli = try CLIHarness()
        cli.run("init")
        let nfc = "Əliyeva Günel"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(Array(nfc.unicodeScalars) != Array(nfd.unicodeScalars))
        try cli.write("a.csv", "full_name,sex,profession,email,ref\n\(nfc),f,judge,gunel@mail.az,A1\n")
        try cli.write("b.csv", "full_name,sex,profession,email,ref\n\(nfd),f,judge,gunel@mail.az,B1\nƏli\u{200B}yeva Gü\u{200D}nel,f,judge,gunel@mail.az,C1\n")
        #expect(cli.run("trainee", "import", "a.csv").exitCode == 0)
        let second = cli.run("trainee", "import", "b.csv")
        #expect(second.stdout.contains("2 merged as duplicates"), "\(second.stdout)\(second.stderr)")
        #expect(cli.run("trainee", "list").stdout.hasSuffix("1 trainee\n"))

        // Without a shared e-mail the variants are not merged automatically, but `duplicates` pairs them.
        #expect(cli.run("trainee", "add", "--name", "Ma\u{0301}mmədov Elçin", "--sex", "m", "--profession", "police").exitCode == 0)
        #expect(cli.run("trainee", "add", "--name", "Mámmədov El\u{200B}çin", "--sex", "m", "--profession", "police").exitCode == 0)
        let duplicates = cli.run("trainee", "duplicates")
        #expect(duplicates.stdout.contains("Mámmədov Elçin"), "\(duplicates.stdout)")
        #expect(duplicates.stdout.contains("same name"), "\(duplicates.stdout)")
    }
}
