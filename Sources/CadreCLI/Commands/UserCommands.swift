import CadreKit
import CadreModel
import Foundation

/// `cadre user add|list|disable|reset-password`: who may sign in to `cadre serve`.
enum UserCommands {
    static let user = Command(
        name: "user", abstract: "Users of the web application.",
        discussion: "Passwords are read from standard input (--password-stdin), never from the command line, and kept only as "
            + "PBKDF2-HMAC-SHA256 hashes. CADRE_PASSWORD_ITERATIONS lowers the iterations for tests (at least 1000).",
        subcommands: [
            Command(
                name: "add", abstract: "Add a user.",
                options: [
                    .value("name", "login", help: "What they type to sign in.", required: true),
                    .value("role", "role", help: "admin, coordinator, trainer or viewer.", choices: User.Role.allCases.map(\.rawValue), required: true),
                    .value("centre", "code", help: "The centre of a coordinator or trainer (a viewer's, optionally)."),
                    .value("trainer", "ref", help: "For a trainer's account: the trainer it is (TR-00001), who reads their own events' feedback."),
                    .flag("password-stdin", help: "Read the password from the first line of standard input."),
                    CommonOptions.json, CommonOptions.actor,
                ],
                action: { values, context in
                    let password = try password(values, context)
                    try context.withStore(values) { database in
                        let user = try accounts(database, context).add(
                            login: values.option("name") ?? "", role: User.Role(rawValue: values.option("role") ?? "") ?? .viewer,
                            centre: values.option("centre"), trainer: values.option("trainer"), password: password, context: context.changeContext(values))
                        try context.report(Line(user, database), values) { "Added \($0.login) (\($0.role)\($0.centre.map { ", \($0)" } ?? ""))" }
                    }
                }),
            Command(
                name: "list", abstract: "List users.", options: [CommonOptions.json],
                action: { values, context in
                    try context.withStore(values) { database in
                        let lines = try accounts(database, context).all().map { try Line($0, database) }
                        try context.table(lines, values, headers: ["LOGIN", "ROLE", "CENTRE", "TRAINER", "STATE"]) {
                            [$0.login, $0.role, $0.centre ?? "", $0.trainer ?? "", $0.disabled ? "disabled" : "active"]
                        }
                    }
                }),
            Command(
                name: "disable", abstract: "Stop a user from signing in.",
                arguments: [Argument(name: "login", help: "The user's login.")], options: [CommonOptions.actor],
                action: { values, context in
                    try context.withStore(values) { database in
                        let user = try accounts(database, context).disable(values.argument("login") ?? "", context: context.changeContext(values))
                        context.print("Disabled \(user.login)")
                    }
                }),
            Command(
                name: "reset-password", abstract: "Give a user a new password.",
                arguments: [Argument(name: "login", help: "The user's login.")],
                options: [.flag("password-stdin", help: "Read the new password from the first line of standard input."), CommonOptions.actor],
                action: { values, context in
                    let password = try password(values, context)
                    try context.withStore(values) { database in
                        let user = try accounts(database, context).resetPassword(
                            values.argument("login") ?? "", password: password, context: context.changeContext(values))
                        context.print("Changed the password of \(user.login)")
                    }
                }),
        ])

    /// A user as listed: no hash, the centre by its code.
    struct Line: Encodable {
        let login: String
        let role: String
        let centre: String?
        let trainer: String?
        let disabled: Bool

        init(_ user: User, _ database: any Store) throws {
            login = user.login
            role = user.role.rawValue
            centre = try user.centreID.flatMap { try database.scheduling.centre(id: $0)?.code }
            trainer = try user.trainerID.flatMap { try database.scheduling.trainer(id: $0)?.ref }
            disabled = user.disabledAt != nil
        }
    }

    static func accounts(_ database: any Store, _ context: CommandContext) -> UserAccounts {
        UserAccounts(database, iterations: context.passwordIterations)
    }

    static func password(_ values: ParsedValues, _ context: CommandContext) throws -> String {
        guard values.flag("password-stdin") else {
            throw UsageError("a password is read from standard input: add --password-stdin", commandPath: values.commandPath)
        }
        guard let line = context.input.nextAnswer() else {
            throw UsageError("--password-stdin: standard input gave no line", commandPath: values.commandPath)
        }
        return line.hasSuffix("\r") ? String(line.dropLast()) : line
    }
}
