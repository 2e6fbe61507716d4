public import Foundation

/// A booking that a new or moved session would collide with, or a rule it would break,
/// described so that both bookings are named.
public struct ScheduleClash: Equatable, Sendable, Codable, CustomStringConvertible {
    public enum Kind: String, Sendable, Codable {
        case trainer, venue, trainee
        case outsideEvent = "outside-event"
        case cancelledEvent = "cancelled-event"
        case nonWorkingDay = "non-working-day"
    }

    public let kind: Kind
    public let description: String

    public init(kind: Kind, description: String) {
        self.kind = kind
        self.description = description
    }
}

/// Scheduling refused because of clashes; `--force` overrides and the override is audited.
public struct ScheduleClashes: CadreError, Sendable {
    public let clashes: [ScheduleClash]
    public var category: ErrorCategory { .conflict }

    public init(clashes: [ScheduleClash]) { self.clashes = clashes }

    public var description: String {
        ProblemList.message(
            clashes.map(\.description), summary: Plural.count(clashes.count, "clash", "clashes"),
            outcome: "nothing was changed (use --force to override; the override is audited)")
    }
}

/// One session as the clash checks see it: when, where, with whom.
public struct SessionBooking: Sendable {
    public var sessionID: UUID?
    public var eventID: UUID
    public var eventCode: String
    public var number: Int
    public var date: CalendarDate
    public var slot: TimeSlot
    public var trainerIDs: [UUID]
    public var venueID: UUID?

    public init(sessionID: UUID?, eventID: UUID, eventCode: String, number: Int, date: CalendarDate, slot: TimeSlot, trainerIDs: [UUID], venueID: UUID?) {
        self.sessionID = sessionID
        self.eventID = eventID
        self.eventCode = eventCode
        self.number = number
        self.date = date
        self.slot = slot
        self.trainerIDs = trainerIDs
        self.venueID = venueID
    }

    /// `DV-SAATLI-2021-10 session 2 on 2021-10-26 09:30-12:30`
    public var label: String { "\(eventCode) session \(number) on \(date.iso) \(slot)" }
}
