public import Foundation

/// A trainee's place on an event, with the facts about them as they were at the event.
///
/// The snapshot (profession, region, organisation, sex) is what reports count, so a later
/// change of job does not rewrite past statistics.
public struct Enrollment: Codable, Equatable, Sendable, Identifiable {
    public enum Status: String, CaseIterable, Codable, Sendable {
        case enrolled, waitlisted, withdrawn
    }

    public var id: UUID
    public var eventID: UUID
    public var traineeID: UUID
    public var status: Status
    /// Order on the waitlist, promoted first-come first-served.
    public var waitlistPosition: Int?
    /// Enrolled at the door rather than in advance.
    public var isWalkIn: Bool
    public var professionCode: String?
    public var regionCode: String?
    public var organization: String?
    public var sex: Sex?
    public var enrolledAt: Date

    public init(
        id: UUID, eventID: UUID, traineeID: UUID, status: Status, waitlistPosition: Int? = nil,
        isWalkIn: Bool = false, professionCode: String?, regionCode: String?, organization: String?,
        sex: Sex?, enrolledAt: Date
    ) {
        self.id = id
        self.eventID = eventID
        self.traineeID = traineeID
        self.status = status
        self.waitlistPosition = waitlistPosition
        self.isWalkIn = isWalkIn
        self.professionCode = professionCode
        self.regionCode = regionCode
        self.organization = organization
        self.sex = sex
        self.enrolledAt = enrolledAt
    }
}
