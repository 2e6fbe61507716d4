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
