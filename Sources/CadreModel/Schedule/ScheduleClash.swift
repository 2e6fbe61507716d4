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

    /// A session as a clash names it: which event's which session, when.
    public struct Booked: Equatable, Sendable {
        public let eventCode: String
        public let session: Int
        public let date: String
        public let start: String
        public let end: String

        public init(eventCode: String, session: Int, date: String, start: String, end: String) {
            (self.eventCode, self.session, self.date, self.start, self.end) = (eventCode, session, date, start, end)
        }
    }

    public let kind: Kind
    /// The clash in English, for the CLI and the audit log.
    public let description: String
    /// Who or what is double-booked: a trainer's or a venue's name, a trainee's reference.
    public var who: String?
    /// The booking it collides with, and the one being made (moved, enrolled).
    public var booked: Booked?
    public var mine: Booked?
    /// A holiday's name, or the event's dates a session falls outside of.
    public var extra: String?
    /// True for a weekend (as opposed to a public holiday), for a non-working day.
    public var weekend = false

    public init(kind: Kind, description: String) {
        self.kind = kind
        self.description = description
    }

    /// The fields the CLI's `--json` has always carried.
    enum CodingKeys: String, CodingKey { case kind, description }

    /// The catalog key of the sentence that says this clash in a page's language.
    public var key: String {
        switch kind {
        case .nonWorkingDay: weekend ? "clash.weekend" : "clash.holiday"
        default: "clash." + kind.rawValue
        }
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

    /// This booking as a clash names it.
    public var booked: ScheduleClash.Booked {
        ScheduleClash.Booked(eventCode: eventCode, session: number, date: date.iso, start: slot.start.description, end: slot.end.description)
    }

    /// `DV-SAATLI-2021-10 session 2 on 2021-10-26 09:30-12:30`
    public var label: String { "\(eventCode) session \(number) on \(date.iso) \(slot)" }
}
