public import Foundation

/// A trainee's score on an event's pre- or post-test.
public struct AssessmentScore: Codable, Equatable, Sendable, Identifiable {
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case pre, post
    }

    public var id: UUID
    public var enrollmentID: UUID
    public var kind: Kind
    public var score: Int
    public var maxScore: Int
    public var recordedBy: String
    public var recordedAt: Date

    public init(
        id: UUID, enrollmentID: UUID, kind: Kind, score: Int, maxScore: Int, recordedBy: String,
        recordedAt: Date
    ) {
        self.id = id
        self.enrollmentID = enrollmentID
        self.kind = kind
        self.score = score
        self.maxScore = maxScore
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}
