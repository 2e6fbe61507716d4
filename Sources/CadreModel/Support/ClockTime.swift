import Foundation

/// A time of day in Asia/Baku, to the minute, written `09:30`.
public struct ClockTime: Comparable, Hashable, Sendable, CustomStringConvertible {
    public let minutes: Int

    public init?(minutes: Int) {
        guard (0..<24 * 60).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    /// `9:30`, `09:30` or `0930`.
    public init?(parsing text: String) {
        let digits = text.trimmingCharacters(in: .whitespaces).split(separator: ":")
        let (hours, minutes): (Int?, Int?) =
            if digits.count == 2, (1...2).contains(digits[0].count), digits[1].count == 2 {
                (Int(digits[0]), Int(digits[1]))
            } else if digits.count == 1, digits[0].count == 4 {
                (Int(digits[0].prefix(2)), Int(digits[0].suffix(2)))
            } else {
                (nil, nil)
            }
        guard let hours, let minutes, (0..<24).contains(hours), (0..<60).contains(minutes) else { return nil }
        self.minutes = hours * 60 + minutes
    }

    public var description: String {
        let hours = minutes / 60
        let rest = minutes % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutes < rhs.minutes }
}

/// A slot of a day's timetable, e.g. `09:30-12:30`.
public struct TimeSlot: Hashable, Sendable, CustomStringConvertible {
    public let start: ClockTime
    public let end: ClockTime

    public init?(start: ClockTime, end: ClockTime) {
        guard start < end else { return nil }
        self.start = start
        self.end = end
    }

    /// `09:30-12:30` (also with an en dash).
    public init?(parsing text: String) {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" })
        guard parts.count == 2, let start = ClockTime(parsing: String(parts[0])), let end = ClockTime(parsing: String(parts[1])) else {
            return nil
        }
        self.init(start: start, end: end)
    }

    public var minutes: Int { end.minutes - start.minutes }
    public var description: String { "\(start)-\(end)" }

    /// A day's pattern: `09:30-12:30,13:30-16:30`, slots in order and not overlapping.
    public static func pattern(_ text: String) -> [TimeSlot]? {
        let slots = text.split(separator: ",").map { TimeSlot(parsing: String($0)) }
        guard !slots.isEmpty, slots.allSatisfy({ $0 != nil }) else { return nil }
        let ordered = slots.compactMap { $0 }
        guard zip(ordered, ordered.dropFirst()).allSatisfy({ $0.end <= $1.start }) else { return nil }
        return ordered
    }
}
