public import Foundation

/// Proof that a trainee completed an event's course, checkable offline by its
/// verification code.
public struct Certificate: Codable, Equatable, Sendable, Identifiable {
    public var id: UUID
    /// Gapless per series and year, e.g. `DV-2021-00017`.
    public var serial: String
    public var series: String
    public var year: Int
    public var sequence: Int
    /// A random code printed in groups, e.g. `7KQ4-M2XD-9PRT-HW3C`.
    public var verificationCode: String
    public var enrollmentID: UUID
    /// When it was recorded.
    public var issuedAt: Date
    /// The date the certificate bears: by default the event's last session day, so a past
    /// round entered later is dated when it ended, not when it was typed in.
    public var issueDate: CalendarDate
    public var issuedBy: String
    public var revokedAt: Date?
    public var revokeReason: String?
    /// The certificate that replaced this one after a correction.
    public var supersededByID: UUID?

    public init(
        id: UUID, serial: String, series: String, year: Int, sequence: Int, verificationCode: String,
        enrollmentID: UUID, issuedAt: Date, issueDate: CalendarDate, issuedBy: String, revokedAt: Date? = nil,
        revokeReason: String? = nil, supersededByID: UUID? = nil
    ) {
        self.id = id
        self.serial = serial
        self.series = series
        self.year = year
        self.sequence = sequence
        self.verificationCode = verificationCode
        self.enrollmentID = enrollmentID
        self.issuedAt = issuedAt
        self.issueDate = issueDate
        self.issuedBy = issuedBy
        self.revokedAt = revokedAt
        self.revokeReason = revokeReason
        self.supersededByID = supersededByID
    }
}
