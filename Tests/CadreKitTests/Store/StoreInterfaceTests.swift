import CadreKit
import CadreModel
import CadreStore
import CadreStorePostgres
import Foundation
import Testing

/// The domain runs behind ``Store`` alone: the register, the trainee import and the places
/// commands give the same results, the same refusals and the same audit log on SQLite and on
/// PostgreSQL (when `CADRE_TEST_POSTGRES` names a server).
@Suite("The store interface")
struct StoreInterfaceTests {
    static let header = "full_name,sex,profession,organization,region,email,phone,national_id,ref\n"

    /// One session of work, written down line by line: what each step returned or refused.
    static func transcript(of store: any Store, folder: TemporaryFolder) throws -> [String] {
        let context = ChangeContext.deterministic(actor: "tester", start: Date(timeIntervalSince1970: 1_635_000_000))
        var lines: [String] = []
        func step(_ name: String, _ body: () throws -> String) {
            do { lines.append("\(name): \(try body())") } catch { lines.append("\(name): refused: \(error)") }
        }
        func person(_ name: String, email: String? = nil, phone: String? = nil, fin: String? = nil, profession: String = "social-worker") -> TraineeDetails {
            TraineeDetails(fullName: name, sex: .female, professionCode: profession, regionCode: "saatly", email: email, phone: phone, nationalID: fin)
        }
        func describe(_ trainee: Trainee) -> String {
            [trainee.ref, trainee.fullName ?? "—", trainee.email ?? "—", trainee.phone ?? "—", trainee.externalRefs.joined(separator: "+")].joined(separator: " ")
        }
        let registry = TraineeRegistry(store)

        step("add Aynur") { try registry.add(person("Aynur Əliyeva", email: "a@x.az"), externalRef: "S-1", context: context).ref }
        step("add Leyla") { try registry.add(person("Leyla Orucova", phone: "+994501112233", fin: "1AB2CD3"), externalRef: nil, context: context).ref }
        step("add Aynur again") { try registry.add(person("AYNUR ƏLİYEVA", email: "a@x.az"), externalRef: nil, context: context).ref }
        step("add with a taken ref") { try registry.add(person("Someone Else"), externalRef: "S-1", context: context).ref }
        step("add Aynur by force") { try registry.add(person("aynur əliyeva", email: "a@x.az"), externalRef: nil, force: true, context: context).ref }
        step("add Səbinə") { try registry.add(person("Səbinə Quliyeva", phone: "+994559998877"), externalRef: "S-9", context: context).ref }
        step("add Sebine") { try registry.add(person("QULİYEVA SƏBİNƏ", phone: "+994559998877", profession: "judge"), externalRef: nil, context: context).ref }
        step("edit") { try registry.edit("S-1", TraineeDetails(phone: "+994700000000"), context: context).1.joined(separator: ",") }
        step("find by centre ref") { describe(try registry.find("S-9")) }
        step("find by short ref in lower case") { describe(try registry.find("t-00002")) }
        step("find nobody") { describe(try registry.find("T-99999")) }
        step("list judges") { try registry.list(TraineeFilter(professionCode: "judge")).trainees.map(describe).joined(separator: "; ") }
        step("search") { try registry.list(TraineeFilter(search: "quliyeva", limit: 1)).trainees.map(describe).joined(separator: "; ") }
        step("duplicates") { try registry.probableDuplicates().map { "\($0.first.ref)~\($0.second.ref) \($0.reason)" }.joined(separator: "; ") }
        step("merge") { describe(try registry.merge(keep: "T-00004", other: "T-00005", context: context)) }
        step("merged ref resolves to the kept person") { describe(try registry.find("T-00005")) }
        step("erase") { describe(try registry.erase("T-00003", reason: "asked", context: context)) }

        let good = try folder.write("good.csv", header + """
            Nərmin Vəliyeva,qadın,Sosial işçi,,Saatlı,n@x.az,,,S-20
            Aynur Əliyeva,female,social-worker,,saatly,a@x.az,,,S-21
            Leyla Orucova,female,social-worker,Bakı məktəbi,saatly,,,1AB2CD3,
            Kamran Məmmədov,kişi,Hakim,,Saatlı,,,,S-9

            """)
        step("import") { "\(try TraineeImporter(store).importFile(good, options: .init(), context: context).summary)" }
        let bad = try folder.write("bad.csv", header + "Rəşad Quliyev,male,astronaut,,saatly,,,,S-30\nTofiq Əliyev,male,judge,,saatly,,,,S-31\n")
        step("import with a bad row") { "\(try TraineeImporter(store).importFile(bad, options: .init(), context: context).summary)" }
        step("nothing of it was stored") { try registry.list(TraineeFilter(search: "Tofiq")).matching.description }
        step("import skipping it") { "\(try TraineeImporter(store).importFile(bad, options: .init(skipInvalid: true), context: context).summary)" }
        step("dry run") { "\(try TraineeImporter(store).importFile(good, options: .init(dryRun: true), context: context).summary)" }

        let scheduler = Scheduler(store)
        step("centre") { try scheduler.addCentre(code: "saat", name: "Saatlı mərkəzi", regionCode: "saatly", address: nil, context: context).code }
        step("centre again") { try scheduler.addCentre(code: "SAAT", name: "Other", regionCode: nil, address: nil, context: context).code }
        step("venue") { try scheduler.addVenue(name: "Hall A", address: nil, regionCode: nil, capacity: 30, centre: "saat", context: context).code }
        step("venue at no centre") { try scheduler.addVenue(name: "Hall B", address: nil, regionCode: nil, capacity: nil, centre: "NOPE", context: context).code }
        step("trainer") { try scheduler.addTrainer(name: "Elnur Həsənov", organization: nil, email: "e@x.az", languages: [.az, .ru], context: context).ref }
        let holiday = try #require(CalendarDate(parsing: "2021-11-10"))
        step("holiday") {
            try scheduler.addHoliday(holiday, name: "Bayram", context: context)
            return "\(try scheduler.isWorkingDay(holiday))"
        }

        let everyone = try registry.list(TraineeFilter()).trainees
        lines.append("register: " + everyone.map(describe).joined(separator: "; "))
        let audit = try store.read { try $0.audit.entries(entity: "trainee") }
        lines.append("audit: " + audit.map { "\($0.action) \($0.detail ?? "")" }.joined(separator: " | "))
        return lines
    }

    @Test("the register, the trainee import and the places give the same results on SQLite and PostgreSQL", .enabled(if: ScratchPostgres.server != nil))
    func sameResultsOnBothStores() throws {
        let folder = try TemporaryFolder()
        let sqlite = try Database.open(at: folder.path("cadre.sqlite"), mode: .create)
        defer { sqlite.close() }
        let postgres = try ScratchPostgres()

        let onSQLite = try Self.transcript(of: sqlite, folder: folder)
        let onPostgres = try Self.transcript(of: postgres.store, folder: folder)
        for (a, b) in zip(onSQLite, onPostgres) { #expect(a == b) }
        #expect(onSQLite.count == onPostgres.count)

        // The session did what it says, so agreeing is not agreeing on nothing.
        #expect(onSQLite.contains { $0.hasPrefix("add Aynur again: refused: this person is already registered as T-00001 (same e-mail and name)") })
        #expect(onSQLite.contains("edit: phone"))
        #expect(onSQLite.contains { $0.hasPrefix("merged ref resolves to the kept person: T-00004 Səbinə Quliyeva") })
        #expect(onSQLite.contains("nothing of it was stored: 0"))
        #expect(onSQLite.contains("venue: V-00001"))
        #expect(onSQLite.contains("holiday: false"))
        #expect(onSQLite.last?.contains("trainee.merge") == true)
    }

    @Test("a write that throws leaves PostgreSQL as it was, as SQLite's transactions do; a nested one is undone alone", .enabled(if: ScratchPostgres.server != nil))
    func allOrNothingOnPostgres() throws {
        let postgres = try ScratchPostgres()
        let memory: any Store = postgres.store
        struct Stop: Error {}
        let context = ChangeContext.deterministic(actor: "tester", start: Date(timeIntervalSince1970: 1_635_000_000))
        _ = try TraineeRegistry(memory).add(
            TraineeDetails(fullName: "Aynur Əliyeva", sex: .female, professionCode: "judge"), externalRef: nil, context: context)
        #expect(throws: Stop.self) {
            try memory.write { store in
                try store.settings.set("lang", to: "ru")
                _ = try store.trainees.nextShortRef()
                throw Stop()
            }
        }
        #expect(try memory.settings.value("lang") == nil)
        #expect(try memory.trainees.nextShortRef() == "T-00002")
        try memory.write { outer in
            try outer.settings.set("kept", to: "yes")
            #expect(throws: Stop.self) { try outer.write { try $0.settings.set("undone", to: "yes"); throw Stop() } }
        }
        #expect(try memory.settings.value("kept") == "yes" && memory.settings.value("undone") == nil)
    }

    /// SQLite in memory, and PostgreSQL when a server is there.
    static func bothStores() throws -> [(any Store, ScratchPostgres?)] {
        let postgres = ScratchPostgres.server == nil ? nil : try ScratchPostgres()
        return [(try Database.inMemory(), nil)] + (postgres.map { [($0.store, $0)] } ?? [])
    }

    @Test("a rule the database keeps becomes a StoreConflict naming the record, not an engine's code")
    func constraintFailuresAreConflicts() throws {
        for (store, keep) in try Self.bothStores() { try withExtendedLifetime(keep) { try conflicts(store) } }
    }

    private func conflicts(_ store: any Store) throws {
        let now = Date(timeIntervalSince1970: 1_635_000_000)
        try store.write { try $0.scheduling.insert(Centre(id: UUID(), code: "SAAT", name: "Saatlı"), at: now) }
        let twice = try #require(throws: StoreConflict.self) {
            try store.write { try $0.scheduling.insert(Centre(id: UUID(), code: "SAAT", name: "Other"), at: now) }
        }
        #expect(twice == StoreConflict(rule: .unique, record: "centre", fields: ["code"]))
        #expect(twice.description == "another centre with the same code was stored at the same time; nothing was stored — try again")
        #expect(twice.category == .conflict)
        let dangling = try #require(throws: StoreConflict.self) {
            try store.write { try $0.scheduling.insert(Venue(id: UUID(), code: "V-1", centreID: UUID(), name: "Hall"), at: now) }
        }
        #expect(dangling == StoreConflict(rule: .reference, record: nil, fields: []))
        #expect(try store.read { try $0.scheduling.venues() }.isEmpty)
    }

    @Test("the rules written once in the interface hold on either store: the audit entry's time, the default language")
    func interfaceRules() throws {
        let asked = Date(timeIntervalSince1970: 1_600_000_000)
        for (store, keep) in try Self.bothStores() {
            defer { withExtendedLifetime(keep) {} }
            let context = ChangeContext.deterministic(actor: "tester", start: Date(timeIntervalSince1970: 1_635_000_000))
            try store.write { try $0.audit.record(context, "course.import", entity: "course", detail: "x", at: asked) }
            try store.write { try $0.audit.record(context, "course.import", entity: "course", detail: "y") }
            let entries = try store.audit.entries(entity: "course")
            #expect(entries.map(\.at) == [asked, Date(timeIntervalSince1970: 1_635_000_000)], "the time asked for, else the clock")
            #expect(entries.allSatisfy { $0.actor == "tester" })
            #expect(try store.settings.defaultLanguage() == .az, "Azerbaijani until a database says otherwise")
            try store.settings.set("lang", to: "ru")
            #expect(try store.settings.defaultLanguage() == .ru)
        }
    }
}
