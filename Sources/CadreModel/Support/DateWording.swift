/// Dates as people write them: `25 oktyabr 2021`, `25 октября 2021`, `25 October 2021`.
public enum DateWording {
    static let months: [Language: [String]] = [
        .az: ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"],
        // Russian dates use the genitive: 25 октября.
        .ru: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
        .en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    ]

    static let weekdays: [Language: [String]] = [
        .az: ["bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə", "şənbə", "bazar"],
        .ru: ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
        .en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    ]

    public static func long(_ date: CalendarDate, _ language: Language) -> String {
        "\(date.day) \(months[language]?[date.month - 1] ?? "") \(date.year)"
    }

    public static func weekday(_ date: CalendarDate, _ language: Language) -> String {
        weekdays[language]?[date.isoWeekday - 1] ?? ""
    }

    /// `25–27 oktyabr 2021`; `25 oktyabr – 2 dekabr 2021` across months; both years only when they differ.
    public static func range(_ first: CalendarDate, _ last: CalendarDate, _ language: Language) -> String {
        if first == last { return long(first, language) }
        if first.year == last.year && first.month == last.month {
            return "\(first.day)–\(long(last, language))"
        }
        if first.year == last.year {
            return "\(first.day) \(months[language]?[first.month - 1] ?? "") – \(long(last, language))"
        }
        return "\(long(first, language)) – \(long(last, language))"
    }
}
