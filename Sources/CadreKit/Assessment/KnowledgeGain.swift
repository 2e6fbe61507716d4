import Foundation

/// What participants learned, computed on matched pre/post pairs only.
public struct KnowledgeGain: Codable, Sendable, Equatable {
    public let pairs: Int
    public let meanPre: Double
    public let meanPost: Double
    /// Mean of post − pre, in points.
    public let meanGain: Double
    /// Mean gain as a percentage of the maximum score.
    public let meanGainPercent: Double
    /// Mean of (post − pre) / (max − pre) over pairs that could still improve (Hake's gain).
    public let normalisedGain: Double?
    public let improved: Int
    public let stayed: Int
    public let dropped: Int

    /// `pairs` are (pre, post, max) of people who took both tests.
    public init(pairs scores: [(pre: Int, post: Int, max: Int)]) {
        pairs = scores.count
        let count = Double(max(scores.count, 1))
        meanPre = Double(scores.reduce(0) { $0 + $1.pre }) / count
        meanPost = Double(scores.reduce(0) { $0 + $1.post }) / count
        meanGain = Double(scores.reduce(0) { $0 + $1.post - $1.pre }) / count
        meanGainPercent = scores.reduce(0.0) { $0 + Double($1.post - $1.pre) * 100 / Double($1.max) } / count
        let normalisable = scores.filter { $0.max > $0.pre }
        normalisedGain = normalisable.isEmpty
            ? nil : normalisable.reduce(0.0) { $0 + Double($1.post - $1.pre) / Double($1.max - $1.pre) } / Double(normalisable.count)
        improved = scores.filter { $0.post > $0.pre }.count
        stayed = scores.filter { $0.post == $0.pre }.count
        dropped = scores.filter { $0.post < $0.pre }.count
    }
}

/// One event's scores: each participant's pre, post and gain, and the event's knowledge gain.
public struct AssessmentResults: Codable, Sendable {
    public struct Row: Codable, Sendable {
        public let traineeRef: String
        public let name: String
        public let pre: Int?
        public let post: Int?
        public let maxScore: Int
        public var gain: Int? { pre.flatMap { pre in post.map { $0 - pre } } }
    }

    public let summary: EventSummary
    public let rows: [Row]
    public let gain: KnowledgeGain

    public static func load(_ eventCode: String, database: Database) throws -> AssessmentResults {
        try database.read { database in
            let summary = try EventSummary.load(eventCode, database: database)
            let scores = try AssessmentStore(database).scores(of: summary.event.id)
            let rows = try EventStore(database).enrolledPeople(of: summary.event.id).map { person -> Row in
                let entry = scores[person.enrollmentID] ?? [:]
                return Row(
                    traineeRef: person.traineeRef, name: person.name, pre: entry[.pre]?.score, post: entry[.post]?.score,
                    maxScore: entry[.post]?.maxScore ?? entry[.pre]?.maxScore ?? summary.course.assessment.maxScore)
            }.sortedAzerbaijani { $0.name }
            let pairs = rows.compactMap { row in row.pre.flatMap { pre in row.post.map { (pre: pre, post: $0, max: row.maxScore) } } }
            return AssessmentResults(summary: summary, rows: rows, gain: KnowledgeGain(pairs: pairs))
        }
    }
}
