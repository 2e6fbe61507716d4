import Foundation

/// Who the client is and where a form came from: the two things a request claims about itself
/// that are believed only as far as the operator said (`--trusted-proxy`, `--public-url`).
extension WebApp {
    /// The client's address: the socket's peer, unless the peer is the proxy named at start —
    /// then the last address in `X-Forwarded-For` (the one that proxy added). A header from
    /// anyone else is ignored, so no client can choose the address its limits are counted on.
    func clientAddress(_ request: HTTPRequest, peer: String) -> String {
        guard let trustedProxy, peer == trustedProxy, let forwarded = request.header("x-forwarded-for") else { return peer }
        let last = forwarded.split(separator: ",").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return Self.isIPAddress(last) ? last : peer
    }

    public static func isIPAddress(_ text: String) -> Bool {
        var v4 = in_addr()
        var v6 = in6_addr()
        return inet_pton(AF_INET, text, &v4) == 1 || inet_pton(AF_INET6, text, &v6) == 1
    }

    /// Whether a POST was sent by a page of this site: its `Origin` (else its `Referer`'s
    /// origin) is this server as the browser addressed it (`Host`, which another site cannot
    /// set) or the `--public-url`. A POST with neither, or with `Origin: null`, is refused: every
    /// browser in use sends one, and our pages' `Referrer-Policy: same-origin` keeps it real.
    /// This is beside the form tokens, not instead of them; it is what stops a sign-in CSRF.
    func isSameOrigin(_ request: HTTPRequest) -> Bool {
        guard let claimed = request.header("origin") ?? request.header("referer").flatMap(Self.origin(of:)) else { return false }
        return allowedOrigins(request).contains(claimed.lowercased())
    }

    func allowedOrigins(_ request: HTTPRequest) -> [String] {
        var allowed: [String] = []
        if let publicURL, let origin = Self.origin(of: publicURL) { allowed.append(origin) }
        if let host = request.header("host")?.lowercased(), !host.isEmpty {
            allowed += ["http://" + host, "https://" + host]
        }
        return allowed
    }

    /// `scheme://host[:port]` of a URL, lower-cased; nil when it is not an http(s) URL.
    static func origin(of url: String) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(), ["http", "https"].contains(scheme),
            let host = components.host?.lowercased(), !host.isEmpty
        else { return nil }
        let bracketed = host.contains(":") ? "[\(host)]" : host
        return "\(scheme)://\(bracketed)" + (components.port.map { ":\($0)" } ?? "")
    }
}
