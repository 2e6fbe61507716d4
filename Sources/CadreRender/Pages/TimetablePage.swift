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
        let period = [from, to].compactMap { $0.map { DateWording.long($0, language) } }.joined(separator: " – ")
        return [
            "lang": .string(language.rawValue),
            "t": Messages.tree(messages),
            "period": .text(period.isEmpty ? nil : period),
            "days": .list(days.map { day in
                let date = CalendarDate(parsing: day.date)
                return [
                    "date": .string(date.map { "\(DateWording.long($0, language)), \(DateWording.weekday($0, language))" } ?? day.date),
                    "entries": .list(day.entries.map { entry in
                        [
                            "time": .string("\(entry.startTime)–\(entry.endTime)"), "eventCode": .string(entry.eventCode),
                            "courseCode": .string(entry.courseCode), "sessionNumber": .number(Double(entry.sessionNumber)),
                            "venue": .text(entry.venue), "trainers": .string(entry.trainers.joined(separator: ", ")),
                            "cancelled": .bool(entry.status == "cancelled"),
                        ]
                    }),
                ]
            }),
        ]
    }
}
