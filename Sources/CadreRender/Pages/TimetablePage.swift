public import CadreModel
/// The template context of the printable timetable: sessions grouped by day.
public enum TimetablePage {
    public static func context(
        _ entries: [TimetableEntry], from: CalendarDate?, to: CalendarDate?, language: Language, messages: [String: String]
    ) -> TemplateValue {
        var days: [(date: String, entries: [TimetableEntry])] = []
        for entry in entries {
            if days.last?.date == entry.date {
                days[days.count - 1].entries.append(entry)
            } else {
                days.append((entry.date, [entry]))
            }
        }
        let period = Self.period(from: from ?? entries.first.flatMap { CalendarDate(parsing: $0.date) },
                                 to: to ?? entries.last.flatMap { CalendarDate(parsing: $0.date) }, language)
        return [
            "lang": .string(language.rawValue),
            "t": Messages.tree(messages),
            "period": .text(period),
            "days": .list(days.map { day in
                let date = CalendarDate(parsing: day.date)
                return [
                    "date": .string(date.map { "\(DateWording.long($0, language)), \(DateWording.weekday($0, language))" } ?? day.date),
                    "entries": .list(day.entries.map { entry in
                        [
                            "time": .string("\(entry.startTime)–\(entry.endTime)"), "eventCode": .string(entry.eventCode),
                            "courseCode": .string(entry.courseCode), "courseTitle": .string(entry.courseTitle[language]),
                            "sessionNumber": .number(Double(entry.sessionNumber)), "sessionTitle": .text(entry.sessionTitle?[language]),
                            "venue": .text(entry.venue), "trainers": .string(entry.trainers.joined(separator: ", ")),
                            "cancelled": .bool(entry.status == "cancelled"),
                        ]
                    }),
                ]
            }),
        ]
    }

    /// The period the page covers in words: what was asked for, else the first and last session's days,
    /// so a printed timetable always says which weeks it shows.
    static func period(from: CalendarDate?, to: CalendarDate?, _ language: Language) -> String? {
        switch (from, to) {
        case let (first?, last?): DateWording.range(first, last, language)
        case let (first?, nil): DateWording.long(first, language) + " –"
        case let (nil, last?): "– " + DateWording.long(last, language)
        case (nil, nil): nil
        }
    }
}
