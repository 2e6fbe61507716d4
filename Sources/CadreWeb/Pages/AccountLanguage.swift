import CadreKit
import CadreModel
import Foundation

/// The language a signed-in person reads in, kept with their account: chosen once, it is the
/// language of every page and download that follows, on any device, until they choose another.
extension WebApp {
    /// `POST /account/language`: stores `language` and returns to the page it was chosen on.
    func chooseLanguage(_ visitor: Visitor) throws -> HTTPResponse {
        guard let language = visitor.field("language").flatMap(Language.init(rawValue:)) else {
            return try message(visitor, title: "web.language.title", text: visitor.text("web.language.unknown"), status: 400)
        }
        _ = try UserAccounts(visitor.store, iterations: passwordIterations).setLanguage(visitor.user.login, to: language, context: visitor.changeContext)
        var response = HTTPResponse.redirect(to: Self.returnPath(visitor.field("back")))
        response.headers.append(("Set-Cookie", cookie(Self.languageCookie, language.rawValue, path: "/", maxAge: 365 * 24 * 3600)))
        return response
    }

    /// Where a form sent from one of our pages goes back to: a path on this server, never
    /// another site (`//host`, `\\host`, a scheme); anything else is the dashboard.
    static func returnPath(_ sent: String?) -> String {
        guard let path = sent, path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("\\"),
              path.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F })
        else { return "/home" }
        return path
    }

    /// The page being shown, without `lang`: where choosing a language returns to.
    static func currentPath(_ request: HTTPRequest) -> String {
        let query = request.query.filter { $0.name != "lang" }.map { "\(pathEscaped($0.name))=\(pathEscaped($0.value))" }
        return request.path.split(separator: "/", omittingEmptySubsequences: false).map { pathEscaped(String($0)) }.joined(separator: "/")
            + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
    }
}
