public import CadreModel
public import Foundation

/// What a signed-in user may do and whose records they may see — the rule every front end
/// asks before it shows or changes anything, so the web pages cannot each decide it anew.
///
/// Coordinators run their centre's training rounds; trainers take the roll call and enter
/// scores for their centre's events; viewers read reports; admins may do everything
/// everywhere. A user with a centre sees only that centre's events (and what hangs from them:
/// sessions, marks, scores, certificates); another centre's event is treated as if it did
/// not exist. The trainee registry is national — one person trained by two centres is one
/// person in the ministry's count — so coordinators search it to enrol people, but see
/// others' marks only through their own centre's events.
public struct Access: Sendable {
    public enum Action: String, CaseIterable, Sendable {
        /// The dashboard and the list of events.
        case seeEvents
        /// The roll call: marks and walk-ins.
        case takeRollCall
        case enterScores
        /// Search, add and upload trainees.
        case manageTrainees
        /// Schedule events, move and cancel sessions, enrol.
        case schedule
        /// Issue, print and revoke certificates.
        case certify
        case readReports
        /// Users, centres and curricula.
        case administer
    }

    public let user: User

    public init(_ user: User) { self.user = user }

    public func may(_ action: Action) -> Bool {
        switch user.role {
        case .admin: true
        case .coordinator: action != .administer
        case .trainer: [.seeEvents, .takeRollCall, .enterScores].contains(action)
        case .viewer: [.seeEvents, .readReports].contains(action)
        }
    }

    /// Whether records of `centreID` are this user's to see: everything for a user without a
    /// centre, only their own centre's (never an event without a centre) for one with.
    public func sees(centreID: UUID?) -> Bool {
        guard let own = user.centreID else { return true }
        return centreID == own
    }

    /// The event called `code` if this user may see it; nil for an unknown event and for
    /// another centre's alike, so a page cannot tell which.
    public func event(_ code: String, in database: any Store) throws -> TrainingEvent? {
        guard let event = try database.read({ try $0.events.event(code: EventCode(code)) }), sees(centreID: event.centreID) else { return nil }
        return event
    }

    /// Whether this user may open and change a person's record (contacts, national id): a user
    /// without a centre, anyone; a centre's user, the people whose home is their centre
    /// (``TraineeHome``: the organiser of their first enrolment) and those enrolled nowhere yet
    /// (just registered). Enrolling another centre's person — allowed, the registry is national —
    /// does not open their record: their home stays where it was.
    public func mayEdit(_ trainee: Trainee, in database: any Store) throws -> Bool {
        guard let own = user.centreID else { return true }
        switch try database.read({ try $0.trainees.home(of: trainee.id) }) {
        case .unenrolled: return true
        case .national: return false
        case .centre(let centre): return centre == own
        }
    }

    /// Whether feedback may be shown trainer by trainer: a trainer's own scores are for them
    /// and their coordinator — a centre's coordinator sees those of their centre's events; a
    /// user without a centre (the ministry's viewer, an administrator) does not.
    public var mayGroupFeedbackByTrainer: Bool { user.role == .coordinator && user.centreID != nil }

    /// Whether this user reads an event's feedback (numbers, small ones hidden): who runs its
    /// centre's events (coordinators, admins), and a trainer of the event — their own scores.
    public func mayReadFeedback(of event: TrainingEvent) -> Bool {
        if may(.certify) { return true }
        guard user.role == .trainer, let trainer = user.trainerID else { return false }
        return event.trainerIDs.contains(trainer)
    }

    /// Whether this user reads an event's free-text answers: the coordinator of the event's
    /// centre, and no one else.
    public func mayReadFeedbackTexts(of event: TrainingEvent) -> Bool {
        user.role == .coordinator && user.centreID != nil && user.centreID == event.centreID
    }

    /// The actor recorded in the audit log and on marks for what this user changes.
    public var actor: String { "web:" + user.login }
}
