import CadreKit
import CadreModel
import CadreRender
import Foundation

/// `/admin/users` (admins only): who may sign in — add a user with a role, a centre and, for a
/// trainer's account, the trainer it is;
/// disable one (their sessions end at once). The same rules as `cadre user`.
extension WebApp {
    func users(_ visitor: Visitor, values: [String: TemplateValue] = [:], status: Int = 200) throws -> HTTPResponse {
        let accounts = try UserAccounts(visitor.store, iterations: passwordIterations).all()
        let centres = try visitor.store.read { try $0.scheduling.centres() }
        let names = Dictionary(centres.map { ($0.id, $0.names[visitor.language]) }) { a, _ in a }
        var context = values
        context["users"] = .list(accounts.map { user in
            [
                "login": .string(user.login), "role": .string(visitor.text("role." + user.role.rawValue)),
                "centre": .text(user.centreID.flatMap { names[$0] }), "active": .bool(user.disabledAt == nil),
                "self": .bool(user.id == visitor.user.id),
            ]
        })
        let chosen = { (name: String) in visitor.request.method == "POST" ? visitor.field(name) : nil }
        context["roles"] = .list(User.Role.allCases.map {
            ["value": .string($0.rawValue), "label": .string(visitor.text("role." + $0.rawValue)), "chosen": .bool(chosen("role") == $0.rawValue)]
        })
        context["centres"] = .list(centres.map {
            ["code": .string($0.code), "name": .string($0.names[visitor.language]), "chosen": .bool(chosen("centre") == $0.code)]
        })
        let trainers = try visitor.store.read { try $0.scheduling.trainers() }
        context["trainers"] = .list(trainers.map {
            ["ref": .string($0.ref), "name": .string($0.fullName), "chosen": .bool(chosen("trainer") == $0.ref)]
        })
        context["minimum"] = .number(Double(UserAccounts.minimumPasswordLength))
        return try page("users", visitor, context, status: status)
    }

    func addUser(_ visitor: Visitor) throws -> HTTPResponse {
        // Passwords as typed: never trimmed, and checked twice so a slip is not a lock-out.
        let password = visitor.fields.first { $0.name == "password" }?.value ?? ""
        // A refused form comes back with what was typed (never the passwords) and why.
        let typed: [String: TemplateValue] = [
            "typed": ["login": .text(visitor.field("login")), "role": .text(visitor.field("role")), "centre": .text(visitor.field("centre"))],
        ]
        let refused = { (problem: String) in try self.users(visitor, values: typed.merging(["problem": .string(problem)]) { $1 }, status: 400) }
        guard password == visitor.fields.first(where: { $0.name == "password2" })?.value else { return try refused(visitor.text("web.users.mismatch")) }
        guard let role = visitor.field("role").flatMap(User.Role.init(rawValue:)) else { return try refused(visitor.text("web.users.noRole")) }
        do {
            let user = try UserAccounts(visitor.store, iterations: passwordIterations).add(
                login: visitor.field("login") ?? "", role: role, centre: visitor.field("centre"), trainer: visitor.field("trainer"), password: password,
                context: visitor.changeContext)
            return try users(visitor, values: ["done": .string(visitor.text("web.users.added") + " " + user.login)])
        } catch let error as UserAccounts.Refused {
            return try refused(RefusalWords(visitor: visitor).words(error).text)
        }
    }

    func disableUser(_ visitor: Visitor, login: String) throws -> HTTPResponse {
        guard User.login(login) != visitor.user.login else {
            return try users(visitor, values: ["problem": .string(visitor.text("web.users.notYourself"))], status: 400)
        }
        let user = try UserAccounts(visitor.store, iterations: passwordIterations).disable(login, context: visitor.changeContext)
        return try users(visitor, values: ["done": .string(visitor.text("web.users.disabled") + " " + user.login)])
    }
}
