/// A person enrolled in a course written for other professions: who, their profession, and
/// the professions the course is for — so a page can say it in its own words.
public struct AudienceMiss: Equatable, Sendable {
    public let traineeRef: String
    public let name: String
    public let profession: String
    public let courseCode: String
    public let audience: [String]

    public init(traineeRef: String, name: String, profession: String, courseCode: String, audience: [String]) {
        self.traineeRef = traineeRef
        self.name = name
        self.profession = profession
        self.courseCode = courseCode
        self.audience = audience
    }

    /// The terminal's line: `T-00003: profession 'judge' is not in the audience of DV-101 (…)`.
    public var english: String {
        "\(traineeRef): profession '\(profession)' is not in the audience of \(courseCode) (\(audience.joined(separator: ", ")))"
    }
}
