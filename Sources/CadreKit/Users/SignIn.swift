public import CadreModel
public import Foundation

/// Signing in to the web application and staying signed in: a password checked against its
/// hash, then a random token the browser keeps in a cookie — the store keeps only its SHA-256
/// — that ends after ``idleLimit`` without use, at sign-out, and when the user is disabled.
public struct SignIn {
    let database: any Store
    /// The cost of the decoy hash checked for unknown logins: the cost of real ones.
    let decoy: String

    public init(_ database: any Store, iterations: Int = PasswordHash.recommendedIterations) {
        self.database = database
        decoy = "pbkdf2-sha256$\(iterations)$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
    }

    /// A session unused this long is over: a tablet left at the door does not stay signed in.
    public static let idleLimit: TimeInterval = 60 * 60
    /// Use is written at most this often: a page view need not be a write.
    static let touchEvery: TimeInterval = 60

    /// A new session: the token for the cookie, the session as stored, and whose it is.
    public struct Started: Sendable {
        public let token: String
        public let session: WebSession
        public let user: User
    }

    /// A new session when `password` is the user's and the user is not disabled; nil
    /// otherwise, the same way for an unknown login (which still costs a hash, so the time
    /// taken tells nothing).
    /// Whether a login names a user (disabled or not): the sign-in throttle counts failures with
    /// made-up names apart, so they cannot slow a real user down.
    public func isKnown(login typed: String) throws -> Bool {
        guard let login = User.login(typed) else { return false }
        return try database.read { try $0.users.user(login: login) } != nil
    }

    public func start(login typed: String, password: String, now: Date) throws -> Started? {
        try database.write { database in
            guard let login = User.login(typed), let user = try database.users.user(login: login) else {
                _ = PasswordHash.verify(password, against: decoy)
                return nil
            }
            guard PasswordHash.verify(password, against: user.passwordHash), user.disabledAt == nil else { return nil }
            let token = Self.randomHex()
            let session = WebSession(tokenHash: Self.hash(token), userID: user.id, csrfToken: Self.randomHex(), createdAt: now, lastSeen: now)
            try database.webSessions.insert(session)
            return Started(token: token, session: session, user: user)
        }
    }

    /// The user and session a cookie's token stands for, if it is current; a session idle too
    /// long, or of a disabled user, is ended here.
    public func current(token: String, now: Date) throws -> (user: User, session: WebSession)? {
        guard token.count == 64, token.allSatisfy(\.isHexDigit) else { return nil }
        let hash = Self.hash(token)
        // Read first: a page view takes the write lock only to end a session or note its use,
        // so signed-in pages do not queue behind a long import from the command line.
        let found = try database.read { database -> (session: WebSession, user: User?)? in
            guard let session = try database.webSessions.session(tokenHash: hash) else { return nil }
            return (session, try database.users.user(id: session.userID))
        }
        guard let (session, user) = found else { return nil }
        guard now.timeIntervalSince(session.lastSeen) < Self.idleLimit, let user, user.disabledAt == nil else {
            try database.write { try $0.webSessions.delete(tokenHash: hash) }
            return nil
        }
        if now.timeIntervalSince(session.lastSeen) >= Self.touchEvery { try database.write { try $0.webSessions.touch(tokenHash: hash, at: now) } }
        return (user, session)
    }

    /// Ends the session of a token (signing out).
    public func end(token: String) throws {
        try database.write { try $0.webSessions.delete(tokenHash: Self.hash(token)) }
    }

    static func hash(_ token: String) -> [UInt8] { SHA256.hash(Array(token.utf8)) }

    /// 32 bytes from the system's secure generator, as 64 hexadecimal digits.
    public static func randomHex() -> String {
        var generator = SystemRandomNumberGenerator()
        return SHA256.hex((0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }
}
