public import Foundation

/// One version of a course, as loaded from a curriculum file.
///
/// Re-importing a changed curriculum creates a new version with the same code; events keep
/// pointing at the version they were delivered from.
public struct Course: Codable, Equatable, Sendable, Identifiable {
    public var id: UUID
    public var code: String
    public var version: Int
    public var title: LocalizedText
    /// Profession codes the course is meant for; empty means everyone.
    public var audience: [String]
    public var modules: [CourseModule]
    public var completion: CompletionRule
    public var assessment: AssessmentSpec
    /// Questions the course adds to the end-of-training form of its events (nil: none — and
    /// absent from the canonical JSON, so courses without any keep their versions).
    public var feedbackQuestions: [Question]?
    /// The end-of-training questionnaire the course's events answer instead of the built-in
    /// one (its code; nil: `FEEDBACK-END`).
    public var feedbackQuestionnaire: String?

    public init(
        id: UUID, code: String, version: Int, title: LocalizedText, audience: [String],
        modules: [CourseModule], completion: CompletionRule, assessment: AssessmentSpec, feedbackQuestions: [Question]? = nil,
        feedbackQuestionnaire: String? = nil
    ) {
        self.feedbackQuestionnaire = feedbackQuestionnaire
        self.feedbackQuestions = feedbackQuestions
        self.id = id
        self.code = code
        self.version = version
        self.title = title
        self.audience = audience
        self.modules = modules
        self.completion = completion
        self.assessment = assessment
    }

    /// The sum of the modules' durations, in minutes (exact; hours may be fractional).
    public var totalMinutes: Int { modules.reduce(0) { $0 + $1.minutes } }

    /// Total hours, for display.
    public var totalHours: Double { Double(totalMinutes) / 60 }
}

/// A module of a course: a titled block of hours with its learning objectives.
public struct CourseModule: Codable, Equatable, Sendable {
    public var title: LocalizedText
    public var minutes: Int
    public var objectives: [LocalizedText]

    public init(title: LocalizedText, minutes: Int, objectives: [LocalizedText] = []) {
        self.title = title
        self.minutes = minutes
        self.objectives = objectives
    }

    public var hours: Double { Double(minutes) / 60 }
}

/// What a participant must do to complete a course.
public struct CompletionRule: Codable, Equatable, Sendable {
    /// Share of the event's held sessions that must be attended (present or late).
    public var minAttendancePercent: Int
    /// Minimum post-test score, when the course has one.
    public var passMark: Int?

    public init(minAttendancePercent: Int, passMark: Int? = nil) {
        self.minAttendancePercent = minAttendancePercent
        self.passMark = passMark
    }
}

/// How the course's pre- and post-tests are scored.
public struct AssessmentSpec: Codable, Equatable, Sendable {
    public var maxScore: Int

    public init(maxScore: Int) { self.maxScore = maxScore }
}
