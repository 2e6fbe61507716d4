public import CadreModel
public import Foundation

/// The address a printed certificate's QR code carries, so a phone that scans it opens the
/// verification page rather than reading a bare code: `--verify-url` when given, else the one
/// stored for the database, else the web server's `--public-url` (remembered when `cadre
/// serve` starts with one) followed by `/verify/{code}`; nil — the code alone — when none is
/// known.
public enum VerificationAddress {
    static let verifySetting = "verify_url"
    static let publicSetting = "public_url"

    /// The URL pattern (`{code}` for the certificate's code), or nil for the code alone.
    public static func pattern(given: String?, in database: any Store) throws -> String? {
        if let given { return given }
        return try database.read { database in
            if let stored = try database.settings.value(verifySetting) { return stored }
            return try database.settings.value(publicSetting).map { $0 + "/verify/{code}" }
        }
    }

    /// Where phones reach the web application: `given`, else the address `cadre serve
    /// --public-url` remembered; nil when neither is known.
    public static func publicURL(given: String?, in database: any Store) throws -> String? {
        let url = try given ?? database.read { try $0.settings.value(publicSetting) }
        return url.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
    }

    /// Remembers where the web application is reached, for the certificates printed from now on
    /// (a change of address is audited).
    public static func remember(publicURL: String, in database: any Store, context: ChangeContext) throws {
        try database.write { database in
            guard try database.settings.value(publicSetting) != publicURL else { return }
            try database.settings.set(publicSetting, to: publicURL)
            try database.audit.record(context, "settings.public-url", entity: "settings", detail: publicURL)
        }
    }
}
