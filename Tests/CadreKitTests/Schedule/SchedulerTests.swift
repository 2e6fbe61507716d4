import CadreCurricula
import CadreKit
import CadreModel
import CadreStore
import Foundation
import Testing

@Suite("Scheduler")
struct SchedulerTests {
    let context = ChangeContext.deterministic(actor: "planner", start: Date(timeIntervalSince1970: 1_634_000_000))

    /// A database with the built-in courses, two centres with a venue each and two trainers.
    func setUp() throws -> (TestDatabase, Scheduler) {
        let database = try TestDatabase()
        _ = try CourseCatalog(database).importCurricula(from: BuiltInCurricula.files, context: context)
        let scheduler = Scheduler(database)
        _ = try scheduler.addCentre(code: "SAATLI", name: "Saatlı Ailə və Uşaq Dəstək Mərkəzi", regionCode: "saatly", address: nil, context: context)
        _ = try scheduler.addCentre(code: "shuvalan", name: "Şüvəlan Ailə və Uşaq Dəstək Mərkəzi", regionCode: "khazar", address: nil, context: context)
        _ = try scheduler.addVenue(name: "Saatlı zal", address: nil, regionCode: "saatly", capacity: 3, centre: "SAATLI", context: context)
        _ = try scheduler.addVenue(name: "Şüvəlan zal", address: nil, regionCode: "khazar", capacity: 30, centre: "SHUVALAN", context: context)
        _ = try scheduler.addTrainer(name: "Aygün Səfərova", organization: nil, email: "aygun@x.az", languages: [.az, .ru], context: context)
        _ = try scheduler.addTrainer(name: "Rauf Həsənli", organization: nil, email: nil, languages: [.az, .en], context: context)
        return (database, scheduler)
    }

    func request(centre: String, venue: String, start: String, trainers: [String], code: String? = nil, force: Bool = false) throws -> Scheduler.EventRequest {
        Scheduler.EventRequest(
            courseCode: "DV-101", centre: centre, venue: venue, start: try #require(CalendarDate(parsing: start)), days: 3,
            trainers: trainers, pattern: Scheduler.defaultPattern, code: code, force: force)
    }

    @Test("the Saatli event gets 6 sessions over 25-27 October; reusing its trainer on the 26th is refused naming the clash, and allowed with --force, audited")
    func octoberRound() throws {
        let (database, scheduler) = try setUp()
        let saatli = try scheduler.schedule(try request(centre: "SAATLI", venue: "V-00001", start: "2021-10-25", trainers: ["TR-00001"], code: "DV-SAATLI-2021-10"), context: context)
        #expect(saatli.sessions.count == 6)
        #expect(saatli.event.startDate.iso == "2021-10-25" && saatli.event.endDate.iso == "2021-10-27")

        let clash = try #require(throws: ScheduleClashes.self) {
            try scheduler.schedule(try request(centre: "SHUVALAN", venue: "V-00002", start: "2021-10-26", trainers: ["aygun@x.az", "TR-00002"]), context: context)
        }
        #expect(clash.clashes.count == 4)
        #expect(clash.clashes.allSatisfy { $0.kind == .trainer })
        #expect(clash.clashes.first?.description
            == "trainer TR-00001 (Aygün Səfərova) is already booked for DV-SAATLI-2021-10 session 3 on 2021-10-26 09:30-12:30; DV-SHUVALAN-2021-10 session 1 on 2021-10-26 09:30-12:30 overlaps it")
        #expect(try database.scalar("SELECT count(*) FROM training_event").intValue == 1, "nothing was written")

        let forced = try scheduler.schedule(try request(centre: "SHUVALAN", venue: "V-00002", start: "2021-10-26", trainers: ["TR-00001", "TR-00002"], force: true), context: context)
        #expect(forced.event.code == "DV-SHUVALAN-2021-10")
        #expect(forced.overridden.count == 4)
        let overrides = try database.audit.entries(entity: "training_session").filter { $0.action == "schedule.override" }
        #expect(overrides.count == 1)
        #expect(overrides.first?.actor == "planner")
        #expect(try scheduler.check().count == 4)
    }

    @Test("a venue booked twice and a trainee in two overlapping events are clashes")
    func venueAndTraineeClashes() throws {
        let (database, scheduler) = try setUp()
        _ = try scheduler.schedule(try request(centre: "SAATLI", venue: "V-00001", start: "2021-10-25", trainers: ["TR-00001"]), context: context)
        let venue = try #require(throws: ScheduleClashes.self) {
            try scheduler.schedule(try request(centre: "SAATLI", venue: "Saatlı zal", start: "2021-10-27", trainers: ["TR-00002"]), context: context)
        }
        #expect(venue.clashes.map(\.kind) == [.venue, .venue])

        let other = try scheduler.schedule(try request(centre: "SHUVALAN", venue: "V-00002", start: "2021-10-27", trainers: ["TR-00002"]), context: context)
        let registry = TraineeRegistry(database)
        _ = try registry.add(TraineeDetails(fullName: "Leyla Həsənova", sex: .female, professionCode: "social-worker"), externalRef: "L1", context: context)
        _ = try scheduler.enroll(eventCode: "DV-SAATLI-2021-10", references: ["L1"], force: false, context: context)
        let trainee = try #require(throws: ScheduleClashes.self) {
            try scheduler.enroll(eventCode: other.event.code, references: ["L1"], force: false, context: context)
        }
        #expect(trainee.clashes.map(\.kind) == [.trainee, .trainee])
        #expect(try database.events.count(of: other.event.id, status: .enrolled) == 0)
    }

    @Test("capacity, the waitlist in order, promotion on withdrawal")
    func waitlist() throws {
        let (database, scheduler) = try setUp()
        let event = try scheduler.schedule(try request(centre: "SAATLI", venue: "V-00001", start: "2021-10-25", trainers: ["TR-00001"]), context: context).event
        let registry = TraineeRegistry(database)
        for index in 1...5 {
            _ = try registry.add(TraineeDetails(fullName: "Person \(index)", sex: .female, professionCode: "social-worker"), externalRef: "P\(index)", context: context)
        }
        let outcomes = try scheduler.enroll(eventCode: event.code, references: ["P1", "P2", "P3", "P4", "P5"], force: false, context: context)
        #expect(outcomes.map(\.result) == [.enrolled, .enrolled, .enrolled, .waitlisted, .waitlisted])
        #expect(try scheduler.enroll(eventCode: event.code, references: ["P1", "P5"], force: false, context: context).map(\.result) == [.alreadyEnrolled, .alreadyWaitlisted])
        #expect(try scheduler.withdraw(eventCode: event.code, reference: "P2", context: context)?.ref == "T-00004")
        let store = database.events
        let p4 = try registry.find("P4")
        #expect(try store.enrollment(event: event.id, trainee: p4.id)?.status == .enrolled, "the first on the waitlist moves up")
        #expect(try store.count(of: event.id, status: .enrolled) == 3)
        #expect(try scheduler.withdraw(eventCode: event.code, reference: "P5", context: context) == nil, "a waitlisted withdrawal frees no place")
        #expect(throws: SchedulingError.notEnrolled(trainee: "T-00005", event: event.code)) {
            try scheduler.withdraw(eventCode: event.code, reference: "P5", context: context)
        }
    }

    @Test("someone outside the course's audience is refused, or enrolled with --force and a warning")
    func audience() throws {
        let (database, scheduler) = try setUp()
        let event = try scheduler.schedule(try request(centre: "SHUVALAN", venue: "V-00002", start: "2021-10-25", trainers: ["TR-00002"]), context: context).event
        _ = try TraineeRegistry(database).add(TraineeDetails(fullName: "Nigar Hakimova", sex: .female, professionCode: "judge"), externalRef: "J1", context: context)
        let error = try #require(throws: SchedulingError.self) { try scheduler.enroll(eventCode: event.code, references: ["J1"], force: false, context: context) }
        #expect(error.description.hasPrefix("T-00001: profession 'judge' is not in the audience of DV-101"))
        let forced = try scheduler.enroll(eventCode: event.code, references: ["J1"], force: true, context: context)
        #expect(forced.first?.result == .enrolled)
        #expect(forced.first?.warning != nil)
    }

    @Test("the enrollment keeps the trainee's facts as they were")
    func snapshot() throws {
        let (database, scheduler) = try setUp()
        let event = try scheduler.schedule(try request(centre: "SAATLI", venue: "V-00001", start: "2021-10-25", trainers: ["TR-00001"]), context: context).event
        let registry = TraineeRegistry(database)
        _ = try registry.add(TraineeDetails(fullName: "A B", sex: .male, professionCode: "volunteer", organization: "NGO", regionCode: "saatly"), externalRef: "S1", context: context)
        _ = try scheduler.enroll(eventCode: event.code, references: ["S1"], force: false, context: context)
        _ = try registry.edit("S1", TraineeDetails(professionCode: "social-worker", organization: "Centre", regionCode: "baku"), context: context)
        let enrollment = try #require(try database.events.enrollment(event: event.id, trainee: try registry.find("S1").id))
        #expect(enrollment.professionCode == "volunteer" && enrollment.organization == "NGO" && enrollment.regionCode == "saatly" && enrollment.sex == .male)
    }

    @Test("added and moved sessions: outside the event, on a weekend or holiday, on a cancelled event")
    func sessionRules() throws {
        let (_, scheduler) = try setUp()
        let event = try scheduler.schedule(try request(centre: "SAATLI", venue: "V-00001", start: "2021-10-25", trainers: ["TR-00001"]), context: context).event
        let slot = try #require(TimeSlot(parsing: "17:00-18:00"))
        let added = try scheduler.addSession(eventCode: event.code, date: try #require(CalendarDate(parsing: "2021-10-26")), slot: slot, trainer: nil, venue: nil, allowWeekend: false, force: false, context: context)
        #expect(added.number == 7)
        let weekend = try #require(throws: ScheduleClashes.self) {
            try scheduler.moveSession(eventCode: event.code, number: 7, date: CalendarDate(parsing: "2021-10-30"), slot: nil, trainer: nil, venue: nil, allowWeekend: false, force: false, context: context)
        }
        #expect(weekend.clashes.map(\.kind) == [.outsideEvent, .nonWorkingDay])
        _ = try scheduler.cancelSession(eventCode: event.code, number: 7, reason: "room unavailable", context: context)
        #expect(throws: SchedulingError.sessionCancelled(event: event.code, number: 7)) {
            try scheduler.cancelSession(eventCode: event.code, number: 7, reason: nil, context: context)
        }
        _ = try scheduler.cancelEvent(event.code, reason: "flood", context: context)
        let cancelled = try #require(throws: ScheduleClashes.self) {
            try scheduler.addSession(eventCode: event.code, date: try #require(CalendarDate(parsing: "2021-10-26")), slot: slot, trainer: nil, venue: nil, allowWeekend: false, force: false, context: context)
        }
        #expect(cancelled.clashes.map(\.kind) == [.cancelledEvent])
        #expect(try scheduler.check().isEmpty)
    }

    @Test("holidays: fixed ones every year, movable ones added; generated event codes stay unique")
    func holidaysAndCodes() throws {
        let (_, scheduler) = try setUp()
        #expect(try !scheduler.isWorkingDay(try #require(CalendarDate(parsing: "2021-11-08"))))
        #expect(try scheduler.isWorkingDay(try #require(CalendarDate(parsing: "2021-07-20"))))
        try scheduler.addHoliday(try #require(CalendarDate(parsing: "2021-07-20")), name: "Qurban bayramı", context: context)
        #expect(try !scheduler.isWorkingDay(try #require(CalendarDate(parsing: "2021-07-20"))))
        let first = try scheduler.schedule(try request(centre: "SAATLI", venue: "V-00001", start: "2021-11-05", trainers: []), context: context).event
        let second = try scheduler.schedule(try request(centre: "SAATLI", venue: "V-00002", start: "2021-11-15", trainers: []), context: context).event
        #expect(first.code == "DV-SAATLI-2021-11")
        #expect(second.code == "DV-SAATLI-2021-11-2")
        #expect(first.endDate.iso == "2021-11-11", "Friday 5, then the weekend and the holidays of 8 and 9 November are skipped")
    }
}
