import Foundation

/// A person on an event's roster as printed on its pages: their name, and the organisation
/// and profession they had when they enrolled (not what their record says today).
public struct RosterLine: Sendable, Equatable {
    public let name: String
    public let organization: String?
    public let profession: String?

    public init(name: String, organization: String?, profession: String?) {
        self.name = name
        self.organization = organization
        self.profession = profession
    }
}

/// An enrolled person as registers and results pages list them: by their enrolment, with the
/// person's short reference and name (`—` once erased).
struct EnrolledPerson {
    let enrollmentID: UUID
    let isWalkIn: Bool
    let traineeRef: String
    let name: String
}
