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

    public static func date(from text: String) -> Date? {
        let digits = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int32($0) }
        guard text.hasSuffix("Z"), digits.count == 6 else { return nil }
        var parts = tm()
        parts.tm_year = digits[0] - 1900
        parts.tm_mon = digits[1] - 1
        parts.tm_mday = digits[2]
        parts.tm_hour = digits[3]
        parts.tm_min = digits[4]
        parts.tm_sec = digits[5]
        var copy = parts
        let seconds = timegm(&copy)
        guard seconds != -1 || text.hasPrefix("1969-12-31T23:59:59") else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
