import CadreKit
import CadreModel
import Testing

@Suite("Calendar and session planning")
struct SessionPlannerTests {
    func date(_ text: String) throws -> CalendarDate { try #require(CalendarDate(parsing: text)) }

    @Test("day arithmetic and ISO weekdays")
    func arithmetic() throws {
        #expect(try date("2021-10-25").isoWeekday == 1)
        #expect(try date("2021-10-30").isWeekend)
        #expect(try date("2021-10-29").adding(days: 3).iso == "2021-11-01")
        #expect(try date("2020-02-28").adding(days: 1).iso == "2020-02-29")
        #expect(try date("2021-12-31").adding(days: 1).iso == "2022-01-01")
        for text in ["1970-01-01", "2000-02-29", "2021-10-25", "2099-12-31"] {
            let value = try date(text)
            #expect(CalendarDate(dayNumber: value.dayNumber) == value)
        }
        #expect(CalendarDate(parsing: "2021-02-30") == nil)
        #expect(CalendarDate(parsing: " 2021-10-25 ")?.iso == "2021-10-25")
        #expect(CalendarDate(parsing: "25.10.2021")?.iso == "2021-10-25")
        #expect(CalendarDate(parsing: "5/1/2021")?.iso == "2021-01-05")
        for text in ["2021-1-025", "2021-10-2x", "2021_10_25", "２０２１-10-25", "2021-13-01", "1899-12-31", "", "2021-10-25-"] {
            #expect(CalendarDate(parsing: text) == nil, "\(text)")
        }
    }

    @Test("time slots and day patterns")
    func slots() {
        #expect(TimeSlot.pattern("09:30-12:30,13:30-16:30")?.map(\.minutes) == [180, 180])
        #expect(TimeSlot(parsing: "9:30–11:00")?.description == "09:30-11:00")
        #expect(TimeSlot.pattern("09:30-12:30,12:00-13:00") == nil, "overlapping slots")
        #expect(TimeSlot(parsing: "12:30-09:30") == nil)
        #expect(TimeSlot(parsing: "25:00-26:00") == nil)
    }

    let pattern = TimeSlot.pattern("09:30-12:30,13:30-16:30") ?? []

    @Test("an 18-hour course from Monday 25 October 2021 fills six sessions over three days, module by module")
    func dv101() throws {
        let sessions = try SessionPlanner.plan(
            moduleMinutes: Array(repeating: 180, count: 6), start: try date("2021-10-25"), days: 3, slots: pattern,
            isWorkingDay: { !$0.isWeekend })
        #expect(sessions.map(\.date.iso) == ["2021-10-25", "2021-10-25", "2021-10-26", "2021-10-26", "2021-10-27", "2021-10-27"])
        #expect(sessions.map(\.modulePosition) == [1, 2, 3, 4, 5, 6])
        #expect(sessions.map(\.slot.description) == ["09:30-12:30", "13:30-16:30", "09:30-12:30", "13:30-16:30", "09:30-12:30", "13:30-16:30"])
    }

    @Test("weekends and holidays are skipped; the last session ends when the hours run out")
    func skipsAndTrims() throws {
        let holidays: Set<String> = ["2021-11-08", "2021-11-09"]
        let sessions = try SessionPlanner.plan(
            moduleMinutes: [120, 120, 90, 90], start: try date("2021-11-05"), days: nil, slots: pattern,
            isWorkingDay: { !$0.isWeekend && !holidays.contains($0.iso) })
        #expect(sessions.map(\.date.iso) == ["2021-11-05", "2021-11-05", "2021-11-10"])
        #expect(sessions.last?.slot.description == "09:30-10:30")
        #expect(sessions.map(\.modulePosition) == [1, 2, 4])
    }

    @Test("too few days for the course is an error that says how many hours are missing")
    func notEnoughDays() throws {
        let error = try #require(throws: SessionPlanner.PlanError.self) {
            try SessionPlanner.plan(moduleMinutes: [1080], start: try date("2021-10-25"), days: 2, slots: pattern, isWorkingDay: { _ in true })
        }
        #expect(error == .notEnoughDays(days: 2, available: 720, needed: 1080))
        #expect(error.description.hasPrefix("2 working days of this pattern give 12 h, but the course needs 18 h"))
    }
}
