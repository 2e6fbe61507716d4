public import CadreModel
public import Foundation

/// The follow-up some months after a training: each person who completed it gets a personal
/// link (by SMS or e-mail, sent by the centre's own tools) that opens the follow-up
/// questionnaire without an account. The rules are here:
///
/// - links go to the event's completers who have not answered yet, from the day the follow-up
///   is due (the questionnaire's `afterMonths` after the event's last day; earlier only when
///   forced), each for ``defaultValidDays`` days unless said;
/// - a token is 100 random bits (``LinkToken``); only its SHA-256 is stored, so the database
///   opens nothing;
/// - a link answers once: the first form is recorded as the person's, every later one —
///   through this link or another of theirs — is refused; a link before its first day, after
///   its last, or unknown opens nothing, and says which;
/// - answers are stored with the person only when the questionnaire says so
///   (``Questionnaire/linkedToPerson``); otherwise as anonymously as the end-of-training form.
public struct FollowUpDesk {
    let database: any Store

    public init(_ database: any Store) { self.database = database }

    /// The built-in follow-up questionnaire.
    public static let followUpCode = "FOLLOW-UP"
    /// How long a link opens the questionnaire, in days from its first.
    public static let defaultValidDays = 30
    /// A follow-up's wait after the event's last day when its questionnaire does not say.
    public static let defaultAfterMonths = 3

    /// One person's new link: what the centre sends them.
    public struct Link: Sendable, Equatable {
        public let traineeRef: String
        public let name: String
        public let phone: String?
        public let email: String?
        /// The token to put after the server's address (`/q/TOKEN`); shown once, never stored.
        public let token: String
        public let language: Language
        public let opensOn: CalendarDate
        public let expiresOn: CalendarDate
    }

    /// What `issue` did for an event.
    public struct Wave: Sendable {
        /// The event, its course and centre (for the message's words).
        public let summary: EventSummary
        public let questionnaire: Questionnaire
        public let dueOn: CalendarDate
        public let links: [Link]
        /// Completers who answered already (no new link).
        public let answered: Int
        /// Enrolled people who did not complete the event (no link).
        public let notCompleted: Int
    }

    public enum Refusal: CadreError, Equatable {
        case notDue(event: String, dueOn: CalendarDate)
        /// A token this server never made, mistyped, or of an erased person.
        case unknownLink
        case notYetOpen(opensOn: CalendarDate)
        case expired(expiresOn: CalendarDate)
        case alreadyAnswered
        case invalidDays(Int)

        public var category: ErrorCategory {
            switch self {
            case .notDue, .notYetOpen, .expired, .alreadyAnswered: .conflict
            case .unknownLink, .invalidDays: .invalidInput
            }
        }

        public var description: String {
            switch self {
            case .notDue(let event, let due): "the follow-up of \(event) is due on \(due) (its questionnaire's months after the event's last day); --now makes the links earlier"
            case .unknownLink: "this link is not valid; check that it was copied whole"
            case .notYetOpen(let opens): "this questionnaire opens on \(opens)"
            case .expired(let expires): "this link expired on \(expires)"
            case .alreadyAnswered: "this questionnaire has been answered already; thank you"
            case .invalidDays(let days): "--valid-days must be from 1 to 365, not \(days)"
            }
        }
    }

    /// The follow-up questionnaire (its newest version).
    public func questionnaire() throws -> Questionnaire {
        try database.read { database in
            guard let questionnaire = try database.questionnaires.latest(code: Self.followUpCode)?.questionnaire else {
                throw FeedbackBook.FeedbackError.noQuestionnaire(code: Self.followUpCode)
            }
            return questionnaire
        }
    }

    /// The day the follow-up of an event ending on `lastDay` is due.
    public static func dueOn(lastDay: CalendarDate, questionnaire: Questionnaire) -> CalendarDate {
        lastDay.adding(months: questionnaire.afterMonths ?? defaultAfterMonths)
    }

    /// Where an event's follow-up stands: when it is due, how many completed the event and
    /// how many of them have answered.
    public struct Standing: Sendable {
        public let summary: EventSummary
        public let questionnaire: Questionnaire
        public let dueOn: CalendarDate
        public let completed: Int
        public let answered: Int
    }

    public func standing(eventCode: String) throws -> Standing {
        let register = try AttendanceRegister.load(eventCode, database: database)
        let questionnaire = try questionnaire()
        let answered = try database.read { database in
            try register.rows.filter(\.completion.completed).count { row in
                try database.feedback.hasResponded(enrollment: row.enrollmentID, questionnaire: questionnaire.id)
            }
        }
        return Standing(
            summary: register.summary, questionnaire: questionnaire, dueOn: Self.dueOn(lastDay: register.summary.event.endDate, questionnaire: questionnaire),
            completed: register.rows.count(where: \.completion.completed), answered: answered)
    }

    /// Makes a new link for each completer of the event who has not answered, in one
    /// transaction. Earlier links stay good until they expire (a message already sent still
    /// works); whichever is used first answers for the person. `language` nil: each person's
    /// own (``language(of:)``).
    public func issue(
        eventCode: String, today: CalendarDate, validDays: Int = defaultValidDays, language: Language? = nil, force: Bool = false,
        context: ChangeContext
    ) throws -> Wave {
        guard (1...365).contains(validDays) else { throw Refusal.invalidDays(validDays) }
        let register = try AttendanceRegister.load(eventCode, database: database)
        let questionnaire = try questionnaire()
        let event = register.summary.event
        let due = Self.dueOn(lastDay: event.endDate, questionnaire: questionnaire)
        guard force || today >= due else { throw Refusal.notDue(event: event.code, dueOn: due) }
        return try database.write { database in
            var links: [Link] = []
            var answered = 0
            for row in register.rows where row.completion.completed {
                if try database.feedback.hasResponded(enrollment: row.enrollmentID, questionnaire: questionnaire.id) {
                    answered += 1
                    continue
                }
                guard let trainee = try database.trainees.resolve(row.traineeRef), trainee.erasedAt == nil else { continue }
                links.append(try Self.newLink(
                    to: (row.traineeRef, row.name, trainee.phone, trainee.email), enrollment: row.enrollmentID, questionnaire: questionnaire,
                    opens: today, validDays: validDays, language: language ?? Self.language(of: trainee), in: database, context: context))
            }
            try database.audit.record(
                context, "followup.issue", entity: "training_event", entityID: event.id.databaseText,
                detail: "\(event.code): \(links.count) links, valid \(validDays) days")
            return Wave(
                summary: register.summary, questionnaire: questionnaire, dueOn: due, links: links, answered: answered,
                notCompleted: register.rows.count { !$0.completion.completed })
        }
    }

    /// Links printed on certificates (`cadre certificate print --follow-up-qr`): one for each
    /// valid certificate whose holder has not answered, opening the day the follow-up is due
    /// (today, if that has passed) for `validDays` days, in the certificate's language. Returns
    /// them by certificate serial.
    public func certificateLinks(
        _ records: [CertificateRecord], today: CalendarDate, validDays: Int = defaultValidDays, language: Language, context: ChangeContext
    ) throws -> [String: Link] {
        guard (1...365).contains(validDays) else { throw Refusal.invalidDays(validDays) }
        let questionnaire = try questionnaire()
        return try database.write { database in
            var links: [String: Link] = [:]
            for record in records where record.status == .valid {
                let enrollment = record.certificate.enrollmentID
                guard try !database.feedback.hasResponded(enrollment: enrollment, questionnaire: questionnaire.id) else { continue }
                let opens = max(today, Self.dueOn(lastDay: record.endDate, questionnaire: questionnaire))
                links[record.certificate.serial] = try Self.newLink(
                    to: (record.traineeRef, record.holder, nil, nil), enrollment: enrollment, questionnaire: questionnaire, opens: opens,
                    validDays: validDays, language: language, in: database, context: context)
            }
            try database.audit.record(context, "followup.certificates", entity: "certificate", detail: "\(links.count) links printed on certificates")
            return links
        }
    }

    /// The language a person is written to in: Russian when their name is written in Cyrillic,
    /// else Azerbaijani (Cadre keeps no language per person).
    public static func language(of trainee: Trainee) -> Language {
        let cyrillic = (trainee.fullName ?? "").unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
        return cyrillic ? .ru : .az
    }

    /// Stores a new link for `enrollment`, open from `opens` for `validDays` days, and returns
    /// what is sent to `person`: its token (``ChangeContext/makeLinkToken``) is in the returned
    /// link only, the database keeps its hash.
    static func newLink(
        to person: (ref: String, name: String, phone: String?, email: String?), enrollment: UUID, questionnaire: Questionnaire, opens: CalendarDate,
        validDays: Int, language: Language, in database: any Store, context: ChangeContext
    ) throws -> Link {
        let expires = opens.adding(days: validDays - 1)
        let link = FollowUpLink(enrollmentID: enrollment, questionnaireID: questionnaire.id, opensOn: opens, expiresOn: expires, language: language)
        let token = context.makeLinkToken()
        try database.followUpLinks.insert(link, tokenHash: hash(token))
        return Link(
            traineeRef: person.ref, name: person.name, phone: person.phone, email: person.email, token: token, language: language, opensOn: opens,
            expiresOn: expires)
    }

    static func hash(_ token: String) -> String { SHA256.hex(SHA256.hash(Array(token.utf8))) }

    /// What a link opens: the questionnaire, the event's code and the person's language.
    public struct Opened: Sendable {
        public let questionnaire: Questionnaire
        public let eventCode: String
        /// The training it asks about, for the page's heading.
        public let courseTitle: LocalizedText
        public let eventDates: (start: CalendarDate, end: CalendarDate)
        public let language: Language
    }

    /// The questionnaire a link opens today, or why it opens none.
    public func open(token: String, today: CalendarDate) throws -> Opened {
        try database.read { database in
            let (link, event, questionnaire) = try valid(token, today: today, in: database)
            let title = try database.courses.course(id: event.courseID)?.title ?? LocalizedText(everywhere: event.code)
            return Opened(
                questionnaire: questionnaire, eventCode: event.code, courseTitle: title, eventDates: (event.startDate, event.endDate), language: link.language)
        }
    }

    /// Stores the form a link's page sent: once per person, as the questionnaire says —
    /// linked to them or not.
    public func submit(token: String, values: [String: String], today: CalendarDate) throws {
        try database.write { database in
            let (link, event, questionnaire) = try valid(token, today: today, in: database)
            let form: FeedbackForm
            switch FeedbackForm.check(values, against: questionnaire) {
            case .success(let checked): form = checked
            case .failure(let problems): throw FeedbackBook.FeedbackError.invalid(problems)
            }
            try FeedbackBook.store(form, event: event, questionnaire: questionnaire, respondent: link.enrollmentID, channel: .link, database: database)
        }
    }

    /// The link `token` stands for, if it opens its questionnaire today and its person has not answered.
    private func valid(_ token: String, today: CalendarDate, in database: any Store) throws -> (FollowUpLink, TrainingEvent, Questionnaire) {
        let typed = CheckInCode.normalized(token)
        guard typed.count == LinkToken.length, let (link, eventID, traineeID, enrolled) = try database.followUpLinks.link(tokenHash: Self.hash(typed)),
            enrolled, let trainee = try database.trainees.trainee(id: traineeID), trainee.erasedAt == nil,
            let event = try database.events.event(id: eventID),
            let questionnaire = try database.questionnaires.questionnaire(id: link.questionnaireID)
        else { throw Refusal.unknownLink }
        guard today >= link.opensOn else { throw Refusal.notYetOpen(opensOn: link.opensOn) }
        guard today <= link.expiresOn else { throw Refusal.expired(expiresOn: link.expiresOn) }
        guard try !database.feedback.hasResponded(enrollment: link.enrollmentID, questionnaire: questionnaire.id) else { throw Refusal.alreadyAnswered }
        return (link, event, questionnaire)
    }
}
