public import Foundation

/// Whether one enrolled trainee came to one session, and who recorded it when.
public struct AttendanceMark: Codable, Equatable, Sendable, Identifiable {
    public enum Status: String, CaseIterable, Codable, Sendable {
        case present, late, excused, absent

        /// Present and late count towards completion; excused and absent do not.
        public var countsAsAttended: Bool { self == .present || self == .late }
    }

    public var id: UUID
    public var enrollmentID: UUID
    public var sessionID: UUID
    public var status: Status
    public var note: String?
    public var markedBy: String
    public var markedAt: Date

    public init(
        id: UUID, enrollmentID: UUID, sessionID: UUID, status: Status, note: String? = nil,
        markedBy: String, markedAt: Date
    ) {
        self.id = id
        self.enrollmentID = enrollmentID
        self.sessionID = sessionID
        self.status = status
        self.note = note
        self.markedBy = markedBy
        self.markedAt = markedAt
    }
}
