import CadreCurricula
import CadreKit
import CadreModel
import CadreStore
import Foundation
import Testing

/// The trained report checked against an independent fold over the data the test generated.
@Suite("Trained report")
struct TrainedReportTests {
    struct Generated {
        let database: TestDatabase
        /// (person, event, profession, sex, attended, held, post, passMark, minPercent, startMonth)
        var participations: [(person: String, event: String, profession: String, sex: Sex, attended: Int, held: Int, post: Int?, passMark: Int?, minPercent: Int, month: String)] = []
    }

    /// Three events of two courses; 30 people, some in two events, one registered twice and
    /// merged, one who changes profession after the first event; attendance and scores from a
    /// seeded generator.
    func generate() throws -> Generated {
        let context = ChangeContext.deterministic(actor: "test", start: Date(timeIntervalSince1970: 1_600_000_000))
        let database = try TestDatabase()
        _ = try CourseCatalog(database).importCurricula(from: BuiltInCurricula.files, context: context)
        let scheduler = Scheduler(database)
        _ = try scheduler.addVenue(name: "Hall", address: nil, regionCode: nil, capacity: 100, centre: nil, context: context)
        let events = [("DV-A", "DV-101", "2021-10-25"), ("DV-B", "DV-101", "2021-11-15"), ("JUD-A", "JUD-201", "2021-11-22")]
        for (code, course, start) in events {
            _ = try scheduler.schedule(
                .init(courseCode: course, centre: nil, venue: "V-00001", start: try #require(CalendarDate(parsing: start)), days: nil, trainers: [],
                      pattern: Scheduler.defaultPattern, code: code), context: context)
        }
        let registry = TraineeRegistry(database)
        let professions = ["social-worker", "school-psychologist", "volunteer", "local-administration"]
        var generated = Generated(database: database)
        var random = SplitMix64(seed: 7)
        var profession: [String: String] = [:]
        for index in 1...30 {
            let person = try registry.add(
                TraineeDetails(fullName: "Person \(index)", sex: index % 3 == 0 ? .male : .female,
                               professionCode: index > 26 ? "judge" : professions[index % professions.count]),
                externalRef: "R\(index)", context: context)
            profession[person.ref] = person.professionCode
        }
        // R31 is R5 registered again; merged into R5 later, so it is the same person.
        _ = try registry.add(TraineeDetails(fullName: "Person Five", sex: .female, professionCode: professions[1]), externalRef: "R31", context: context)
        let plan: [(String, [String])] = [
            ("DV-A", (1...12).filter { $0 != 5 }.map { "R\($0)" } + ["R31"]), ("DV-B", (5...20).filter { $0 != 8 }.map { "R\($0)" }),
            ("JUD-A", (27...30).map { "R\($0)" }),
        ]
        for (event, refs) in plan {
            _ = try scheduler.enroll(eventCode: event, references: refs, force: true, context: context)
        }
        // R8 changes job after DV-A: DV-B sees the new profession, DV-A keeps the old one.
        _ = try registry.edit("R8", TraineeDetails(professionCode: "volunteer"), context: context)
        _ = try scheduler.enroll(eventCode: "DV-B", references: ["R8"], force: true, context: context)
        let book = AttendanceBook(database)
        let assessments = AssessmentBook(database)
        for (event, refs) in plan {
            let sessions = event.hasPrefix("JUD") ? 4 : 6
            let allRefs = refs + (event == "DV-B" ? ["R8"] : [])
            for ref in Array(Set(allRefs)).sorted() {
                var attended = 0
                for session in 1...sessions {
                    let status: AttendanceMark.Status = [.present, .present, .present, .late, .absent, .excused][Int(random.next() % 6)]
                    if status.countsAsAttended { attended += 1 }
                    if random.next() % 10 != 0 {
                        _ = try book.mark(eventCode: event, session: session, references: [ref], status: status, context: context)
                    } else if status.countsAsAttended {
                        attended -= 1  // not recorded counts as not attended
                    }
                }
                let post: Int? = random.next() % 5 == 0 ? nil : Int(random.next() % 21)
                if let post { _ = try assessments.record(eventCode: event, reference: ref, pre: nil, post: post, maxScore: nil, context: context) }
                let person = ref == "R31" ? "R5" : ref
                generated.participations.append((
                    person: person, event: event, profession: ref == "R8" && event == "DV-B" ? "volunteer" : (ref == "R31" ? professions[1] : profession[try registry.find(ref).ref] ?? ""),
                    sex: try registry.find(ref).sex ?? .female, attended: attended, held: sessions, post: post,
                    passMark: event.hasPrefix("JUD") ? 14 : 12, minPercent: event.hasPrefix("JUD") ? 75 : 80, month: event == "DV-A" ? "2021-10" : "2021-11"))
            }
        }
        _ = try registry.merge(keep: "R5", other: "R31", context: context)
        return generated
    }

    func completed(_ p: Generated.Element) -> Bool {
        p.held > 0 && p.attended * 100 >= p.minPercent * p.held && (p.passMark == nil || (p.post ?? -1) >= (p.passMark ?? 0))
    }

    @Test("persons and participations by profession and sex match an independent count, with zero rows and a distinct total")
    func byProfessionAndSex() throws {
        let data = try generate()
        let completers = data.participations.filter(completed)
        for counting in TrainedQuery.Counting.allCases {
            let report = try TrainedReport.make(
                TrainedQuery(dimensions: [.profession, .sex], measure: .completed, counting: counting), database: data.database, now: Date())
            #expect(report.lines.count == 12 * 2, "every profession × both sexes")
            for line in report.lines {
                let matching = completers.filter { $0.profession == line.values[0] && $0.sex.rawValue == line.values[1] }
                let expected = counting == .persons ? Set(matching.map(\.person)).count : matching.count
                #expect(line.count == expected, "\(counting) \(line.values)")
            }
            let total = counting == .persons ? Set(completers.map(\.person)).count : completers.count
            #expect(report.total == total)
        }
    }

    @Test("measures: enrolled and attended; month dimension; the merged duplicate is one person")
    func measures() throws {
        let data = try generate()
        let enrolled = try TrainedReport.make(TrainedQuery(dimensions: [.month], measure: .enrolled), database: data.database, now: Date())
        for line in enrolled.lines {
            #expect(line.count == Set(data.participations.filter { $0.month == line.values[0] }.map(\.person)).count)
        }
        #expect(enrolled.total == Set(data.participations.map(\.person)).count)
        #expect(enrolled.total == 24, "R31 is R5: 20 in the DV events, 4 judges")
        let attended = try TrainedReport.make(TrainedQuery(dimensions: [], measure: .attended, counting: .participations), database: data.database, now: Date())
        #expect(attended.total == data.participations.filter { $0.attended >= 1 }.count)
    }

    @Test("the profession counted is the one at the event")
    func asAtSnapshot() throws {
        let data = try generate()
        let report = try TrainedReport.make(TrainedQuery(dimensions: [.profession], measure: .enrolled, counting: .participations), database: data.database, now: Date())
        let volunteers = report.lines.first { $0.values == ["volunteer"] }?.count
        #expect(volunteers == data.participations.filter { $0.profession == "volunteer" }.count)
    }
}

extension TrainedReportTests.Generated {
    typealias Element = (person: String, event: String, profession: String, sex: Sex, attended: Int, held: Int, post: Int?, passMark: Int?, minPercent: Int, month: String)
}
