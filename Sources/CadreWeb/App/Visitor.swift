import CadreKit
import CadreModel
import CadreRender
import Foundation

/// One signed-in request: who asks, what they may do, in which language, and the store it
/// is answered from. Built only by ``WebApp/signedIn(_:language:_:)``, after the session and —
/// for a POST — its form token were checked.
struct Visitor {
    let user: User
    let session: WebSession
    let access: Access
    let language: Language
    let messages: [String: String]
    let store: any Store
    let request: HTTPRequest
    let now: Date
    /// The form's fields, decoded once: an urlencoded body's, or a multipart body's text parts.
    let fields: [(name: String, value: String)]
    /// A multipart body (a form with a file), when that is what was sent.
    let upload: MultipartForm?
    /// The user's centre (nil for national users), read once: every page names it.
    let centre: Centre?

    init(user: User, session: WebSession, language: Language, messages: [String: String], store: any Store, request: HTTPRequest, now: Date) throws {
        self.user = user
        self.session = session
        access = Access(user)
        self.language = language
        self.messages = messages
        self.store = store
        self.request = request
        self.now = now
        upload = MultipartForm(contentType: request.header("content-type") ?? "", body: request.body)
        fields = upload.map { $0.parts.filter { $0.fileName == nil }.map { ($0.name, $0.text) } } ?? request.form
        centre = try user.centreID.flatMap { id in try store.read { try $0.scheduling.centre(id: id) } }
    }

    /// Who the audit log and the marks name for what this request changes.
    var changeContext: ChangeContext {
        let time = now
        return ChangeContext(actor: access.actor, now: { time })
    }

    var today: CalendarDate { CalendarDate.today(now: now) }

    /// A catalog text, or its key when missing (a test fails on missing keys anyway).
    func text(_ key: String) -> String { messages[key] ?? key }

    /// A value's problem in the visitor's language, when the catalog has its words.
    func words(_ invalid: InvalidValue) -> String {
        guard let pattern = invalid.key.flatMap({ messages[$0] }) else { return invalid.reason }
        return invalid.values.reduce(pattern) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }

    /// The event called `code` if this user may see it (``Access/event(_:in:)``).
    func event(_ code: String) throws -> TrainingEvent? { try access.event(code, in: store) }

    /// A form field, trimmed; nil when absent or blank.
    func field(_ name: String) -> String? {
        guard let value = fields.first(where: { $0.name == name })?.value.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// Every value of a repeated field (checkboxes), in order.
    func fieldValues(_ name: String) -> [String] { fields.filter { $0.name == name }.map(\.value) }

    /// A query value, trimmed; nil when absent or blank.
    func query(_ name: String) -> String? {
        guard let value = request.queryValue(name)?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }
}
