public import CadreModel
public import Foundation

/// The words of the reports in one language, from the message catalogs (`report.*` in
/// `Templates/locales`): titles, definitions, column titles, "Total", the period and when a
/// report was made, dates in words. Every output of a report — terminal, CSV, page, site —
/// speaks the language asked for, and only that one.
public struct ReportWords: Sendable {
    public let language: Language
    private let messages: [String: String]

    public init(language: Language, messages: [String: String]) {
        self.language = language
        self.messages = messages
    }

    /// The message `key` with each `{name}` replaced by `values[name]`. A key no catalog has
    /// is shown as the key (the catalogs test keeps that from reaching paper).
    public func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        var text = messages[key] ?? key
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// A column's title (`training_hours` → "Training hours", "Təlim saatları", …).
    public func column(_ key: String) -> String {
        let title = self("report.column." + key)
        return title == "report.column." + key ? key : title
    }

    /// Which events a report counts, always as dates: an open start is the first event's day,
    /// an open end the day the report was made ("1 October 2021 – 6 December 2026", not "from
    /// the beginning to today"); only a database without events says "all events".
    public func period(from: CalendarDate?, to: CalendarDate?, firstDay: CalendarDate?, madeAt: Date) -> String {
        guard let start = from ?? firstDay else { return period(from: from, to: to) }
        return period(from: start, to: to ?? CalendarDate.today(now: madeAt))
    }

    /// Which events a report counts, with the dates in words.
    public func period(from: CalendarDate?, to: CalendarDate?) -> String {
        let dates = ["from": from.map { DateWording.long($0, language) } ?? "", "to": to.map { DateWording.long($0, language) } ?? ""]
        switch (from, to) {
        case (nil, nil): return self("report.period.all")
        case (_, nil): return self("report.period.from", dates)
        case (nil, _): return self("report.period.to", dates)
        default: return self("report.period.between", dates)
        }
    }

    /// When the report was made: the day in words and the time in Baku (UTC+4, no daylight
    /// saving), the way a signed page dates itself.
    public func made(_ instant: Date) -> String {
        let minutes = Int((instant.timeIntervalSince1970 + 4 * 3600).rounded(.down)) / 60
        let time = String(format: "%02d:%02d", (minutes / 60) % 24, minutes % 60)
        return self("report.made", ["when": "\(DateWording.long(CalendarDate.today(now: instant), language)), \(time)"])
    }
}
