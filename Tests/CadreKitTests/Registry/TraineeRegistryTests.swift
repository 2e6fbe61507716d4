import CadreKit
import CadreModel
import CadreStore
import Foundation
import Testing

@Suite("Trainee registry")
struct TraineeRegistryTests {
    let context = ChangeContext.deterministic(actor: "tester", start: Date(timeIntervalSince1970: 1_635_000_000))

    func details(_ name: String, email: String? = nil, fin: String? = nil, phone: String? = nil) -> TraineeDetails {
        TraineeDetails(
            fullName: name, sex: .female, professionCode: "social-worker", regionCode: "saatly", email: email, phone: phone,
            nationalID: fin)
    }

    @Test("add gives short refs in order and refuses a person already registered")
    func add() throws {
        let registry = TraineeRegistry(try TestDatabase())
        let first = try registry.add(details("Aynur Əliyeva", email: "a@x.az"), externalRef: "S-1", context: context)
        #expect(first.ref == "T-00001")
        #expect(try registry.add(details("Leyla Orucova"), externalRef: nil, context: context).ref == "T-00002")
        let error = try #require(throws: TraineeRegistryError.self) {
            try registry.add(details("AYNUR ƏLIYEVA".lowercased(), email: "a@x.az"), externalRef: nil, context: context)
        }
        #expect(error == .alreadyRegistered(existingRef: "T-00001", reason: "same e-mail and name"))
        #expect(try registry.add(details("aynur əliyeva", email: "a@x.az"), externalRef: nil, force: true, context: context).ref == "T-00003")
        #expect(throws: TraineeRegistryError.referenceTaken(ref: "S-1", ownerRef: "T-00001")) {
            try registry.add(details("Someone Else"), externalRef: "S-1", context: context)
        }
    }

    @Test("every command's reference resolves: short ref in any case, or the centre's ref")
    func references() throws {
        let registry = TraineeRegistry(try TestDatabase())
        let added = try registry.add(details("Aynur Əliyeva"), externalRef: "Saatli-017", context: context)
        #expect(try registry.find("t-00001").id == added.id)
        #expect(try registry.find("Saatli-017").id == added.id)
        #expect(throws: NotFound(kind: "trainee", reference: "T-99999")) { try registry.find("T-99999") }
    }

    @Test("probable duplicates: same name in another case, order or spelling of letters; same phone")
    func probableDuplicates() throws {
        let registry = TraineeRegistry(try TestDatabase())
        _ = try registry.add(details("Səbinə Quliyeva", phone: "+994501112233"), externalRef: nil, context: context)
        _ = try registry.add(details("QULİYEVA SƏBİNƏ", phone: "+994501112233"), externalRef: nil, context: context)
        _ = try registry.add(details("Sebine Quliyeva"), externalRef: nil, context: context)
        _ = try registry.add(details("Nərmin Vəliyeva", phone: "+994559998877"), externalRef: nil, context: context)
        _ = try registry.add(details("Nərmin Vəliyeva-Həsənova", phone: "+994559998877"), externalRef: nil, context: context)
        let pairs = try registry.probableDuplicates().map { "\($0.first.ref)-\($0.second.ref): \($0.reason)" }
        #expect(pairs == [
            "T-00001-T-00002: same name and phone",
            "T-00001-T-00003: same name, apart from case, diacritics or spacing",
            "T-00002-T-00003: same name, apart from case, diacritics or spacing",
            "T-00004-T-00005: same phone, different name",
        ])
        #expect(try TraineeRegistry(try TestDatabase()).probableDuplicates().isEmpty)
    }

    @Test("merge moves enrollments, attendance, scores and certificates, and the other's refs resolve to the kept person")
    func merge() throws {
        let database = try TestDatabase()
        let registry = TraineeRegistry(database)
        let keep = try registry.add(details("Aynur Əliyeva"), externalRef: "S-1", context: context)
        let other = try registry.add(details("Aynur Aliyeva", email: "aynur@x.az"), externalRef: "S-2", context: context)
        try EventFixture.make(database, events: ["E1", "E2"])
        try EventFixture.enroll(database, trainee: other.id, event: "E1", marks: ["present", "late"], preScore: 5)
        try EventFixture.enroll(database, trainee: keep.id, event: "E2", marks: ["absent"], preScore: nil)
        try EventFixture.enroll(database, trainee: other.id, event: "E2", marks: ["present", "present"], preScore: 7)

        let merged = try registry.merge(keep: "S-1", other: "T-00002", context: context)
        #expect(merged.email == "aynur@x.az", "the kept record gains facts it lacked")
        #expect(merged.fullName == "Aynur Əliyeva", "but keeps its own")
        #expect(Set(merged.externalRefs) == ["S-1", "S-2"])
        #expect(try registry.find("T-00002").id == keep.id)
        #expect(try registry.find("S-2").id == keep.id)
        let enrollments = try database.rows("SELECT id FROM enrollment WHERE trainee_id = (SELECT id FROM trainee WHERE uuid = ?)", [keep.id])
        #expect(enrollments.count == 2)
        #expect(try database.scalar("SELECT count(*) FROM enrollment WHERE trainee_id = (SELECT id FROM trainee WHERE uuid = ?)", [other.id]).intValue == 0)
        // In E2 the kept person's mark for session 1 wins; the other's mark fills session 2.
        let e2 = try database.rows(
            """
            SELECT s.number, a.status FROM attendance a JOIN training_session s ON s.id = a.session_id
            JOIN enrollment e ON e.id = a.enrollment_id JOIN training_event v ON v.id = e.event_id
            WHERE v.code = 'E2' ORDER BY s.number
            """).map { "\($0.int(at: 0) ?? 0):\($0.int(at: 1) ?? -1)" }
        #expect(e2 == ["1:\(AttendanceCode.code(.absent))", "2:\(AttendanceCode.code(.present))"])
        #expect(try database.scalar("SELECT count(*) FROM assessment_score").intValue == 2)
        #expect(try database.audit.entries(entity: "trainee", entityID: keep.id.databaseText).map(\.action).last == "trainee.merge")
        #expect(throws: TraineeRegistryError.self) { try registry.merge(keep: "S-1", other: "S-2", context: context) }
    }

    @Test("erase removes personal data from the record and its merged duplicates, keeps the statistics, and leaves no trace in the file")
    func erase() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("cadre.sqlite")
        let database = try Database.open(at: path, mode: .create)
        let registry = TraineeRegistry(database)
        let person = try registry.add(details("Zərifə Unikalova", email: "zerife.unikal@x.az", fin: "9ZZ9ZZ9"), externalRef: "UNIQ-REF-1", context: context)
        _ = try registry.add(details("Zarifa Unikalova", phone: "+994701234567"), externalRef: "UNIQ-REF-2", context: context)
        try EventFixture.make(database, events: ["E1"])
        try EventFixture.enroll(database, trainee: person.id, event: "E1", marks: ["present"], preScore: 3)
        _ = try registry.merge(keep: "T-00001", other: "T-00002", context: context)

        let erased = try registry.erase("UNIQ-REF-1", reason: "request of 2026-11-20", context: context)
        try database.vacuum()
        database.close()
        #expect(erased.fullName == nil && erased.email == nil && erased.nationalID == nil && erased.phone == nil)
        #expect(erased.sex == .female && erased.professionCode == "social-worker" && erased.regionCode == "saatly")
        #expect(erased.externalRefs.isEmpty)

        let reopened = try Database.open(at: path)
        #expect(try reopened.scalar("SELECT count(*) FROM enrollment").intValue == 1)
        #expect(try reopened.scalar("SELECT count(*) FROM attendance").intValue == 1)
        #expect(try reopened.scalar("SELECT count(*) FROM trainee WHERE full_name IS NOT NULL OR phone IS NOT NULL").intValue == 0)
        #expect(throws: TraineeRegistryError.alreadyErased("T-00001")) { try TraineeRegistry(reopened).erase("T-00001", reason: "again", context: context) }
        reopened.close()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        for secret in ["Unikalova", "zerife.unikal", "9ZZ9ZZ9", "UNIQ-REF", "+994701234567"] {
            #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(secret) survives in the file")
        }
    }

    @Test("export: UTF-8 BOM, CRLF, formulas neutralised, quoting; pseudonyms stable and contact-free")
    func export() throws {
        let database = try TestDatabase()
        let registry = TraineeRegistry(database)
        _ = try registry.add(details("=HYPERLINK(\"http://x\",\"y\")", email: "a@x.az", fin: "1AB2CD3"), externalRef: "@ref", context: context)
        _ = try registry.add(TraineeDetails(fullName: "Əli Vəliyev", sex: .male, professionCode: "judge", organization: "-Court, Baku", phone: "+994501112233"), externalRef: nil, context: context)
        var text = ""
        #expect(try registry.export(pseudonymize: false, context: context) { text += $0 } == 2)
        #expect(text.hasPrefix("\u{FEFF}ref,full_name,sex,"))
        // Letters sort before symbols, so Əli comes first.
        let lines = text.dropFirst().components(separatedBy: "\r\n")
        #expect(lines[2] == "T-00001,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",female,social-worker,,saatly,a@x.az,,1AB2CD3,,'@ref")
        #expect(lines[1] == "T-00002,Əli Vəliyev,male,judge,\"'-Court, Baku\",,,'+994501112233,,,")

        var first = ""
        var second = ""
        _ = try registry.export(pseudonymize: true, context: context) { first += $0 }
        _ = try registry.export(pseudonymize: true, context: context) { second += $0 }
        #expect(first == second)
        #expect(first.hasPrefix("\u{FEFF}pseudonym,sex,profession,organization,region\r\nP-"))
        for secret in ["HYPERLINK", "Əli", "a@x.az", "1AB2CD3", "+994", "T-0000", "@ref"] { #expect(!first.contains(secret)) }
    }
}
