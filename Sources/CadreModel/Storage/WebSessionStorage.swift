public import Foundation

/// Signed-in browsers (``WebSession``).
public protocol WebSessionStorage {
    func insert(_ session: WebSession) throws
    func session(tokenHash: [UInt8]) throws -> WebSession?
    func touch(tokenHash: [UInt8], at date: Date) throws
    func delete(tokenHash: [UInt8]) throws
    /// Ends every session of a user (signed out everywhere, or disabled).
    func deleteAll(userID: UUID) throws
}
