public import CadreModel
public import Foundation

/// `cadre user`: who may sign in to the web application, with which role and for which
/// centre. Passwords arrive as typed (from standard input, never an argument that `ps` shows),
/// are kept only as PBKDF2 hashes, and never reach the audit log.
public struct UserAccounts {
    let database: any Store
    /// PBKDF2 iterations for new passwords: OWASP's figure unless a test asks for fewer.
    let iterations: Int

    public init(_ database: any Store, iterations: Int = PasswordHash.recommendedIterations) {
        self.database = database
        self.iterations = iterations
    }

    /// Shortest password accepted: long enough that the hash, not the rules, does the work.
    public static let minimumPasswordLength = 12

    /// Why a user cannot be added or changed: the reason, for a page to say in its language,
    /// and its English line for the terminal.
    public struct Refused: CadreError, Equatable {
        public enum Reason: Equatable, Sendable {
            case notALogin(String)
            case loginTaken(String)
            case needsCentre(User.Role)
            case adminWithCentre
            case alreadyDisabled(String)
            case passwordTooShort(given: Int)
            case passwordTooLong
            case trainerNotTrainer(User.Role)
        }

        public let reason: Reason
        public var category: ErrorCategory { .invalidInput }

        public init(_ reason: Reason) { self.reason = reason }

        public var description: String {
            switch reason {
            case .notALogin(let typed): "'\(typed)' is not a login: 3 to 64 letters, digits, '.', '_' or '-'"
            case .loginTaken(let login): "the login '\(login)' is taken"
            case .needsCentre(let role): "a \(role.rawValue) works for a centre: add --centre CODE"
            case .adminWithCentre: "an admin manages every centre: leave out --centre"
            case .alreadyDisabled(let login): "\(login) is already disabled"
            case .passwordTooShort(let given): "a password needs at least \(UserAccounts.minimumPasswordLength) characters (\(given) given)"
            case .passwordTooLong: "a password may be at most 1024 characters"
            case .trainerNotTrainer(let role): "only a trainer's account names a trainer (this is a \(role.rawValue)'s): leave out --trainer"
            }
        }
    }

    public func add(login typed: String, role: User.Role, centre: String?, trainer: String? = nil, password: String, context: ChangeContext) throws -> User {
        guard let login = User.login(typed) else {
            throw Refused(.notALogin(typed))
        }
        try Self.check(password)
        return try database.write { database in
            guard try database.users.user(login: login) == nil else { throw Refused(.loginTaken(login)) }
            let centreID = try centre.map { try database.scheduling.existingCentre($0).id }
            if role.needsCentre && centreID == nil { throw Refused(.needsCentre(role)) }
            if role == .admin && centreID != nil { throw Refused(.adminWithCentre) }
            if trainer != nil && role != .trainer { throw Refused(.trainerNotTrainer(role)) }
            let trainerID = try trainer.map { reference in
                guard let found = try database.scheduling.trainer(reference) else { throw NotFound(kind: "trainer", reference: reference) }
                return found.id
            }
            let user = User(
                id: context.makeID(), login: login, role: role, centreID: centreID, passwordHash: PasswordHash.make(password, iterations: iterations),
                createdAt: context.now(), trainerID: trainerID)
            try database.users.insert(user)
            try database.audit.record(context, "user.add", entity: "user", entityID: user.id.databaseText, detail: "\(login) (\(role.rawValue))")
            return user
        }
    }

    /// Disables a user: they can no longer sign in, and every session of theirs ends.
    public func disable(_ typed: String, context: ChangeContext) throws -> User {
        try change(typed, context: context, action: "user.disable") { user in
            guard user.disabledAt == nil else { throw Refused(.alreadyDisabled(user.login)) }
            user.disabledAt = context.now()
        } then: { database, user in
            // Signed out everywhere at once.
            try database.webSessions.deleteAll(userID: user.id)
        }
    }

    public func resetPassword(_ typed: String, password: String, context: ChangeContext) throws -> User {
        try Self.check(password)
        return try change(typed, context: context, action: "user.password") { user in
            user.passwordHash = PasswordHash.make(password, iterations: iterations)
        }
    }

    /// Remembers the language `typed` reads the web application in, for every page and download
    /// that follows, on any device.
    public func setLanguage(_ typed: String, to language: Language, context: ChangeContext) throws -> User {
        try change(typed, context: context, action: "user.language") { user in user.language = language }
    }

    public func all() throws -> [User] { try database.read { try $0.users.all() } }

    private func change(
        _ typed: String, context: ChangeContext, action: String, _ body: (inout User) throws -> Void,
        then after: (any Store, User) throws -> Void = { _, _ in }
    ) throws -> User {
        try database.write { database in
            guard let login = User.login(typed), var user = try database.users.user(login: login) else {
                throw NotFound(kind: "user", reference: typed)
            }
            try body(&user)
            try database.users.update(user)
            try after(database, user)
            try database.audit.record(context, action, entity: "user", entityID: user.id.databaseText, detail: user.login)
            return user
        }
    }

    static func check(_ password: String) throws {
        guard password.count >= minimumPasswordLength else {
            throw Refused(.passwordTooShort(given: password.count))
        }
        guard password.count <= 1024 else { throw Refused(.passwordTooLong) }
    }
}
