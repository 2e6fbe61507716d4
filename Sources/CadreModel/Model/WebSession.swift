public import Foundation

/// A signed-in browser: known to the server by the SHA-256 of its random token (the token
/// itself lives only in the browser's cookie), with the CSRF token its forms carry.
public struct WebSession: Equatable, Sendable {
    public let tokenHash: [UInt8]
    public let userID: UUID
    public let csrfToken: String
    public let createdAt: Date
    public var lastSeen: Date

    public init(tokenHash: [UInt8], userID: UUID, csrfToken: String, createdAt: Date, lastSeen: Date) {
        self.tokenHash = tokenHash
        self.userID = userID
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.lastSeen = lastSeen
    }
}
