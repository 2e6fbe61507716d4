public import Foundation

/// One delivery of a course at a centre, e.g. `DV-SAATLI-2021-10`.
public struct TrainingEvent: Codable, Equatable, Sendable, Identifiable {
    public enum Status: String, CaseIterable, Codable, Sendable {
        case planned, running, completed, cancelled
    }

    public var id: UUID
    public var code: String
    public var courseID: UUID
    public var centreID: UUID?
    public var venueID: UUID?
    /// First and last day, ISO 8601 dates in Asia/Baku.
    public var startDate: String
    public var endDate: String
    public var trainerIDs: [UUID]
    public var capacity: Int?
    public var status: Status

    public init(
        id: UUID, code: String, courseID: UUID, centreID: UUID?, venueID: UUID?, startDate: String,
        endDate: String, trainerIDs: [UUID] = [], capacity: Int? = nil, status: Status = .planned
    ) {
        self.id = id
        self.code = code
        self.courseID = courseID
        self.centreID = centreID
        self.venueID = venueID
        self.startDate = startDate
        self.endDate = endDate
        self.trainerIDs = trainerIDs
        self.capacity = capacity
        self.status = status
    }
}
