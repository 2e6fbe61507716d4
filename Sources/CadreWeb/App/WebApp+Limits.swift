import CadreKit
import CadreModel
import Foundation

/// What the application tells the server before a request's body is read.
extension WebApp {
    /// The largest body `head` may send: a sign-up sheet's (``HTTPLimits/body``) on the upload
    /// route for a signed-in user who may upload one; a form's (``HTTPLimits/formBody``) for
    /// everything and everyone else — so nobody without an account can make the server hold
    /// megabytes.
    public func bodyLimit(_ head: HTTPRequest, limits: HTTPLimits) -> Int {
        guard head.method == "POST", head.path == "/trainees/upload", let token = head.cookie(Self.sessionCookie) else { return limits.formBody }
        do {
            let store = try openStore()
            defer { store.close() }
            guard let (user, _) = try SignIn(store).current(token: token, now: now()), Access(user).may(.manageTrainees) else { return limits.formBody }
            return limits.body
        } catch {
            return limits.formBody
        }
    }

    /// The server's hooks for this application: body limits, refusal pages and their log lines.
    public func serverHooks(_ limits: HTTPLimits) -> HTTPServer.Hooks {
        HTTPServer.Hooks(
            bodyLimit: { self.bodyLimit($0, limits: limits) },
            refusal: { self.refusal($0, head: $1) },
            refused: { self.log.refused(client: $0, status: $1, reason: $2, now: self.now()) })
    }
}
