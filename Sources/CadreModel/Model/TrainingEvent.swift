public import Foundation

/// One delivery of a course at a centre, e.g. `DV-SAATLI-2021-10`.
public struct TrainingEvent: Codable, Equatable, Sendable, Identifiable {
    /// Where an event stands. Only cancelling is a decision people record; the rest follows
    /// from the records (see ``derive(recorded:sessions:sessionsWithAttendance:)``), so a round
    /// whose attendance is entered shows as held without anyone remembering to say so.
    public enum Status: String, CaseIterable, Codable, Sendable {
        /// No attendance recorded yet.
        case planned
        /// Attendance recorded for some of its sessions, not all.
        case running
        /// Attendance recorded for every session that was not cancelled (or imported as past).
        case held
        case cancelled

        /// A status as a user types it: also `completed`, the word earlier versions printed.
        public init?(typed text: String) {
            let word = text.lowercased()
            self.init(rawValue: word == "completed" ? "held" : word)
        }

        /// The status shown, from the one recorded (`planned`, `cancelled`, or `held` for a
        /// past event imported as such) and how many of the event's sessions that were not
        /// cancelled have attendance recorded.
        public static func derive(recorded: Status, sessions: Int, sessionsWithAttendance: Int) -> Status {
            switch recorded {
            case .cancelled, .held: return recorded
            case .planned, .running:
                if sessionsWithAttendance == 0 { return .planned }
                return sessionsWithAttendance >= sessions ? .held : .running
            }
        }
    }

    public var id: UUID
    public var code: String
    public var courseID: UUID
    public var centreID: UUID?
    public var venueID: UUID?
    /// First and last day, ISO 8601 dates in Asia/Baku.
    public var startDate: CalendarDate
    public var endDate: CalendarDate
    public var trainerIDs: [UUID]
    public var capacity: Int?
    /// As derived when read from the store (``Status/derive(recorded:sessions:sessionsWithAttendance:)``).
    public var status: Status

    public init(
        id: UUID, code: String, courseID: UUID, centreID: UUID?, venueID: UUID?, startDate: CalendarDate,
        endDate: CalendarDate, trainerIDs: [UUID] = [], capacity: Int? = nil, status: Status = .planned
    ) {
        self.id = id
        self.code = code
        self.courseID = courseID
        self.centreID = centreID
        self.venueID = venueID
        self.startDate = startDate
        self.endDate = endDate
        self.trainerIDs = trainerIDs
        self.capacity = capacity
        self.status = status
    }
}
