public import CadreModel
public import Foundation

/// End-of-training feedback at the door (issue #34): on the last session, the trainer's screen
/// shows a feedback QR code beside the check-in one — signed and rotating the same way, but a
/// different token, so neither opens the other. The rules:
///
/// - the code is shown, and accepted, only for the event's last session (the highest-numbered
///   one not cancelled), from ``CheckInDesk/opensBefore`` before its start until
///   ``closesAfterEnd`` after its end;
/// - a scanned code opens the form for ``formLifetime`` (filling it in takes minutes, longer
///   than a code lives): the page carries a signed ticket for the session and the moment it
///   was opened;
/// - the person proves who they are as at check-in (reference, or phone digits and letters),
///   and only the event's enrolled people can answer — anyone else is "not found", as at
///   check-in; one form per person;
/// - what is kept of the person is that they answered; the answers go apart, under a random id
///   (``FeedbackBook/store(_:event:questionnaire:respondent:channel:database:)``).
public struct FeedbackDoor {
    let database: any Store

    public init(_ database: any Store) { self.database = database }

    /// People answer at the end: the code stays this long after the last session ends.
    public static let closesAfterEnd: TimeInterval = 60 * 60
    /// How long an opened form may be sent.
    public static let formLifetime: TimeInterval = 45 * 60

    /// Whether `session` is the event's last (not cancelled) one and takes feedback now.
    public static func isOpen(_ session: TrainingSession, of event: TrainingEvent, sessions: [TrainingSession], now: Date) -> Bool {
        guard event.status != .cancelled, session.status != .cancelled,
            sessions.filter({ $0.status != .cancelled }).map(\.number).max() == session.number,
            let start = CheckInDesk.instant(session.date, session.startTime), let end = CheckInDesk.instant(session.date, session.endTime)
        else { return false }
        return now >= start.addingTimeInterval(-CheckInDesk.opensBefore) && now <= end.addingTimeInterval(closesAfterEnd)
    }

    /// The token for the trainer's screen now, or nil when the session takes no feedback now.
    public func screenToken(event: TrainingEvent, session: TrainingSession, now: Date) throws -> String? {
        let sessions = try database.read { try $0.events.sessions(of: event.id) }
        guard Self.isOpen(session, of: event, sessions: sessions, now: now) else { return nil }
        return CheckInCode(key: try CheckInDesk(database).key()).token(session: session.id, window: CheckInCode.windowNumber(at: now), for: .feedback)
    }

    /// An opened form: what to ask, and the ticket the page sends back with the answers.
    public struct Form: Sendable {
        public let event: TrainingEvent
        public let session: TrainingSession
        public let questionnaire: Questionnaire
        public let ticket: String
    }

    /// The form a scanned code opens, if the code is good and the session takes feedback now.
    public func open(token: String, now: Date) throws -> Form {
        let desk = CheckInDesk(database)
        let sessionID = try desk.sessionID(of: token, for: .feedback, now: now)
        let code = CheckInCode(key: try desk.key())
        let (event, session, questionnaire) = try lastSession(sessionID, now: now)
        let opened = Int(now.timeIntervalSince1970.rounded(.down))
        return Form(event: event, session: session, questionnaire: questionnaire, ticket: code.token(session: sessionID, window: opened, for: .feedbackForm))
    }

    /// The form's questionnaire, for showing it again (answers refused) while its ticket is good.
    public func form(ticket: String, now: Date) throws -> Form {
        let (event, session, questionnaire) = try database.read { database in try self.ticketSession(ticket, now: now, in: database) }
        return Form(event: event, session: session, questionnaire: questionnaire, ticket: ticket)
    }

    /// Stores one person's answers, sent with the ticket of an opened form. Returns the
    /// person's first name, to thank them.
    public func submit(ticket: String, identity: CheckInDesk.Identity, values: [String: String], now: Date) throws -> String {
        try database.write { database in
            let (event, _, questionnaire) = try ticketSession(ticket, now: now, in: database)
            let (trainee, enrolled) = try CheckInDesk(database).find(identity, event: event, in: database)
            guard enrolled, let enrollment = try database.events.enrollment(event: event.id, trainee: trainee.id) else {
                throw CheckInDesk.Refusal.unknownPerson
            }
            guard try !database.feedback.hasResponded(enrollment: enrollment.id, questionnaire: questionnaire.id) else {
                throw FeedbackBook.FeedbackError.alreadyAnswered(reference: trainee.ref)
            }
            let form: FeedbackForm
            switch FeedbackForm.check(values, against: questionnaire) {
            case .success(let checked): form = checked
            case .failure(let problems): throw FeedbackBook.FeedbackError.invalid(problems)
            }
            try FeedbackBook.store(form, event: event, questionnaire: questionnaire, respondent: enrollment.id, channel: .door, database: database)
            return CheckInDesk.firstName(of: trainee.fullName ?? "")
        }
    }

    private func ticketSession(_ ticket: String, now: Date, in database: any Store) throws -> (TrainingEvent, TrainingSession, Questionnaire) {
        guard let (sessionID, opened) = CheckInCode(key: try CheckInDesk(database).key()).read(ticket, for: .feedbackForm) else {
            throw CheckInDesk.Refusal.unknownCode
        }
        let age = now.timeIntervalSince1970 - TimeInterval(opened)
        // A minute early: two servers' clocks may differ by seconds.
        guard age >= -60 else { throw CheckInDesk.Refusal.unknownCode }
        guard age <= Self.formLifetime else { throw CheckInDesk.Refusal.expired }
        guard let session = try database.events.session(id: sessionID), let event = try database.events.event(id: session.eventID),
            event.status != .cancelled
        else { throw CheckInDesk.Refusal.unknownCode }
        return (event, session, try FeedbackBook.form(for: event, in: database))
    }

    private func lastSession(_ sessionID: UUID, now: Date) throws -> (TrainingEvent, TrainingSession, Questionnaire) {
        try database.read { database in
            guard let session = try database.events.session(id: sessionID), let event = try database.events.event(id: session.eventID) else {
                throw CheckInDesk.Refusal.unknownCode
            }
            guard Self.isOpen(session, of: event, sessions: try database.events.sessions(of: event.id), now: now) else { throw CheckInDesk.Refusal.notOpen }
            return (event, session, try FeedbackBook.form(for: event, in: database))
        }
    }
}
