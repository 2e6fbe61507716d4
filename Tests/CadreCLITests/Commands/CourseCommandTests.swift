import CadreKit
import Foundation
import Testing

@Suite("cadre init and cadre course")
struct CourseCommandTests {
    @Test("init, course import and course list show the built-in curricula")
    func initImportList() throws {
        let cli = try CLIHarness()
        let created = cli.run("init")
        #expect(created.exitCode == 0)
        #expect(created.stdout.contains("Created a Cadre database at \(CLIHarness.onPostgres ? "postgres@" : cli.databasePath)"))

        let imported = cli.run("course", "import")
        #expect(imported.exitCode == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("3 curricula: 3 added, 0 new versions, 0 unchanged."))

        let listed = cli.run("course", "list")
        #expect(listed.exitCode == 0)
        let lines = listed.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("CODE") == true)
        #expect(lines.dropFirst().map { $0.split(separator: " ").first.map(String.init) } == ["DV-101", "JUD-201", "MEDIA-301"])
        #expect(listed.stdout.contains("Məişət zorakılığının qarşısının alınması"))
    }

    @Test("--json gives valid JSON with every course")
    func jsonList() throws {
        let cli = try CLIHarness()
        cli.run("init", "--lang", "en")
        cli.run("course", "import")
        let listed = cli.run("course", "list", "--json")
        #expect(listed.exitCode == 0)
        let courses = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(courses.compactMap { $0["code"] as? String } == ["DV-101", "JUD-201", "MEDIA-301"])
        #expect((courses.first?["modules"] as? [Any])?.count == 6)

        let shown = cli.run("course", "show", "JUD-201", "--json")
        let course = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        #expect(course["audience"] as? [String] == ["judge", "prosecutor", "lawyer"])

        let imported = cli.run("course", "import", "--json")
        let outcomes = try #require(try JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [[String: Any]])
        #expect(outcomes.compactMap { $0["change"] as? String } == ["unchanged", "unchanged", "unchanged"])
    }

    @Test("course show uses the database's default language, and --lang overrides it")
    func languages() throws {
        let cli = try CLIHarness()
        cli.run("init", "--lang", "ru")
        cli.run("course", "import")
        #expect(cli.run("course", "show", "MEDIA-301").stdout.hasPrefix("MEDIA-301 (version 1): Этичное освещение бытового насилия в СМИ"))
        #expect(cli.run("course", "show", "MEDIA-301", "--lang", "en").stdout.contains("Hours: 7 in 4 modules"))
        #expect(cli.run("course", "show", "MEDIA-301", "--lang", "en").stdout.contains("(1.5 h)"))
    }

    @Test("a malformed curriculum names the file and key, exits 65 and loads nothing")
    func malformedCurriculum() throws {
        let cli = try CLIHarness()
        cli.run("init")
        let good = try cli.write("good.json", CurriculumFixtures.valid)
        let bad = try cli.write("bad.json", CurriculumFixtures.valid.replacingOccurrences(of: "\"hours\": 1.5", with: "\"hours\": \"three\""))
        let result = cli.run("course", "import", good.path, bad.path)
        #expect(result.exitCode == 65)
        #expect(result.stderr == "Error: bad.json: $.modules[0].hours: expected a number of hours, found a string\n")
        #expect(result.stdout.isEmpty)
        #expect(cli.run("course", "list", "--json").stdout == "[\n\n]\n" || cli.run("course", "list", "--json").stdout == "[]\n")
    }

    @Test("importing a folder loads its JSON files; a missing path exits 66")
    func folders() throws {
        let cli = try CLIHarness()
        cli.run("init")
        try FileManager.default.createDirectory(at: cli.folder.appendingPathComponent("mine"), withIntermediateDirectories: true)
        try cli.write("mine/a.json", CurriculumFixtures.valid)
        try cli.write("mine/notes.txt", "not a curriculum")
        let result = cli.run("course", "import", "mine")
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains("TEST-1"))
        let missing = cli.run("course", "import", "nowhere")
        #expect(missing.exitCode == 66)
        #expect(missing.stderr.contains("nowhere: no such file or folder"))
    }

    @Test("an unknown course code suggests the closest one")
    func unknownCourse() throws {
        let cli = try CLIHarness()
        cli.run("init")
        cli.run("course", "import")
        let result = cli.run("course", "show", "DV-110")
        #expect(result.exitCode == 65)
        #expect(result.stderr == "Error: no course 'DV-110'; did you mean 'DV-101'?\n")
    }

    @Test("commands on a missing database say how to create one (exit 66) and create nothing", .disabled(if: CLIHarness.onPostgres, "SQLite files"))
    func missingDatabase() throws {
        let cli = try CLIHarness()
        let result = cli.run("course", "list")
        #expect(result.exitCode == 66)
        #expect(result.stderr.contains("create one with 'cadre init'"))
        #expect(!FileManager.default.fileExists(atPath: cli.databasePath))
    }

    @Test("--db and CADRE_DB choose the database, --db first")
    func databaseSelection() throws {
        let cli = try CLIHarness()
        #expect(cli.run("init", "--db", "a.sqlite").exitCode == 0)
        #expect(FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("a.sqlite").path))
        cli.environment["CADRE_DB"] = cli.folder.appendingPathComponent("b.sqlite").path
        #expect(cli.run("init").exitCode == 0)
        #expect(FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("b.sqlite").path))
        #expect(cli.run("--db", "a.sqlite", "course", "import").exitCode == 0)
        #expect(cli.run("course", "list", "--db", "a.sqlite").stdout.contains("DV-101"))
        #expect(!cli.run("course", "list").stdout.contains("DV-101"))
    }

    @Test("init refuses an existing file and a foreign file is never modified", .disabled(if: CLIHarness.onPostgres, "SQLite files"))
    func initRefusesExisting() throws {
        let cli = try CLIHarness()
        cli.run("init")
        let again = cli.run("init")
        #expect(again.exitCode == 1)
        #expect(again.stderr.contains("already exists"))
        let notes = try cli.write("notes.txt", "precious notes")
        let foreign = cli.run("course", "list", "--db", notes.path)
        #expect(foreign.exitCode == 65)
        #expect(try String(contentsOf: notes, encoding: .utf8) == "precious notes")
    }

    @Test("profession and region lists show the reference codes")
    func referenceLists() throws {
        let cli = try CLIHarness()
        cli.run("init")
        let professions = cli.run("profession", "list").stdout.split(separator: "\n")
        #expect(professions.contains { $0.hasPrefix("school-psychologist ") && $0.contains(" Məktəb psixoloqu ") })
        let saatli = cli.run("region", "list", "--search", "Saatli")
        #expect(saatli.stdout.contains("saatly"))
        #expect(saatli.stdout.split(separator: "\n").count == 2)
        let json = cli.run("region", "list", "--json")
        let regions = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: String]])
        #expect(regions.filter { $0["kind"] == "district" }.count == 66)
    }
}

/// A small valid curriculum for CLI tests.
enum CurriculumFixtures {
    static let valid = """
        {
          "code": "TEST-1",
          "title": {"az": "Sınaq", "en": "Test", "ru": "Тест"},
          "audience": [],
          "modules": [{"title": {"az": "Bir", "en": "One", "ru": "Один"}, "hours": 1.5}],
          "completion": {"minAttendancePercent": 80},
          "assessment": {"maxScore": 20}
        }
        """
}
