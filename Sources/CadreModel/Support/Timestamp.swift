public import Foundation

/// How Cadre writes instants: ISO 8601 in UTC with seconds (`2021-10-25T09:30:00Z`), text that
/// sorts correctly in SQLite and PostgreSQL alike. Formatted by hand with `gmtime_r`, because
/// Foundation's formatters are far too slow for rows written in bulk.
public enum Timestamp {
    public static func string(from date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let text = String(value)
            return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T"
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2))Z"
    }

    /// The instant `text` names, in exactly the form ``string(from:)`` writes —
    /// `2021-10-25T09:30:00Z` — and nothing else: a stored time in any other shape is a damaged
    /// one, not another way of writing it. Read from the bytes: every record read back (ten
    /// thousand certificates printed at once) carries one or two.
    public static func date(from text: String) -> Date? {
        var digits = InlineArray<6, Int32>(repeating: 0)
        var count = 0
        var position = 0
        for byte in text.utf8 {
            switch position {
            case 4, 7: guard byte == UInt8(ascii: "-") else { return nil }
            case 10: guard byte == UInt8(ascii: "T") else { return nil }
            case 13, 16: guard byte == UInt8(ascii: ":") else { return nil }
            case 19: guard byte == UInt8(ascii: "Z") else { return nil }
            case 0..<19:
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                if position == 0 || position == 5 || position == 8 || position == 11 || position == 14 || position == 17 {
                    if position != 0 { count += 1 }
                }
                digits[count] = digits[count] * 10 + Int32(byte - UInt8(ascii: "0"))
            default: return nil
            }
            position += 1
        }
        guard position == 20, (1...12).contains(digits[1]), (1...31).contains(digits[2]), digits[3] < 24, digits[4] < 60, digits[5] < 60
        else { return nil }
        var parts = tm()
        parts.tm_year = digits[0] - 1900
        parts.tm_mon = digits[1] - 1
        parts.tm_mday = digits[2]
        parts.tm_hour = digits[3]
        parts.tm_min = digits[4]
        parts.tm_sec = digits[5]
        let seconds = timegm(&parts)
        guard seconds != -1 || text == "1969-12-31T23:59:59Z" else { return nil }
        // timegm normalises 31 February to 3 March; a day the month does not have is refused.
        var back = tm()
        var check = seconds
        gmtime_r(&check, &back)
        guard back.tm_mday == digits[2] else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
