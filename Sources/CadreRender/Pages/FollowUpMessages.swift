public import CadreKit
public import CadreModel

/// A follow-up wave as the centre sends it: a row per person with their link and a short text
/// in their language, for the centre's own mail merge or SMS tool (`cadre followup list`, the
/// event's follow-up page).
public enum FollowUpMessages {
    public static let header = ["trainee_ref", "name", "phone", "email", "language", "link", "opens_on", "expires_on", "message"]

    /// The page a link opens: `base` is the address phones reach the server at.
    public static func url(base: String, token: String) -> String { base + "/q/" + token }

    /// The rows under ``header``; `messages` gives a language's catalog.
    public static func rows(_ wave: FollowUpDesk.Wave, base: String, messages: (Language) throws -> [String: String]) rethrows -> [[String]] {
        try wave.links.map { link in
            let url = url(base: base, token: link.token)
            let words = try messages(link.language)
            let text = (words["followup.message"] ?? "{url}")
                .replacingOccurrences(of: "{centre}", with: wave.summary.centre?.names[link.language] ?? "Cadre")
                .replacingOccurrences(of: "{course}", with: wave.summary.course.title[link.language])
                .replacingOccurrences(of: "{date}", with: DateWording.long(link.expiresOn, link.language))
                .replacingOccurrences(of: "{url}", with: url)
            return [link.traineeRef, link.name, link.phone ?? "", link.email ?? "", link.language.rawValue, url, link.opensOn.iso, link.expiresOn.iso, text]
        }
    }
}
