public import CadreModel
public import Foundation

/// Self check-in at the door (issue #23): the trainer's screen shows a code that changes every
/// 20 seconds; a participant's phone opens it, says who they are, and is recorded as *pending*
/// until the trainer confirms. The rules that keep it honest are here, not in the pages:
///
/// - a code is accepted only for its own session, within ``CheckInCode/acceptedWindows``
///   windows of being shown, and only while the session is open for check-in (from
///   ``opensBefore`` before its start to its end, Baku time); a code that is too old says so —
///   never a false "success";
/// - a person is found by their reference, or by the last four digits of their phone and the
///   first three letters of a name — never from a list of names — among those who could be in
///   the room: the event's enrolled people, and as walk-in requests only people whose home is
///   the event's centre (``TraineeHome``); anyone else is "not found", so a code cannot be used
///   to look up the national registry; several that fit → the reference is asked for;
/// - a walk-in request is answered without a name (the trainer has not seen it yet), and is
///   confirmed only one by one, never by "confirm all";
/// - a check-in is not attendance: confirming makes the mark (present), so only confirmed
///   arrivals count for completion; rejecting makes none.
public struct CheckInDesk {
    let database: any Store

    public init(_ database: any Store) { self.database = database }

    /// Check-in opens this long before a session starts, and closes at its end.
    public static let opensBefore: TimeInterval = 30 * 60

    /// How far back a typed code is still recognised, to say "expired" rather than "not valid".
    static let rememberedTypedCodes: TimeInterval = 2 * 3600

    /// Whether a session takes check-ins now, for the trainer's screen: a code is shown only
    /// while phones would be accepted.
    public enum Opening: Sendable, Equatable {
        case open
        /// Opens at this instant (``opensBefore`` before the session's start).
        case opensAt(Date)
        /// Ended, or cancelled.
        case closed
    }

    public static func opening(of session: TrainingSession, in event: TrainingEvent, now: Date) -> Opening {
        guard session.status != .cancelled, event.status != .cancelled,
            let start = instant(session.date, session.startTime), let end = instant(session.date, session.endTime), now <= end
        else { return .closed }
        let opens = start.addingTimeInterval(-opensBefore)
        return now >= opens ? .open : .opensAt(opens)
    }

    public enum Refusal: CadreError, Equatable {
        /// A token or code that was never made by this server (mistyped, forged, or for nothing).
        case unknownCode
        case expired
        /// The session is not open for check-in now (too early, over, or cancelled).
        case notOpen
        case unknownPerson
        /// Several people fit the phone digits and letters: the reference is needed.
        case ambiguous
        case tooFewDetails
        /// The trainer turned this person's check-in down: scanning again does not undo it.
        case rejected

        public var category: ErrorCategory { self == .notOpen || self == .expired ? .conflict : .invalidInput }
        public var description: String {
            switch self {
            case .unknownCode: "this check-in code is not valid"
            case .expired: "this check-in code has expired; scan the code on the screen again"
            case .notOpen: "check-in for this session is not open now"
            case .unknownPerson: "no registered person matches; ask the trainer"
            case .ambiguous: "more than one person matches; give your reference instead"
            case .tooFewDetails: "give your reference, or the last 4 digits of your phone and the first 3 letters of your name"
            case .rejected: "the trainer did not accept this check-in; please see the trainer"
            }
        }
    }

    /// How a participant says who they are.
    public enum Identity: Sendable {
        case reference(String)
        case phoneAndName(lastDigits: String, letters: String)
    }

    /// What the trainer's screen shows now.
    public struct Screen: Sendable {
        public let token: String
        public let typedCode: String
        public let validUntil: Date
    }

    /// What the phone is told: the person's first name only (none for a walk-in request), and
    /// whether they are a walk-in.
    public struct Arrival: Sendable, Equatable {
        public let firstName: String
        public let isWalkIn: Bool
        /// They had checked in already (a second scan changes nothing).
        public let again: Bool
    }

    /// One line of the trainer's live list.
    public struct Line: Sendable {
        public let checkIn: CheckIn
        public let traineeRef: String
        /// The reference the trainer's list shows (``TraineeStorage/shownRef(of:)``).
        public let shownRef: String
        public let name: String
    }

    // MARK: The trainer's screen

    public func screen(event: TrainingEvent, session: TrainingSession, now: Date) throws -> Screen {
        let code = CheckInCode(key: try key())
        let window = CheckInCode.windowNumber(at: now)
        return Screen(
            token: code.token(session: session.id, window: window), typedCode: code.typedCode(session: session.id, window: window),
            validUntil: CheckInCode.expiry(of: window))
    }

    /// The session's check-ins with who they are, oldest first.
    public func lines(session: TrainingSession) throws -> [Line] {
        try database.read { database in
            try database.checkIns.checkIns(session: session.id).map { checkIn in
                let trainee = try database.trainees.trainee(id: checkIn.traineeID)
                let shown = try database.trainees.shownRef(of: checkIn.traineeID)
                return Line(checkIn: checkIn, traineeRef: trainee?.ref ?? "", shownRef: shown ?? trainee?.ref ?? "", name: trainee?.fullName ?? "")
            }
        }
    }

    /// Confirms every pending check-in of the session's enrolled people in one transaction:
    /// each becomes a present mark, unless the trainer marked the person already. Walk-in
    /// requests wait for ``confirmWalkIn(event:session:reference:context:)``, one by one.
    /// Returns how many were confirmed.
    public func confirmPending(event: TrainingEvent, session: TrainingSession, context: ChangeContext) throws -> Int {
        try database.write { database in
            let pending = try database.checkIns.checkIns(session: session.id).filter { $0.status == .pending && !$0.isWalkIn }
            for checkIn in pending {
                guard let trainee = try database.trainees.trainee(id: checkIn.traineeID) else { continue }
                try confirm(checkIn, of: trainee, event: event, session: session, in: database, context: context)
            }
            try database.audit.record(context, "check-in.confirm", entity: "training_session", entityID: session.id.databaseText,
                detail: "\(event.code) session \(session.number): \(pending.count) confirmed")
            return pending.count
        }
    }

    /// Confirms one walk-in request the trainer has looked at: the person is enrolled as a
    /// walk-in and marked present, in one transaction.
    public func confirmWalkIn(event: TrainingEvent, session: TrainingSession, reference: String, context: ChangeContext) throws {
        try database.write { database in
            let trainee = try TraineeRegistry(database).find(reference, in: database)
            guard let checkIn = try database.checkIns.checkIns(session: session.id).first(where: {
                $0.traineeID == trainee.id && $0.status == .pending && $0.isWalkIn
            }) else { throw NotFound(kind: "walk-in request", reference: reference) }
            try confirm(checkIn, of: trainee, event: event, session: session, in: database, context: context)
            try database.audit.record(context, "check-in.confirm-walk-in", entity: "training_session", entityID: session.id.databaseText,
                detail: "\(trainee.ref) in \(event.code) session \(session.number)")
        }
    }

    /// A check-in becomes a present mark (unless the trainer marked the person already) and is confirmed.
    private func confirm(_ checkIn: CheckIn, of trainee: Trainee, event: TrainingEvent, session: TrainingSession, in database: any Store, context: ChangeContext) throws {
        let enrollment = try database.events.enrollment(event: event.id, trainee: trainee.id)
        let marked = try enrollment.flatMap { try database.attendance.mark(enrollment: $0.id, session: session.id) } != nil
        if !marked {
            _ = try AttendanceBook(database).mark(
                eventCode: event.code, session: session.number, references: [trainee.ref], status: .present, walkIn: checkIn.isWalkIn, context: context)
        }
        try database.checkIns.setStatus(.confirmed, session: session.id, trainee: trainee.id)
    }

    /// Rejects one pending check-in: no mark is made.
    public func reject(event: TrainingEvent, session: TrainingSession, reference: String, context: ChangeContext) throws {
        try database.write { database in
            let trainee = try TraineeRegistry(database).find(reference, in: database)
            guard try database.checkIns.checkIns(session: session.id).contains(where: { $0.traineeID == trainee.id && $0.status == .pending }) else {
                throw NotFound(kind: "pending check-in", reference: reference)
            }
            try database.checkIns.setStatus(.rejected, session: session.id, trainee: trainee.id)
            try database.audit.record(context, "check-in.reject", entity: "training_session", entityID: session.id.databaseText,
                detail: "\(trainee.ref) in \(event.code) session \(session.number)")
        }
    }

    // MARK: The participant's phone

    /// The event and session a scanned token stands for, if it may be used now.
    public func session(token: String, now: Date) throws -> (TrainingEvent, TrainingSession) {
        try openSession(try sessionID(of: token, for: .checkIn, now: now), now: now)
    }

    /// The session a scanned token for `purpose` was made for, if it was made by this server
    /// and not too long ago (or too far ahead).
    func sessionID(of token: String, for purpose: CheckInCode.Purpose, now: Date) throws -> UUID {
        guard let (sessionID, window) = CheckInCode(key: try key()).read(token, for: purpose) else { throw Refusal.unknownCode }
        switch CheckInCode.age(of: window, now: now) {
        case .expired: throw Refusal.expired
        case .early: throw Refusal.unknownCode
        case .current: return sessionID
        }
    }

    /// The session whose screen shows `typed` now (or did, within the accepted windows).
    public func session(typedCode typed: String, now: Date) throws -> (TrainingEvent, TrainingSession) {
        let wanted = CheckInCode.normalized(typed)
        guard wanted.count == 6 else { throw Refusal.unknownCode }
        let code = CheckInCode(key: try key())
        let current = CheckInCode.windowNumber(at: now)
        let today = CalendarDate.today(now: now)
        let candidates = try database.read { database in
            try database.timetable.entries(from: today, to: today, centreID: nil, trainerID: nil, venueID: nil).compactMap { entry -> TrainingSession? in
                guard let event = try database.events.event(code: EventCode(entry.eventCode)) else { return nil }
                return try database.events.sessions(of: event.id).first { $0.number == entry.sessionNumber }
            }
        }
        for session in candidates {
            for window in (current - CheckInCode.acceptedWindows)...(current + CheckInCode.earlyWindows)
            where code.typedCode(session: session.id, window: window) == wanted {
                return try openSession(session.id, now: now)
            }
        }
        // A code that was shown today but too long ago is said to be expired, not unknown.
        let earliest = current - Int(Self.rememberedTypedCodes / CheckInCode.window)
        for session in candidates {
            for window in earliest..<(current - CheckInCode.acceptedWindows) where code.typedCode(session: session.id, window: window) == wanted {
                throw Refusal.expired
            }
        }
        throw Refusal.unknownCode
    }

    /// Records that the person is here, pending the trainer's confirmation.
    public func checkIn(_ identity: Identity, event: TrainingEvent, session: TrainingSession, now: Date) throws -> Arrival {
        try database.write { database in
            let (trainee, enrolled) = try find(identity, event: event, in: database)
            let (stored, inserted) = try database.checkIns.insertIfAbsent(
                CheckIn(sessionID: session.id, traineeID: trainee.id, status: .pending, isWalkIn: !enrolled, at: now))
            guard stored.status != .rejected else { throw Refusal.rejected }
            // A walk-in request is not answered with a name: nobody has seen it yet.
            let name = stored.isWalkIn ? "" : Self.firstName(of: trainee.fullName ?? "")
            return Arrival(firstName: name, isWalkIn: stored.isWalkIn, again: !inserted)
        }
    }

    // MARK: Rules

    /// The session if it is open for check-in now: not cancelled, from ``opensBefore`` before
    /// its start until its end.
    func openSession(_ sessionID: UUID, now: Date) throws -> (TrainingEvent, TrainingSession) {
        try database.read { database in
            guard let session = try database.events.session(id: sessionID), let event = try database.events.event(id: session.eventID) else {
                throw Refusal.unknownCode
            }
            guard Self.opening(of: session, in: event, now: now) == .open else { throw Refusal.notOpen }
            return (event, session)
        }
    }

    /// A civil date and time in Baku (UTC+4 all year) as an instant.
    static func instant(_ date: CalendarDate, _ time: String) -> Date? {
        guard let clock = ClockTime(parsing: time) else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(date.dayNumber * 86_400 + clock.minutes * 60 - 4 * 3600))
    }

    /// The person, and whether they are enrolled in the event: an enrolled person, or — as a
    /// walk-in request — someone whose home is the event's centre. Anyone else of the national
    /// registry is ``Refusal/unknownPerson``, exactly as someone never registered. Several
    /// people fitting the phone digits and letters: the event's own one if only one of them is
    /// enrolled, else ``Refusal/ambiguous`` — never one of them picked.
    func find(_ identity: Identity, event: TrainingEvent, in database: any Store) throws -> (Trainee, Bool) {
        func enrolled(_ trainee: Trainee) throws -> Bool {
            try database.events.enrollment(event: event.id, trainee: trainee.id)?.status == .enrolled
        }
        func mayWalkIn(_ trainee: Trainee) throws -> Bool {
            guard let centre = event.centreID else { return false }
            return try database.trainees.home(of: trainee.id) == .centre(centre)
        }
        switch identity {
        case .reference(let typed):
            let reference = typed.trimmingCharacters(in: .whitespaces)
            guard !reference.isEmpty, let trainee = try database.trainees.resolve(reference), trainee.erasedAt == nil else { throw Refusal.unknownPerson }
            if try enrolled(trainee) { return (trainee, true) }
            guard try mayWalkIn(trainee) else { throw Refusal.unknownPerson }
            return (trainee, false)
        case .phoneAndName(let lastDigits, let letters):
            let digits = lastDigits.filter(\.isNumber)
            let start = TextFolding.matchKey(letters.trimmingCharacters(in: .whitespaces))
            guard digits.count >= 4, start.count >= 3 else { throw Refusal.tooFewDetails }
            let fits = try TraineeRegistry(database).list(TraineeFilter(search: String(digits.suffix(4)))).trainees.filter { trainee in
                guard let phone = trainee.phone, phone.filter(\.isNumber).hasSuffix(digits.suffix(4)) else { return false }
                return (trainee.fullName ?? "").split(separator: " ").contains { TextFolding.matchKey(String($0)).hasPrefix(start) }
            }
            let ours = try fits.filter(enrolled)
            if ours.count == 1 { return (ours[0], true) }
            if ours.count > 1 || fits.count > 1 { throw Refusal.ambiguous }
            guard let only = fits.first, try mayWalkIn(only) else { throw Refusal.unknownPerson }
            return (only, false)
        }
    }

    /// The given name in a full name: Azerbaijani lists write the surname first (Həsənova
    /// Günel), others after — the first word that does not end like a surname, else the first.
    static func firstName(of fullName: String) -> String {
        let words = fullName.split(separator: " ").map(String.init)
        let surnameEndings = ["ova", "eva", "yeva", "ov", "ev", "yev", "li", "lı", "lu", "lü", "zadə", "zade", "ский", "ская", "ова", "ева", "ов", "ев"]
        return words.first { word in !surnameEndings.contains { word.lowercased().hasSuffix($0) } } ?? words.first ?? ""
    }

    /// The database's secret for signing codes: made once, from the system's secure generator,
    /// and kept with the data (whoever can read the file can change the marks anyway).
    func key() throws -> [UInt8] {
        if let stored = try database.read({ try $0.settings.value(Self.keySetting) }), let bytes = Self.bytes(hex: stored) { return bytes }
        return try database.write { database in
            if let stored = try database.settings.value(Self.keySetting), let bytes = Self.bytes(hex: stored) { return bytes }
            var generator = SystemRandomNumberGenerator()
            let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
            try database.settings.set(Self.keySetting, to: SHA256.hex(bytes))
            return bytes
        }
    }

    static let keySetting = "check_in_key"

    static func bytes(hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count == 64 else { return nil }
        let bytes = stride(from: 0, to: 64, by: 2).compactMap { UInt8(String(decoding: digits[$0..<($0 + 2)], as: UTF8.self), radix: 16) }
        return bytes.count == 32 ? bytes : nil
    }
}
