public import CadreModel
/// Lays a course's modules out over working days in a day's time slots.
///
/// Sessions fill the slots of each working day in order until the course's hours are
/// covered; the last session ends early when less time remains. Each session carries the
/// module being taught when it starts.
public enum SessionPlanner {
    public struct PlannedSession: Equatable, Sendable {
        public let date: CalendarDate
        public let slot: TimeSlot
        public let modulePosition: Int
    }

    public enum PlanError: CadreError, Equatable {
        case notEnoughDays(days: Int, available: Int, needed: Int)
        case noWorkingDay(from: CalendarDate)

        public var category: ErrorCategory { .invalidInput }

        public var description: String {
            switch self {
            case .notEnoughDays(let days, let available, let needed):
                "\(days) working days of this pattern give \(Self.hours(available)) h, but the course needs \(Self.hours(needed)) h; "
                    + "use more --days or a longer --pattern"
            case .noWorkingDay(let from):
                "no working day found within a year of \(from.iso)"
            }
        }

        static func hours(_ minutes: Int) -> String {
            minutes % 60 == 0 ? String(minutes / 60) : String(Double(minutes) / 60)
        }
    }

    /// Plans sessions from `start`. With `days`, the course must fit in that many working days;
    /// without, as many days as the course needs are used. `isWorkingDay` decides which days count.
    public static func plan(
        moduleMinutes: [Int], start: CalendarDate, days: Int?, slots: [TimeSlot], isWorkingDay: (CalendarDate) throws -> Bool
    ) throws -> [PlannedSession] {
        let needed = moduleMinutes.reduce(0, +)
        let perDay = slots.reduce(0) { $0 + $1.minutes }
        if let days, days * perDay < needed {
            throw PlanError.notEnoughDays(days: days, available: days * perDay, needed: needed)
        }
        var sessions: [PlannedSession] = []
        var covered = 0
        var date = start
        var search = 0
        while covered < needed {
            guard try isWorkingDay(date) else {
                date = date.adding(days: 1)
                search += 1
                if search > 366 { throw PlanError.noWorkingDay(from: start) }
                continue
            }
            search = 0
            for slot in slots where covered < needed {
                let length = min(slot.minutes, needed - covered)
                guard let end = ClockTime(minutes: slot.start.minutes + length), let trimmed = TimeSlot(start: slot.start, end: end) else {
                    continue
                }
                sessions.append(PlannedSession(date: date, slot: trimmed, modulePosition: module(at: covered, of: moduleMinutes)))
                covered += length
            }
            date = date.adding(days: 1)
        }
        return sessions
    }

    /// 1-based position of the module taught at `minute` into the course.
    static func module(at minute: Int, of moduleMinutes: [Int]) -> Int {
        var total = 0
        for (index, minutes) in moduleMinutes.enumerated() {
            total += minutes
            if minute < total { return index + 1 }
        }
        return moduleMinutes.count
    }
}
