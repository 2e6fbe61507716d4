public import Foundation

/// How Cadre writes instants and calendar dates: ISO 8601 text, which sorts correctly as
/// text in SQLite and PostgreSQL alike.
public enum Timestamp {
    /// `2021-10-25T09:30:00Z`: an instant, always in UTC.
    public static func string(from date: Date) -> String {
        date.formatted(.iso8601)
    }

    public static func date(from text: String) -> Date? {
        try? Date(text, strategy: .iso8601)
    }
}
