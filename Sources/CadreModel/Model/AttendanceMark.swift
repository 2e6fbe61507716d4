public import Foundation

/// Whether one enrolled trainee came to one session, and who recorded it when.
public struct AttendanceMark: Codable, Equatable, Sendable, Identifiable {
    public enum Status: String, CaseIterable, Codable, Sendable {
        case present, late, excused, absent

        /// Present and late count towards completion; excused and absent do not.
        public var countsAsAttended: Bool { self == .present || self == .late }
    }

    /// A mark is identified by its enrolment and session; its id is derived from them (see
    /// ``id(enrollment:session:)``), so it is the same in every database that holds the mark
    /// and costs nothing to store.
    public var id: UUID { Self.id(enrollment: enrollmentID, session: sessionID) }
    public var enrollmentID: UUID
    public var sessionID: UUID
    public var status: Status
    public var note: String?
    public var markedBy: String
    public var markedAt: Date

    public init(
        enrollmentID: UUID, sessionID: UUID, status: Status, note: String? = nil,
        markedBy: String, markedAt: Date
    ) {
        self.enrollmentID = enrollmentID
        self.sessionID = sessionID
        self.status = status
        self.note = note
        self.markedBy = markedBy
        self.markedAt = markedAt
    }

    /// The name-based id of the mark of one enrolment at one session: a version 8 UUID (RFC
    /// 9562) of the first 16 bytes of SHA-256 over both ids' 16 bytes. The audit log names
    /// marks by it; earlier marks' entries keep the random ids they were written with.
    public static func id(enrollment: UUID, session: UUID) -> UUID {
        var bytes = withUnsafeBytes(of: enrollment.uuid) { Array($0) }
        withUnsafeBytes(of: session.uuid) { bytes += $0 }
        var digest = Array(SHA256.hash(bytes).prefix(16))
        digest[6] = (digest[6] & 0x0F) | 0x80
        digest[8] = (digest[8] & 0x3F) | 0x80
        return digest.withUnsafeBytes { UUID(uuid: $0.load(as: uuid_t.self)) }
    }
}
