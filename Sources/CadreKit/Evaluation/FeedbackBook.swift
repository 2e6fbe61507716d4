public import CadreModel
public import Foundation

/// End-of-training feedback: forms answered at the door or on paper, stored so that no answer
/// can be joined to who gave it (``FeedbackStorage``), one form per participant.
public struct FeedbackBook {
    let database: any Store

    public init(_ database: any Store) { self.database = database }

    /// The built-in end-of-training questionnaire every event uses (a course's own comes later).
    public static let endOfTrainingCode = "FEEDBACK-END"

    public enum FeedbackError: CadreError, Equatable {
        case noQuestionnaire(code: String)
        case notEndOfTraining(code: String)
        case notEnrolled(reference: String, event: String)
        case alreadyAnswered(reference: String)
        case invalid(FeedbackForm.ProblemList)

        public var category: ErrorCategory {
            switch self {
            case .notEnrolled, .alreadyAnswered: .conflict
            case .noQuestionnaire, .notEndOfTraining, .invalid: .invalidInput
            }
        }

        public var description: String {
            switch self {
            case .noQuestionnaire(let code):
                "no questionnaire \(code); load the built-in ones (or the course's own) with 'cadre questionnaire import'"
            case .notEndOfTraining(let code): "questionnaire \(code) is a follow-up: a course's end-of-training form needs an end-of-training one"
            case .notEnrolled(let reference, let event): "\(reference) is not enrolled in \(event)"
            case .alreadyAnswered(let reference): "\(reference) has already answered this questionnaire; one form per person"
            case .invalid(let list):
                list.problems.map { "\($0.question): " + ($0.value.isEmpty ? $0.reason : "\"\($0.value)\" \($0.reason)") }.joined(separator: "; ")
            }
        }
    }

    /// The questionnaire answered at the end of events.
    public func endOfTraining() throws -> Questionnaire {
        try database.read { try Self.endOfTraining(in: $0) }
    }

    /// The form an event's participants answer: the end-of-training questionnaire its course
    /// names (``Course/feedbackQuestionnaire``, else the built-in one) and the questions the
    /// course adds (``Course/feedbackQuestions``; one whose key the questionnaire asks already
    /// is not asked twice).
    public func form(eventCode: String) throws -> Questionnaire {
        try database.read { database in
            guard let event = try database.events.event(code: EventCode(eventCode)) else { throw NotFound(kind: "event", reference: eventCode) }
            return try Self.form(for: event, in: database)
        }
    }

    static func form(for event: TrainingEvent, in database: any Store) throws -> Questionnaire {
        let course = try database.courses.course(id: event.courseID)
        return Self.adding(course?.feedbackQuestions ?? [], to: try endOfTraining(in: database, code: questionnaireCode(of: course)))
    }

    /// `questionnaire` with `questions` after its own, those whose keys it asks already left out.
    static func adding(_ questions: [Question], to questionnaire: Questionnaire) -> Questionnaire {
        var form = questionnaire
        for question in questions where form.question(question.key) == nil { form.questions.append(question) }
        return form
    }

    static func endOfTraining(in database: any Store, code: String = endOfTrainingCode) throws -> Questionnaire {
        guard let questionnaire = try database.questionnaires.latest(code: code)?.questionnaire else { throw FeedbackError.noQuestionnaire(code: code) }
        guard questionnaire.kind == .endOfTraining else { throw FeedbackError.notEndOfTraining(code: code) }
        return questionnaire
    }

    /// The end-of-training questionnaire a course's events answer: its own, else the built-in one.
    public static func questionnaireCode(of course: Course?) -> String { course?.feedbackQuestionnaire ?? endOfTrainingCode }

    /// Stores one person's form for an event: they must be enrolled in it and may answer once.
    /// What is recorded of them is only that they answered, and how (`channel`).
    public func submit(eventCode: String, reference: String, values: [String: String], channel: FeedbackChannel) throws {
        try database.write { database in
            guard let event = try database.events.event(code: EventCode(eventCode)) else { throw NotFound(kind: "event", reference: eventCode) }
            let questionnaire = try Self.form(for: event, in: database)
            let form: FeedbackForm
            switch FeedbackForm.check(values, against: questionnaire) {
            case .success(let checked): form = checked
            case .failure(let problems): throw FeedbackError.invalid(problems)
            }
            let enrollment = try Self.enrollment(of: reference, in: event, database: database)
            guard try !database.feedback.hasResponded(enrollment: enrollment, questionnaire: questionnaire.id) else {
                throw FeedbackError.alreadyAnswered(reference: reference)
            }
            try Self.store(form, event: event, questionnaire: questionnaire, respondent: enrollment, channel: channel, database: database)
        }
    }

    /// The enrolment (status enrolled) of the person `reference` names in `event`.
    static func enrollment(of reference: String, in event: TrainingEvent, database: any Store) throws -> UUID {
        guard let trainee = try database.trainees.resolve(reference),
            let enrollment = try database.events.enrollment(event: event.id, trainee: trainee.id), enrollment.status == .enrolled
        else { throw FeedbackError.notEnrolled(reference: reference, event: event.code) }
        return enrollment.id
    }

    /// Stores a form under a random id — never the time-ordered ids records get, which would
    /// tell the order forms came in — and, apart from it, that `respondent` answered.
    static func store(
        _ form: FeedbackForm, event: TrainingEvent, questionnaire: Questionnaire, respondent: UUID?, channel: FeedbackChannel, database: any Store
    ) throws {
        try database.feedback.insertResponse(
            UUID(), event: event.id, questionnaire: questionnaire.id, linkedEnrollment: questionnaire.linkedToPerson ? respondent : nil,
            answers: form.answers)
        if let respondent { try database.feedback.recordRespondent(enrollment: respondent, questionnaire: questionnaire.id, channel: channel) }
    }
}
