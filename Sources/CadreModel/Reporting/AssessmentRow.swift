/// One line of the assessment report: the knowledge gain of the matched pre/post pairs in
/// one combination of the report's dimensions.
public struct AssessmentRow: Codable, Sendable {
    /// The group's value for each dimension asked for, in the order asked.
    public let values: [String?]
    public let gain: KnowledgeGain

    public init(values: [String?], gain: KnowledgeGain) {
        self.values = values
        self.gain = gain
    }
}
