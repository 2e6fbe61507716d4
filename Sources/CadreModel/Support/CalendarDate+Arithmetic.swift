public import Foundation

/// Day arithmetic for scheduling, on the proleptic Gregorian calendar.
extension CalendarDate {
    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(unchecked: year, month: month, day: day)
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// The same day `months` later, or the month's last day when it is shorter (31 January + 1
    /// month = 28 or 29 February), as people count "three months after".
    public func adding(months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        let (newYear, newMonth) = (index / 12, index % 12 + 1)
        let nextMonthStart = CalendarDate(unchecked: newMonth == 12 ? newYear + 1 : newYear, month: newMonth == 12 ? 1 : newMonth + 1, day: 1)
        let lastDay = nextMonthStart.adding(days: -1).day
        return CalendarDate(unchecked: newYear, month: newMonth, day: min(day, lastDay))
    }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    public var isoWeekday: Int { ((dayNumber % 7) + 7 + 3) % 7 + 1 }

    public var isWeekend: Bool { isoWeekday >= 6 }

    /// `MM-DD`, for annual rules.
    public var monthDay: String { String(iso.dropFirst(5)) }
}

extension CalendarDate {
    /// Today in Asia/Baku (UTC+4, no daylight saving since 2016).
    public static func today(now: Date = Date()) -> CalendarDate {
        CalendarDate(dayNumber: Int(((now.timeIntervalSince1970 + 4 * 3600) / 86_400).rounded(.down)))
    }
}
