public import Foundation

/// A person on an event's roster as printed on its pages: their name, and the organisation
/// and profession they had when they enrolled (not what their record says today).
public struct RosterLine: Sendable, Equatable {
    public let name: String
    /// The reference printed beside the name, for typing a signed sheet back in: the
    /// centre's own one where the person has one, else Cadre's `T-…`. Imports accept either.
    public let ref: String
    public let organization: String?
    public let profession: String?

    public init(name: String, ref: String, organization: String?, profession: String?) {
        self.name = name
        self.ref = ref
        self.organization = organization
        self.profession = profession
    }
}

/// An enrolled person as registers and results pages list them: by their enrolment, with the
/// person's short reference and name (`—` once erased).
public struct EnrolledPerson: Sendable {
    public let enrollmentID: UUID
    public let isWalkIn: Bool
    public let traineeRef: String
    /// The reference sign-in sheets print: the centre's own, else ``traineeRef``.
    public let printedRef: String
    public let name: String

    public init(enrollmentID: UUID, isWalkIn: Bool, traineeRef: String, printedRef: String? = nil, name: String) {
        self.enrollmentID = enrollmentID
        self.isWalkIn = isWalkIn
        self.traineeRef = traineeRef
        self.printedRef = printedRef ?? traineeRef
        self.name = name
    }
}
