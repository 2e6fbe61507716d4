/// Columns of `cadre event import`.
public enum EventImportField: String, ImportField {
    case eventCode = "event_code"
    case courseCode = "course_code"
    case centre
    case venue
    case region
    case startDate = "start_date"
    case endDate = "end_date"
    case capacity

    public var aliases: [String] {
        switch self {
        case .eventCode: ["event", "tədbir", "tədbir kodu", "мероприятие"]
        case .courseCode: ["course", "kurs", "курс"]
        case .centre: ["center", "mərkəz", "центр"]
        case .venue: ["məkan", "yer", "место"]
        case .region: ["rayon", "регион", "район"]
        case .startDate: ["start", "from", "başlama tarixi", "начало"]
        case .endDate: ["end", "to", "bitmə tarixi", "окончание"]
        case .capacity: ["places", "yer sayı", "мест"]
        }
    }

    public static let required: [EventImportField] = [.eventCode, .courseCode, .startDate, .endDate]
}

/// Columns of `cadre session import`.
public enum SessionImportField: String, ImportField {
    case eventCode = "event_code"
    case sessionNumber = "session_no"
    case date
    case startTime = "start_time"
    case endTime = "end_time"
    case hours

    public var aliases: [String] {
        switch self {
        case .eventCode: ["event", "tədbir", "мероприятие"]
        case .sessionNumber: ["session", "session number", "sessiya", "сессия", "№"]
        case .date: ["tarix", "дата"]
        case .startTime: ["start", "from", "başlama", "начало"]
        case .endTime: ["end", "to", "bitmə", "окончание"]
        case .hours: ["saat", "часы", "duration"]
        }
    }

    public static let required: [SessionImportField] = [.eventCode, .sessionNumber, .date, .startTime, .endTime]
}

/// Columns of `cadre enrollment import`.
public enum EnrollmentImportField: String, ImportField {
    case eventCode = "event_code"
    case traineeRef = "trainee_ref"

    public var aliases: [String] {
        switch self {
        case .eventCode: ["event", "tədbir", "мероприятие"]
        case .traineeRef: ["trainee", "ref", "id", "iştirakçı", "участник"]
        }
    }

    public static let required: [EnrollmentImportField] = [.eventCode, .traineeRef]
}

/// Columns of `cadre attendance import`.
public enum AttendanceImportField: String, ImportField {
    case eventCode = "event_code"
    case sessionNumber = "session_no"
    case traineeRef = "trainee_ref"
    case status
    case note

    public var aliases: [String] {
        switch self {
        case .eventCode: ["event", "tədbir", "мероприятие"]
        case .sessionNumber: ["session", "sessiya", "сессия"]
        case .traineeRef: ["trainee", "ref", "id", "iştirakçı", "участник"]
        case .status: ["davamiyyət", "iştirak", "посещаемость", "статус", "attendance"]
        case .note: ["qeyd", "примечание", "comment"]
        }
    }

    public static let required: [AttendanceImportField] = [.eventCode, .sessionNumber, .traineeRef, .status]
}
