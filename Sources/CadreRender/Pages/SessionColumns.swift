public import CadreModel

/// The heads of the columns a printed grid gives its sessions (the sign-in grid, the attendance
/// matrix): the session's number, its day as the sheets write it (`25.10`), and its starting
/// time when another session falls on the same day, so two columns of one day differ.
public enum SessionColumns {
    public static func heads(_ sessions: [TrainingSession]) -> TemplateValue {
        var perDay: [CalendarDate: Int] = [:]
        for session in sessions { perDay[session.date, default: 0] += 1 }
        return .list(sessions.map { session in
            [
                "number": .number(Double(session.number)), "date": .string(shortDate(session.date)),
                "time": .text((perDay[session.date] ?? 0) > 1 ? session.startTime : nil),
            ]
        })
    }

    /// `25.10`.
    static func shortDate(_ date: CalendarDate) -> String {
        (date.day < 10 ? "0" : "") + "\(date.day)." + (date.month < 10 ? "0" : "") + "\(date.month)"
    }
}
