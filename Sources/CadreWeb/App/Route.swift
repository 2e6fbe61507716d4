import CadreKit
import CadreModel
import Foundation

/// One way into the web application: a method, a path pattern (`/events/:code/sessions/:n`, a
/// `:name` segment matching any one segment), who may use it, and what answers. The whole
/// list is ``WebApp/routes`` — what a reviewer reads to see every way in; docs/SECURITY.md
/// lists the same table, and a test keeps the two equal.
struct Route: Sendable {
    /// Who may come in, and what answers.
    enum Handler: Sendable {
        /// Anyone, without signing in (the certificate check, sign-in, a phone checking in):
        /// the handler sees the raw request.
        case open(@Sendable (WebApp, Call) throws -> HTTPResponse)
        /// A signed-in user whose role allows the action: the handler sees the ``Visitor``
        /// built after the session, the form token and the role were checked. Records of
        /// another centre answer 404 inside it (``Visitor/event(_:)``, ``Access/mayEdit(_:in:)``).
        case signedIn(Access.Action, @Sendable (WebApp, Visitor, [String: String]) throws -> HTTPResponse)
    }

    /// A public request with what the routing found out about it.
    struct Call {
        let request: HTTPRequest
        let language: Language
        /// The client's address (``WebApp/clientAddress(_:peer:)``).
        let client: String
        let parameters: [String: String]
    }

    let method: String
    let pattern: String
    let handler: Handler
    /// What the route does, in a few words, for docs/SECURITY.md.
    let purpose: String

    /// The pattern's segments: `/events/:code` → `["events", ":code"]`; `/` → `[""]`.
    var segments: [Substring] { pattern.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map { $0 } }

    /// The `:name` values when `path` fits the pattern, else nil.
    func match(_ path: [Substring]) -> [String: String]? {
        let pattern = segments
        guard pattern.count == path.count else { return nil }
        var parameters: [String: String] = [:]
        for (expected, actual) in zip(pattern, path) {
            if expected.hasPrefix(":") {
                guard !actual.isEmpty else { return nil }
                parameters[String(expected.dropFirst())] = String(actual)
            } else if expected != actual {
                return nil
            }
        }
        return parameters
    }

    /// GET routes answer HEAD too, without a body.
    func accepts(_ method: String) -> Bool { self.method == method || (self.method == "GET" && method == "HEAD") }

    /// The line docs/SECURITY.md carries for this route.
    var documentation: String {
        let who: String = switch handler {
        case .open: "everyone"
        case .signedIn(let action, _): "signed in: \(action.rawValue)"
        }
        return "| \(method) | `\(pattern)` | \(who) | \(purpose) |"
    }
}
