public import CadreModel
/// Attendance statuses as people write them in files and at the door: English, Azerbaijani,
/// Russian, single letters and 1/0.
public enum AttendanceStatusWords {
    static let words: [AttendanceMark.Status: [String]] = [
        .present: ["present", "p", "1", "yes", "+", "iştirak etdi", "gəldi", "var", "hə", "присутствовал", "присутствовала", "присутствует", "да"],
        .late: ["late", "l", "gecikdi", "gecikmə", "gec", "опоздал", "опоздала", "опоздание"],
        .excused: ["excused", "e", "üzrlü", "üzrlü səbəb", "уважительная", "по уважительной причине", "уваж"],
        .absent: ["absent", "a", "0", "no", "-", "yox", "gəlmədi", "iştirak etmədi", "отсутствовал", "отсутствовала", "нет"],
    ]

    static let lookup: [String: AttendanceMark.Status] = {
        var table: [String: AttendanceMark.Status] = [:]
        for (status, list) in words {
            for word in list { table[TextFolding.lowercasedAzerbaijani(word)] = status }
        }
        return table
    }()

    /// Every accepted word, status by status, for help texts: the list is the one the
    /// import reads, so help cannot drift from it.
    public static var described: String {
        AttendanceMark.Status.allCases.map { status in "\(status.rawValue): " + (words[status] ?? []).map { $0.count == 1 ? $0.uppercased() : $0 }.joined(separator: ", ") }
            .joined(separator: "; ")
    }

    public static func status(_ text: String) throws(InvalidValue) -> AttendanceMark.Status {
        let key = TextFolding.lowercasedAzerbaijani(TextFolding.clean(text))
        if let status = lookup[key] { return status }
        throw InvalidValue("is not an attendance status (present/late/excused/absent, P/L/E/A, 1/0, or in az/ru)")
    }
}
