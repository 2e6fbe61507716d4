import CadreModel
import Foundation
import Testing

@Suite("cadre trainee")
struct TraineeCommandTests {
    static let excelCSV =
        "\u{FEFF}Ad Soyad;Cins;Peşə;Təşkilat;Rayon;E-poçt;Telefon;FİN;ID\r\n"
        + "İSMAYILOVA AYNUR;qadın;Sosial işçi;\"Saatlı RİH; sosial şöbə\";Saatlı;Aynur@Mail.az;050 123 45 67;5abc123;S-001\r\n"
        + "ılqar məmmədov;kişi;psixoloq;\"Məktəb №3\r\n(Saatlı)\";Saatli;ilqar@mail.az;(050) 123-45-68;;S-002\r\n"
        + "Aynur İsmayılova;Q;social worker;;Саатлы;aynur@mail.az;+994 50 1234567;5ABC123;S-003\r\n"

    func imported() throws -> CLIHarness {
        let cli = try CLIHarness()
        cli.run("init")
        try cli.write("signup.csv", Self.excelCSV)
        let result = cli.run("trainee", "import", "signup.csv", "--verbose")
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout == """
            3 rows: 2 added, 0 updated, 0 unchanged, 1 merged as duplicates, 0 rejected.
            merged: signup.csv:5 → T-00001 (same national id)

            """)
        return cli
    }

    @Test("an Excel CSV (BOM, semicolons, CRLF, quoted line breaks, Azerbaijani headers) imports and re-imports idempotently")
    func importExcel() throws {
        let cli = try imported()
        #expect(cli.run("trainee", "import", "signup.csv").stdout == "3 rows: 0 added, 0 updated, 3 unchanged, 0 merged as duplicates, 0 rejected.\n")
        let limited = cli.run("trainee", "list", "--limit", "1")
        #expect(limited.stdout.hasSuffix("1 of 2 trainees (--limit 1)\n"))
        let listed = cli.run("trainee", "list", "--json").stdout
        #expect(listed.contains("\"S-001\"") && listed.contains("\"S-003\"") && listed.contains("\"S-002\""), "the centres' references, as in trainee show")
        #expect(cli.run("trainee", "list", "--search", "S-003").stdout.contains("İsmayılova"))
        let list = cli.run("trainee", "list", "--lang", "en")
        #expect(list.stdout.contains("T-00002  ılqar məmmədov    male    School psychologist  Saatly District"))
        #expect(list.stdout.hasSuffix("2 trainees\n"))
        let shown = cli.run("trainee", "show", "S-003")
        #expect(shown.stdout.contains("Reference      T-00001"))
        #expect(shown.stdout.contains("Centre refs    S-001, S-003"))
        let json = cli.run("trainee", "show", "S-002", "--json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["organization"] as? String == "Məktəb №3 (Saatlı)")
        #expect(object["phone"] as? String == "+994501234568")
    }

    @Test("a file with bad rows exits 65, lists each problem with its line, and writes nothing")
    func badRows() throws {
        let cli = try CLIHarness()
        cli.run("init")
        try cli.write("bad.csv", "full_name,sex,profession,email\nGood Name,f,judge,g@x.az\nBad,z,judge,x@@y\n")
        let result = cli.run("trainee", "import", "bad.csv")
        #expect(result.exitCode == 65)
        #expect(result.stderr.contains("bad.csv:3: column 'sex': \"z\" is not a sex"))
        #expect(result.stderr.contains("bad.csv:3: column 'email': \"x@@y\" is not an e-mail address"))
        #expect(cli.run("trainee", "list").stdout.hasSuffix("0 trainees\n"))

        #expect(cli.run("trainee", "import", "bad.csv", "--rejects", "r.csv").exitCode == 64)
        let skipped = cli.run("trainee", "import", "bad.csv", "--skip-invalid", "--rejects", "r.csv")
        #expect(skipped.exitCode == 0)
        #expect(skipped.stdout.contains("1 added") && skipped.stdout.contains("1 rejected"))
        let rejects = try cli.read("r.csv")
        #expect(rejects.hasPrefix("\u{FEFF}full_name,sex,profession,email,reason\r\nBad,z,judge,x@@y,"))
        let attributes = try FileManager.default.attributesOfItem(atPath: cli.folder.appendingPathComponent("r.csv").path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test("malformed files are a one-line error naming the line, exit 65, nothing written; a missing file exits 66")
    func malformedFiles() throws {
        let cli = try CLIHarness()
        cli.run("init")
        try Data(Array("full_name,sex,profession\n".utf8) + [0x00, 0xFF, 0x10]).write(to: cli.folder.appendingPathComponent("binary.csv"))
        try Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]).write(to: cli.folder.appendingPathComponent("book.csv"))
        try cli.write("quote.csv", "full_name,sex,profession\n\"Never closed,f,judge\n")
        try Data([0xFF, 0xFE] + Array("f\0u\0".utf8)).write(to: cli.folder.appendingPathComponent("utf16.csv"))
        try Data(Array("full_name,sex,profession\n".utf8) + [0xC0, 0xE9, 0xED, 0xF3, 0xF0, 0x2C, 0x66, 0x2C, 0x6A, 0x0A]).write(
            to: cli.folder.appendingPathComponent("cp1251.csv"))
        let expectations = [
            ("binary.csv", "Error: binary.csv:2: contains a NUL byte; this is not a text file\n"),
            ("book.csv", "Error: book.csv:1: is a workbook Cadre cannot read (it is too short to be a workbook); save its first sheet as 'CSV UTF-8' and use that\n"),
            ("quote.csv", "Error: quote.csv:2: unterminated quoted field (the quote opened on line 2 is never closed)\n"),
            ("utf16.csv", "Error: utf16.csv:1: the file is UTF-16; save it as 'CSV UTF-8'\n"),
            ("cp1251.csv", "Error: cp1251.csv:2: is not valid UTF-8 (perhaps Windows-1251); save the file as 'CSV UTF-8'\n"),
        ]
        for (file, message) in expectations {
            let result = cli.run("trainee", "import", file)
            #expect(result.exitCode == 65, "\(file)")
            #expect(result.stderr == message)
        }
        #expect(cli.run("trainee", "list").stdout.hasSuffix("0 trainees\n"))
        #expect(cli.run("trainee", "import", "absent.csv").exitCode == 66)
    }

    @Test("a malformed line after hundreds of good rows stops the import: nothing of the rows before it is kept")
    func malformedLateInFile() throws {
        let cli = try CLIHarness()
        cli.run("init")
        // Rows are parsed on a second thread in batches and stored as they arrive, so the
        // good rows are in the transaction when the reader meets the broken quote.
        let good = (1...600).map { "Ad\($0) Soyad,f,judge\n" }.joined()
        try cli.write("late.csv", "full_name,sex,profession\n" + good + "\"Never closed,f,judge\n")
        let result = cli.run("trainee", "import", "late.csv")
        #expect(result.exitCode == 65)
        #expect(result.stderr == "Error: late.csv:602: unterminated quoted field (the quote opened on line 602 is never closed)\n")
        #expect(cli.run("trainee", "list").stdout.hasSuffix("0 trainees\n"))
        try cli.write("late.csv", "full_name,sex,profession\n" + good)
        #expect(cli.run("trainee", "import", "late.csv").exitCode == 0)
        #expect(cli.run("trainee", "list").stdout.hasSuffix("600 trainees\n"))
    }

    @Test("add, edit, duplicates, merge and erase from the command line")
    func lifecycle() throws {
        let cli = try imported()
        let added = cli.run("trainee", "add", "--name", "ƏLİYEV RAMİN", "--sex", "kişi", "--profession", "könüllü", "--region", "Xəzər", "--phone", "055 111 22 33")
        #expect(added.stdout == "Registered T-00003: Əliyev Ramin\n")
        #expect(cli.run("trainee", "add", "--name", "X", "--sex", "m", "--profession", "judge", "--email", "x@@y").exitCode == 65)
        #expect(cli.run("trainee", "add", "--name", "X").stderr.hasPrefix("Error: Missing expected argument '--sex <sex>'"))
        #expect(cli.run("trainee", "edit", "T-00003", "--organization", "Könüllülər birliyi").stdout == "T-00003: changed organization.\n")

        cli.run("trainee", "add", "--name", "Ramin Əliyev", "--sex", "kişi", "--profession", "volunteer", "--phone", "+994551112233")
        #expect(cli.run("trainee", "duplicates").stdout.contains("T-00003  T-00004  Əliyev Ramin / Ramin Əliyev  same name and phone"))
        #expect(cli.run("trainee", "merge", "T-00003", "T-00004").exitCode == 0)
        #expect(cli.run("trainee", "show", "T-00004").stdout.contains("Reference      T-00003"))

        let erased = cli.run("trainee", "erase", "T-00003", "--reason", "asked on 2026-11-25")
        #expect(erased.stdout == "Erased the personal data of T-00003.\n")
        #expect(cli.run("trainee", "show", "T-00003").stdout.contains("Name           (erased)"))
        #expect(cli.run("trainee", "erase", "T-00003").exitCode == 64)
    }

    @Test("export writes an Excel-safe file, 0600, and refuses to overwrite without --force")
    func export() throws {
        let cli = try imported()
        #expect(cli.run("trainee", "export", "--out", "all.csv").stdout.hasPrefix("Exported 2 trainees"))
        let url = cli.folder.appendingPathComponent("all.csv")
        let text = try cli.read("all.csv")
        #expect(text.hasPrefix("\u{FEFF}ref,full_name"))
        #expect(text.contains(",'+994501234567,"))
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(cli.run("trainee", "export", "--out", "all.csv").exitCode == 1)
        #expect(cli.run("trainee", "export", "--out", "all.csv", "--force", "--pseudonymize").exitCode == 0)
        #expect(try !cli.read("all.csv").contains("Aynur"))
        let stdout = cli.run("trainee", "export")
        #expect(stdout.stdout.hasPrefix("\u{FEFF}ref,"))
    }
}

@Suite("trainee import: the rejects file")
struct RejectsFileTests {
    @Test("--rejects naming the file being imported is refused, even with --force, and the sheet is left as it was")
    func rejectsIsTheInput() throws {
        let cli = try CLIHarness()
        #expect(cli.run("init").exitCode == 0)
        let sheet = "full_name;sex;profession\r\nAynur Əliyeva;qadın;Sosial işçi\r\nRəşad;x;Sosial işçi\r\n"
        try cli.write("signup.csv", sheet)
        for path in ["signup.csv", "./signup.csv", cli.folder.appendingPathComponent("signup.csv").path] {
            let result = cli.run("trainee", "import", "signup.csv", "--skip-invalid", "--rejects", path, "--force")
            #expect(result.exitCode == 64 && result.stderr.contains("is the file being imported"), "\(path): \(result.stderr)")
        }
        #expect(try cli.read("signup.csv") == sheet)
        #expect(!cli.run("trainee", "list").stdout.contains("Aynur"), "nothing stored")
    }
}
