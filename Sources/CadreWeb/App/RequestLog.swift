import Dispatch
public import Foundation
import CadreModel

/// The operator's log: one line per request — time, client, method, path (query names only,
/// never their values), status, duration, user — and the reason of a refusal or the error of a
/// failure. Nothing secret goes in: no query or form values, no cookies, no tokens in paths
/// (a check-in token or a verification code is written as the route's `:token` / `:code`).
public struct RequestLog: Sendable {
    let write: @Sendable (String) -> Void

    /// `write` gets each line with its newline; the default writes nothing (tests, embedding).
    public init(_ write: @escaping @Sendable (String) -> Void = { _ in }) { self.write = write }

    /// Standard error, which systemd's journal collects.
    public static let standardError = RequestLog { line in FileHandle.standardError.write(Data(line.utf8)) }

    func request(_ request: HTTPRequest, client: String, response: HTTPResponse, started: DispatchTime, now: Date) {
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds &- started.uptimeNanoseconds) / 1_000_000
        var line = "\(Timestamp.string(from: now)) \(client) \(request.method) \(Self.loggedPath(request)) \(response.status) "
            + String(format: "%.1fms", milliseconds)
        if let user = response.logUser { line += " user=\(user)" }
        if let note = response.logNote { line += " " + Self.oneLine(note) }
        write(line + "\n")
    }

    /// A refusal the server made before any route (too slow, too large, too many connections).
    public func refused(client: String, status: Int, reason: String, now: Date = Date()) {
        write("\(Timestamp.string(from: now)) \(client) - - \(status) \(Self.oneLine(reason))\n")
    }

    /// The path with secrets replaced by their route's names, and the query's names only.
    static func loggedPath(_ request: HTTPRequest) -> String {
        let segments = request.path.split(separator: "/", omittingEmptySubsequences: false)
        var path = request.path
        if segments.count == 3, segments[1] == "verify" { path = "/verify/:code" }
        if segments.count == 3, ["c", "f", "q"].contains(segments[1]) { path = "/\(segments[1])/:token" }
        let names = request.query.map(\.name)
        return Self.oneLine(path) + (names.isEmpty ? "" : "?" + names.joined(separator: "&"))
    }

    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }).prefix(300))
    }
}
