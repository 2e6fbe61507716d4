import CadreCurricula
import CadreKit
import CadreModel
import CadreStore
import Foundation
import Testing

@Suite("Course catalog")
struct CourseCatalogTests {
    let context = ChangeContext.deterministic(actor: "tester", start: Date(timeIntervalSince1970: 1_635_000_000))

    @Test("importing the built-in curricula adds each course once; re-importing changes nothing")
    func importIsIdempotent() throws {
        let database = try TestDatabase()
        let catalog = CourseCatalog(database)
        let first = try catalog.importCurricula(from: BuiltInCurricula.files, context: context)
        #expect(first.map(\.change) == [.added, .added, .added])
        let auditCount = try database.scalar("SELECT count(*) FROM audit_log").intValue
        let second = try catalog.importCurricula(from: BuiltInCurricula.files, context: context)
        #expect(second.map(\.change) == [.unchanged, .unchanged, .unchanged])
        #expect(try database.scalar("SELECT count(*) FROM course").intValue == 3)
        #expect(try database.scalar("SELECT count(*) FROM audit_log").intValue == auditCount)
        let course = try #require(try catalog.course(code: "dv-101"))
        #expect(course.version == 1)
        #expect(course.modules.count == 6)
        #expect(course.modules[0].objectives.count == 2)
        #expect(course.totalMinutes == 1080)
    }

    @Test("a changed curriculum becomes a new version; layout-only changes do not")
    func changedFileIsNewVersion() throws {
        let folder = try TemporaryFolder()
        let database = try TestDatabase()
        let catalog = CourseCatalog(database)
        let file = try folder.write("t.json", CurriculumDecoderTests.valid)
        _ = try catalog.importCurricula(from: [file], context: context)

        try folder.write("t.json", CurriculumDecoderTests.valid.replacingOccurrences(of: "\n", with: " "))
        #expect(try catalog.importCurricula(from: [file], context: context).map(\.change) == [.unchanged])

        try folder.write("t.json", CurriculumDecoderTests.valid.replacingOccurrences(of: "\"hours\": 1.5", with: "\"hours\": 2"))
        let outcome = try catalog.importCurricula(from: [file], context: context)
        #expect(outcome.map(\.change) == [.newVersion])
        #expect(outcome.map(\.version) == [2])
        #expect(try database.courses.versions(code: CourseCode("TEST-1")).map(\.totalMinutes) == [90, 120])
        #expect(try catalog.course(code: "TEST-1")?.version == 2)
    }

    @Test("one malformed file among good ones means nothing is loaded")
    func allOrNothing() throws {
        let folder = try TemporaryFolder()
        let database = try TestDatabase()
        let bad = try folder.write("bad.json", CurriculumDecoderTests.valid.replacingOccurrences(of: "\"maxScore\": 20", with: "\"maxScore\": \"20\""))
        let error = try #require(throws: CurriculumError.self) {
            try CourseCatalog(database).importCurricula(from: BuiltInCurricula.files + [bad], context: context)
        }
        #expect(error.description == "bad.json: $.assessment.maxScore: expected a whole number, found a string")
        #expect(try database.scalar("SELECT count(*) FROM course").intValue == 0)
        #expect(try database.scalar("SELECT count(*) FROM audit_log").intValue == 0)
    }

    @Test("two files with the same course code are refused")
    func duplicateCodes() throws {
        let folder = try TemporaryFolder()
        let database = try TestDatabase()
        let a = try folder.write("a.json", CurriculumDecoderTests.valid)
        let b = try folder.write("b.json", CurriculumDecoderTests.valid)
        let error = try #require(throws: CurriculumError.self) { try CourseCatalog(database).importCurricula(from: [a, b], context: context) }
        #expect(error.description.contains("course code 'TEST-1' appears in more than one file"))
    }

    @Test("each import is recorded in the audit log with who did it")
    func importIsAudited() throws {
        let database = try TestDatabase()
        _ = try CourseCatalog(database).importCurricula(from: BuiltInCurricula.files, context: context)
        let entries = try database.audit.entries(entity: "course")
        #expect(entries.count == 3)
        #expect(entries.allSatisfy { $0.actor == "tester" && $0.action == "course.import" })
    }
}
