public import CadreModel
import Foundation

/// The people who sign in to the demo's web application (`cadre serve --demo`): one of each
/// role, with passwords printed on the terminal — a demo database holds no one's real records,
/// and the demo refuses any database that is not one.
public enum DemoUsers {
    public struct Account: Sendable {
        public let login: String
        public let role: User.Role
        public let centre: String?
        public let password: String
        /// The trainer a trainer's account is: Aygün Səfərova, who trains Saatlı's round.
        public var trainer: String? = nil
    }

    public static let accounts: [Account] = [
        Account(login: "koordinator", role: .coordinator, centre: "SAATLI", password: "saatli-koordinator-2021"),
        Account(login: "telimci", role: .trainer, centre: "SAATLI", password: "saatli-telimci-2021", trainer: "TR-00001"),
        Account(login: "nazirlik", role: .viewer, centre: nil, password: "nazirlik-hesabat-2021"),
        Account(login: "admin", role: .admin, centre: nil, password: "demo-inzibatci-2021"),
    ]

    /// PBKDF2 iterations of the demo's passwords: few, so that `swift run` (a debug build, some
    /// thirty times slower at hashing than a release one) signs in at once. The count is part
    /// of each stored hash; real accounts get ``PasswordHash/recommendedIterations``.
    public static let iterations = 10_000

    /// Adds the accounts the demo database lacks (one transaction); returns those added.
    @discardableResult
    public static func ensure(in database: any Store, context: ChangeContext) throws -> [Account] {
        try database.write { database in
            let accounts = UserAccounts(database, iterations: iterations)
            return try Self.accounts.filter { account in
                guard try database.users.user(login: account.login) == nil else { return false }
                _ = try accounts.add(
                    login: account.login, role: account.role, centre: account.centre, trainer: account.trainer, password: account.password, context: context)
                return true
            }
        }
    }
}
