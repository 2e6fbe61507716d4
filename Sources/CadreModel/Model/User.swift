public import Foundation

/// Someone who signs in to the web application. Coordinators and trainers belong to a centre
/// and see only its records; a viewer reads reports (a centre's, or all); an admin manages
/// users, centres and curricula. The password is kept only as a ``PasswordHash``.
public struct User: Codable, Equatable, Sendable {
    public enum Role: String, CaseIterable, Codable, Sendable {
        case admin, coordinator, trainer, viewer

        /// Coordinators and trainers work for one centre.
        public var needsCentre: Bool { self == .coordinator || self == .trainer }
    }

    public var id: UUID
    /// What they type to sign in: lower case, 3 to 64 letters, digits, `.`, `_` or `-`.
    public var login: String
    public var role: Role
    public var centreID: UUID?
    public var passwordHash: String
    public var disabledAt: Date?
    public var createdAt: Date
    /// The language the person reads their pages and downloads in, once they have chosen one.
    public var language: Language?
    /// For a trainer's account, the trainer they are (``Trainer``): the events they train are
    /// theirs — their own feedback scores among what they may read.
    public var trainerID: UUID?

    public init(
        id: UUID, login: String, role: Role, centreID: UUID?, passwordHash: String, disabledAt: Date? = nil, createdAt: Date, language: Language? = nil,
        trainerID: UUID? = nil
    ) {
        self.trainerID = trainerID
        self.id = id
        self.login = login
        self.role = role
        self.centreID = centreID
        self.passwordHash = passwordHash
        self.disabledAt = disabledAt
        self.createdAt = createdAt
        self.language = language
    }

    /// A login as stored, or nil when it is not one.
    public static func login(_ typed: String) -> String? {
        let login = typed.trimmingCharacters(in: .whitespaces).lowercased()
        guard (3...64).contains(login.count),
            login.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) })
        else { return nil }
        return login
    }
}
