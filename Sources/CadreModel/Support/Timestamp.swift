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

    /// The instant `text` names: six groups of ASCII digits (year, month, day, hours,
    /// minutes, seconds) between any separators, ending in `Z`. Read from the bytes: every
    /// record read back (ten thousand certificates printed at once) carries one or two.
    public static func date(from text: String) -> Date? {
        var digits = InlineArray<6, Int32>(repeating: 0)
        var count = 0
        var value: Int32 = 0
        var width = 0
        var last: UInt8 = 0
        func finishGroup() -> Bool {
            guard width > 0 else { return true }
            guard width <= 9, count < 6 else { return false }
            digits[count] = value
            count += 1
            value = 0
            width = 0
            return true
        }
        for byte in text.utf8 {
            last = byte
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                width += 1
                if width <= 9 { value = value * 10 + Int32(byte - UInt8(ascii: "0")) }
            } else if !finishGroup() {
                return nil
            }
        }
        guard finishGroup(), last == UInt8(ascii: "Z"), count == 6 else { return nil }
        var parts = tm()
        parts.tm_year = digits[0] - 1900
        parts.tm_mon = digits[1] - 1
        parts.tm_mday = digits[2]
        parts.tm_hour = digits[3]
        parts.tm_min = digits[4]
        parts.tm_sec = digits[5]
        let seconds = timegm(&parts)
        guard seconds != -1 || text.hasPrefix("1969-12-31T23:59:59") else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
