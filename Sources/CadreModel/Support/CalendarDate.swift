import Foundation

/// A day in the calendar, without time or zone: event dates, session dates, birth dates.
///
/// Written ISO 8601 (`2021-10-25`) everywhere Cadre stores or prints data; parsed from ISO
/// and from the `25.10.2021` form Azerbaijani and Russian spreadsheets use. Impossible dates
/// such as `2021-02-30` are refused.
public struct CalendarDate: Comparable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// For values already known to be valid (computed from a valid date).
    package init(unchecked year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `2021-10-25` or `25.10.2021` (also `25/10/2021`).
    public init?(parsing text: String) {
        // The stored form, `1985-03-21`, read from its bytes: every page prints many dates.
        if text.utf8.count == 10 {
            var numbers = (year: 0, month: 0, day: 0)
            var isISO = true
            for (offset, byte) in text.utf8.enumerated() where isISO {
                let digit = Int(byte) - Int(UInt8(ascii: "0"))
                if offset == 4 || offset == 7 {
                    isISO = byte == UInt8(ascii: "-")
                } else if !(0...9).contains(digit) {
                    isISO = false
                } else if offset < 4 {
                    numbers.year = numbers.year * 10 + digit
                } else if offset < 7 {
                    numbers.month = numbers.month * 10 + digit
                } else {
                    numbers.day = numbers.day * 10 + digit
                }
            }
            if isISO {
                self.init(year: numbers.year, month: numbers.month, day: numbers.day)
                return
            }
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4, iso[1].count == 2, iso[2].count == 2,
            let year = Int(iso[0]), let month = Int(iso[1]), let day = Int(iso[2])
        {
            self.init(year: year, month: month, day: day)
            return
        }
        let local = trimmed.split(whereSeparator: { $0 == "." || $0 == "/" }).map(String.init)
        guard local.count == 3, (1...2).contains(local[0].count), (1...2).contains(local[1].count), local[2].count == 4,
            let day = Int(local[0]), let month = Int(local[1]), let year = Int(local[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var description: String { iso }

    public var iso: String {
        func pad(_ number: Int, _ width: Int) -> String {
            let text = String(number)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
