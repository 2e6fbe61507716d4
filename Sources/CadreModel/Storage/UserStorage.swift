public import Foundation

/// The web application's users.
public protocol UserStorage {
    func insert(_ user: User) throws
    /// Changes role, centre, password and disabled state (not the login or the id).
    func update(_ user: User) throws
    func user(login: String) throws -> User?
    func user(id: UUID) throws -> User?
    /// Every user, by login.
    func all() throws -> [User]
}
