public import Foundation

/// One sitting of an event: a date, a time slot in Asia/Baku, usually one module.
public struct TrainingSession: Codable, Equatable, Sendable, Identifiable {
    public enum Status: String, CaseIterable, Codable, Sendable {
        case planned, held, cancelled

        /// What a session is, as pages show it: cancelled when decided so; held once
        /// attendance was taken (a roll call is proof the session took place), whatever an
        /// earlier command stored; else as stored.
        public static func derive(recorded: Status, hasAttendance: Bool) -> Status {
            recorded == .cancelled ? .cancelled : hasAttendance ? .held : recorded
        }
    }

    public var id: UUID
    public var eventID: UUID
    /// 1-based position within the event, as printed on sign-in sheets.
    public var number: Int
    public var date: CalendarDate
    /// `HH:mm`, local time.
    public var startTime: String
    public var endTime: String
    public var minutes: Int
    public var modulePosition: Int?
    public var trainerID: UUID?
    public var venueID: UUID?
    public var status: Status

    public init(
        id: UUID, eventID: UUID, number: Int, date: CalendarDate, startTime: String, endTime: String,
        minutes: Int, modulePosition: Int? = nil, trainerID: UUID? = nil, venueID: UUID? = nil,
        status: Status = .planned
    ) {
        self.id = id
        self.eventID = eventID
        self.number = number
        self.date = date
        self.startTime = startTime
        self.endTime = endTime
        self.minutes = minutes
        self.modulePosition = modulePosition
        self.trainerID = trainerID
        self.venueID = venueID
        self.status = status
    }
}

extension TrainingSession {
    /// The session's times as a slot; nil only for a damaged record whose end is not after
    /// its start (the store and the scheduler never write one).
    public var slot: TimeSlot? {
        guard let start = ClockTime(parsing: startTime), let end = ClockTime(parsing: endTime) else { return nil }
        return TimeSlot(start: start, end: end)
    }
}
