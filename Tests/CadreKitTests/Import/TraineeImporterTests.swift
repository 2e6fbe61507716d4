import CadreKit
import CadreModel
import CadreStore
import Foundation
import Testing

@Suite("Trainee import")
struct TraineeImporterTests {
    let context = ChangeContext.deterministic(actor: "tester", start: Date(timeIntervalSince1970: 1_635_000_000))

    struct Fixture {
        let folder: TemporaryFolder
        let database: TestDatabase

        init() throws {
            folder = try TemporaryFolder()
            database = try TestDatabase()
        }

        func count(_ table: String) throws -> Int {
            try database.scalar("SELECT count(*) FROM \(table)").intValue ?? -1
        }
    }

    func run(_ fixture: Fixture, _ text: String, _ options: TraineeImporter.Options = .init()) throws -> TraineeImporter.Summary {
        let file = try fixture.folder.write("t.csv", text)
        return try TraineeImporter(fixture.database).importFile(file, options: options, context: context).summary
    }

    static let header = "full_name,sex,profession,organization,region,email,phone,national_id,ref\n"

    @Test("Azerbaijani and Russian headers, in any order, are understood")
    func aliasHeaders() throws {
        let fixture = try Fixture()
        let summary = try run(fixture, "Telefon;ФИО;Пол;Peşə;Rayon;E-poçt;FİN\n050 111 22 33;Leyla Həsənova;женский;Sosial işçi;Saatlı;l@x.az;1AB2CD3\n")
        #expect(summary.added == 1)
        let trainee = try #require(try TraineeRegistry(fixture.database).list(.init()).trainees.first)
        #expect(trainee.fullName == "Leyla Həsənova")
        #expect(trainee.sex == .female)
        #expect(trainee.professionCode == "social-worker")
        #expect(trainee.regionCode == "saatly")
        #expect(trainee.phone == "+994501112233")
        #expect(trainee.nationalID == "1AB2CD3")
    }

    @Test("short references continue from import to import and to `trainee add`; a refused or dry-run import uses none")
    func shortReferencesAreCounted() throws {
        let fixture = try Fixture()
        let rows = ["Ali Vəliyev,kişi,Hakim,,Saatlı,,,,R1", "Leyla Həsənova,qadın,Hakim,,Saatlı,,,,R2"]
        #expect(try run(fixture, Self.header + rows.joined(separator: "\n") + "\n").added == 2)
        #expect(throws: ImportRejected.self) { try run(fixture, Self.header + "Aynur Quliyeva,qadın,Hakim,,Saatlı,,,,R3\nX,?,Hakim,,,,,,R4\n") }
        #expect(try run(fixture, Self.header + "Aynur Quliyeva,qadın,Hakim,,Saatlı,,,,R3\n", .init(dryRun: true)).added == 1)
        #expect(try run(fixture, Self.header + "Aynur Quliyeva,qadın,Hakim,,Saatlı,,,,R3\n").added == 1)
        var details = TraineeDetails()
        details.fullName = "Rəşad Abbasov"
        details.sex = .male
        details.professionCode = "judge"
        let added = try TraineeRegistry(fixture.database).add(details, externalRef: nil, context: context)
        let refs = try TraineeRegistry(fixture.database).list(.init()).trainees.map(\.ref).sorted()
        #expect(refs == ["T-00001", "T-00002", "T-00003", "T-00004"])
        #expect(added.ref == "T-00004")
    }

    @Test("unknown columns are an error unless mapped or ignored")
    func unknownColumns() throws {
        let fixture = try Fixture()
        let text = "Ad Soyad,Cins,Vəzifə yeri,Qeyd\nAli Vəliyev,kişi,Hakim,x\n"
        let error = try #require(throws: ImportRejected.self) { try run(fixture, text) }
        #expect(error.problems.map(\.column) == ["Vəzifə yeri", "Qeyd", "profession"])
        #expect(error.problems[0].description.hasPrefix("t.csv:1: column 'Vəzifə yeri': is not a known column; map it with --map"))
        let summary = try run(fixture, text, .init(columnMap: ["Vəzifə yeri": "profession", "Qeyd": "ignore"]))
        #expect(summary.added == 1)
    }

    @Test("two columns for one field are named by their positions")
    func duplicateColumns() throws {
        let fixture = try Fixture()
        let same = try #require(throws: ImportRejected.self) { try run(fixture, "full_name,sex,profession,full_name\nA B,f,judge,A B\n") }
        #expect(same.problems.map(\.description) == ["t.csv:1: column 'full_name': columns 1 and 4 are both 'full_name'; remove or rename one"])
        let synonyms = try #require(throws: ImportRejected.self) { try run(fixture, "Ad Soyad,Cins,Peşə,ФИО\nA B,f,judge,A B\n") }
        #expect(synonyms.problems.map(\.description) == [
            "t.csv:1: column 'ФИО': columns 1 ('Ad Soyad') and 4 ('ФИО') both hold full_name; ignore one with --map 'ФИО=ignore'",
        ])
    }

    @Test("a file without a required column is refused")
    func missingRequired() throws {
        let fixture = try Fixture()
        let error = try #require(throws: ImportRejected.self) { try run(fixture, "full_name,sex\nA B,f\n") }
        #expect(error.problems.map(\.reason) == ["is required but the file has no such column"])
    }

    @Test("any invalid row aborts the whole import, listing every problem with its line")
    func allOrNothing() throws {
        let fixture = try Fixture()
        let text = Self.header
            + "Aynur Əliyeva,qadın,social-worker,,Saatlı,a@x.az,,,R1\n"
            + "Bad Mail,kişi,judge,,Baku,x@@y,,,R2\n"
            + "Cəlal Quliyev,kişi,astronaut,,Saatlu,,12,,R3\n"
        let error = try #require(throws: ImportRejected.self) { try run(fixture, text) }
        #expect(error.problems.map(\.description) == [
            "t.csv:3: column 'email': \"x@@y\" is not an e-mail address",
            "t.csv:4: column 'profession': \"astronaut\" is not a known profession (see 'cadre profession list')",
            "t.csv:4: column 'region': \"Saatlu\" is not a known region; did you mean 'Saatlı'?",
            "t.csv:4: column 'phone': \"12\" is not a phone number (expected e.g. 050 123 45 67 or +994 50 123 45 67)",
        ])
        #expect(error.description.hasPrefix("2 of 3 rows are invalid; nothing was imported (fix the file, or use --skip-invalid --rejects FILE):\n"))
        #expect(try fixture.count("trainee") == 0)
        #expect(try fixture.count("trainee_external_ref") == 0)
        #expect(try fixture.count("audit_log") == 0)
        #expect(try fixture.database.scalar("SELECT count(*) FROM ref_counter").intValue == 0)
    }

    @Test("--skip-invalid imports exactly the valid rows and returns the others with reasons")
    func skipInvalid() throws {
        let fixture = try Fixture()
        let file = try fixture.folder.write("t.csv", Self.header + "A Ə,f,judge,,,,,,R1\nB,x,judge,,,,,,R2\nC Ç,m,judge,,,,,,R3\n")
        let result = try TraineeImporter(fixture.database).importFile(file, options: .init(skipInvalid: true), context: context)
        #expect(result.summary.added == 2)
        #expect(result.summary.rejected == 1)
        #expect(result.rejected.map(\.line) == [3])
        #expect(result.rejected.first?.fields == ["B", "x", "judge", "", "", "", "", "", "R2"])
        #expect(result.rejected.first?.reason.contains("column 'sex': \"x\" is not a sex") == true)
    }

    @Test("re-importing the same file changes nothing")
    func idempotent() throws {
        let fixture = try Fixture()
        let text = Self.header + "Aynur Əliyeva,F,social-worker,RİH,Saatlı,a@x.az,0501112233,1AAAAA1,R1\nNo Ref Person,M,volunteer,,,,,,\n"
        #expect(try run(fixture, text).added == 2)
        let again = try run(fixture, text)
        #expect(again.unchanged == 2)
        #expect(again.added + again.updated + again.merged == 0)
        #expect(try fixture.count("trainee") == 2)
    }

    @Test("a changed row is an update of the person its ref names, audited without personal values")
    func update() throws {
        let fixture = try Fixture()
        _ = try run(fixture, Self.header + "Aynur Əliyeva,F,social-worker,,Saatlı,a@x.az,,,R1\n")
        let summary = try run(fixture, Self.header + "Aynur Əliyeva,F,school-psychologist,,Saatlı,new@x.az,,,R1\n")
        #expect(summary.updated == 1)
        let trainee = try TraineeRegistry(fixture.database).find("R1")
        #expect(trainee.professionCode == "school-psychologist")
        #expect(trainee.email == "new@x.az")
        let entries = try fixture.database.audit.entries(entity: "trainee", entityID: trainee.id.databaseText)
        #expect(entries.map(\.action) == ["trainee.update"])
        #expect(entries.first?.detail?.contains("changed: profession, email") == true)
        #expect(entries.allSatisfy { !($0.detail ?? "").contains("new@x.az") && $0.newValue == nil })
    }

    @Test("the same FIN, or the same e-mail and name, is one person: merged, each ref resolving to them")
    func strongDuplicates() throws {
        let fixture = try Fixture()
        let summary = try run(fixture, Self.header
            + "AYNUR ƏLİYEVA,F,social-worker,,Saatlı,,,5AB12C3,S-1\n"
            + "Aynur Aliyeva,F,social-worker,RİH,Saatlı,,,5ab12c3,S-2\n"
            + "Günel Orucova,F,volunteer,,,gunel@x.az,,,S-3\n"
            + "GÜNEL ORUCOVA,F,volunteer,,,Gunel@X.az,050 222 33 44,,S-4\n"
            + "Günel Orucova,F,volunteer,,,other@x.az,,,S-5\n")
        #expect(summary.added == 3)
        #expect(summary.merged == 2)
        let registry = TraineeRegistry(fixture.database)
        #expect(try registry.find("S-2").ref == registry.find("S-1").ref)
        #expect(try registry.find("S-2").organization == "RİH", "gaps are filled from the duplicate")
        #expect(try registry.find("S-4").ref == registry.find("S-3").ref)
        #expect(try registry.find("S-4").phone == "+994502223344")
        #expect(try registry.find("S-5").ref != registry.find("S-3").ref, "a different e-mail is not a certain match")
        let again = try run(fixture, Self.header + "Aynur Aliyeva,F,social-worker,RİH,Saatlı,,,5ab12c3,S-2\n")
        #expect(again.unchanged == 1)
    }

    @Test("a ref and a FIN naming different people is a conflict, reported on the row")
    func conflictingMatch() throws {
        let fixture = try Fixture()
        _ = try run(fixture, Self.header + "A A,F,judge,,,,,1111111,R1\nB B,M,judge,,,,,2222222,R2\n")
        let error = try #require(throws: ImportRejected.self) { try run(fixture, Self.header + "A A,F,judge,,,,,2222222,R1\n") }
        #expect(error.problems.first?.description == "t.csv:2: column 'ref': \"R1\" is T-00001, but the row is T-00002 by same national id")
    }

    @Test("a dry run reports what would happen and stores nothing")
    func dryRun() throws {
        let fixture = try Fixture()
        let summary = try run(fixture, Self.header + "A A,F,judge,,,,,,R1\n", .init(dryRun: true))
        #expect(summary.added == 1)
        #expect(summary.dryRun)
        #expect(try fixture.count("trainee") == 0)
    }

    @Test("a generated file with 3 % duplicate registrations and 1 % invalid rows: refused whole, or valid rows merged into persons")
    func generatedFile() throws {
        let fixture = try Fixture()
        let rows = 4_000
        var text = "Ad Soyad;Cins;Peşə;Rayon;E-poçt;Telefon;FİN;ID\r\n"
        var invalidLines: [Int] = []
        var duplicates = 0
        for index in 0..<rows {
            let line = index + 2
            if index % 100 == 37 {
                invalidLines.append(line)
                text += "Pərvin Abbasova \(index);qadın;social-worker;Saatlı;p\(index)@@x;;;X\(index)\r\n"
            } else if index % 100 < 3 && index >= 100 {
                duplicates += 1
                let original = index - 97
                text += "NAME \(original);kişi;volunteer;Xəzər;;;\(fin(original));X\(index)\r\n"
            } else {
                text += "Name \(index);kişi;volunteer;Xəzər;n\(index)@mail.az;050 \(100 + index % 900) 11 22;\(fin(index));X\(index)\r\n"
            }
        }
        let error = try #require(throws: ImportRejected.self) { try run(fixture, text) }
        #expect(Set(error.problems.map(\.line)) == Set(invalidLines))
        #expect(try fixture.count("trainee") == 0)

        let summary = try run(fixture, text, .init(skipInvalid: true))
        #expect(summary.rejected == invalidLines.count)
        #expect(summary.merged == duplicates)
        #expect(summary.added == rows - invalidLines.count - duplicates)
        #expect(try fixture.count("trainee") == summary.added)
        #expect(try TraineeRegistry(fixture.database).find("X201").ref == TraineeRegistry(fixture.database).find("X104").ref)
    }

    @Test("rows naming people added earlier in the file, in the same chunk and the next: merged, updated, recognised")
    func earlierRowsOfTheFile() throws {
        let fixture = try Fixture()
        var rows = [
            "Ali Vəliyev,M,judge,,,,,1000001,R1",
            "Ali Veliyev,M,judge,Org,,,,1000001,R2",
            "Ali Vəliyev,M,judge,,,new@x.az,,,R2",
            "No Ref,F,volunteer,,,,,,",
            "No Ref,F,volunteer,,,,,,",
        ]
        rows += (1...600).map { "Filler \($0),F,volunteer,,,,,,F\($0)" }
        rows += ["Ali Vəliyev,M,school-psychologist,,,,,1000001,R1", "No Ref,F,volunteer,,,,,,"]
        let summary = try run(fixture, Self.header + rows.joined(separator: "\n") + "\n")
        #expect(summary.added == 2 + 600)
        #expect(summary.mergedRows.map(\.line) == [3], "the second registration, in the same chunk as the first")
        #expect(summary.updated == 2, "line 4 fills the e-mail through the merged ref; line 608 changes the profession")
        #expect(summary.unchanged == 2, "lines 6 and 609 are the same record as line 5")
        let person = try TraineeRegistry(fixture.database).find("R2")
        #expect(person.ref == "T-00001" && person.organization == "Org" && person.email == "new@x.az")
        #expect(person.professionCode == "school-psychologist")
        #expect(try fixture.count("trainee") == 602)
        let again = try run(fixture, Self.header + rows.joined(separator: "\n") + "\n")
        #expect(again.added == 0 && again.merged == 0, "and again, nobody new")
        #expect(try fixture.count("trainee") == 602)
    }

    @Test("a row without a reference is the same record only when every detail is the same, not when the name is")
    func sameNameWithoutReference() throws {
        let fixture = try Fixture()
        #expect(try run(fixture, Self.header + "Aynur Əliyeva,F,volunteer,,,,,,\n").added == 1)
        let summary = try run(fixture, Self.header + "Aynur Əliyeva,F,volunteer,,,,,,\nAYNUR ƏLİYEVA,F,judge,,,,,,\n")
        #expect(summary.unchanged == 1 && summary.added == 1, "the same name with another profession is someone else")
        #expect(try fixture.count("trainee") == 2)
    }

    private func fin(_ index: Int) -> String {
        let digits = String(index)
        return "F" + String(repeating: "0", count: 6 - digits.count) + digits
    }
}
