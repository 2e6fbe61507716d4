public import CadreModel
public import Foundation

/// What the trainer's screen shows for one session: a token for the QR code and a short code to
/// type, both signed with the database's secret key and bound to the session and to a
/// 20-second window of the server's clock — so a code passed around by SMS or a video call is
/// worthless a minute later, and no code can name another session.
///
/// Token: `SESSION-WINDOW-MAC` (the session's id in hex, the window's number, 64 bits of
/// HMAC-SHA-256). Typed code: six characters from an alphabet without look-alikes (30 bits of
/// another HMAC), looked up among the sessions open for check-in at that moment.
public struct CheckInCode: Sendable {
    /// The screen shows a new code every this many seconds.
    public static let window: TimeInterval = 20
    /// A code is accepted for this many windows after the one it was shown in (80 seconds in
    /// all: time to scan, open the page and type a reference).
    public static let acceptedWindows = 4
    /// …and one window early: two servers behind one proxy may have clocks seconds apart.
    public static let earlyWindows = 1
    static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    let key: [UInt8]

    public init(key: [UInt8]) { self.key = key }

    public static func windowNumber(at date: Date) -> Int { Int((date.timeIntervalSince1970 / window).rounded(.down)) }

    /// The moment the window's code stops being accepted.
    public static func expiry(of window: Int) -> Date {
        Date(timeIntervalSince1970: Double(window + acceptedWindows + 1) * Self.window)
    }

    /// What a token opens: the same session and window make different tokens for check-in and
    /// for feedback, so neither can be used for the other.
    public enum Purpose: String, Sendable {
        case checkIn = "token"
        case feedback
        /// The phone's feedback form, once opened: its "window" is the second it was opened.
        case feedbackForm = "feedback-form"
    }

    public func token(session: UUID, window: Int, for purpose: Purpose = .checkIn) -> String {
        "\(Self.hex(session))-\(window)-\(SHA256.hex(Array(mac(purpose.rawValue, session, window).prefix(8))))"
    }

    public func typedCode(session: UUID, window: Int) -> String {
        let bytes = mac("typed", session, window)
        var bits = UInt64(bytes[0]) << 32 | UInt64(bytes[1]) << 24 | UInt64(bytes[2]) << 16 | UInt64(bytes[3]) << 8 | UInt64(bytes[4])
        var code = ""
        for _ in 0..<6 {
            code.append(Self.alphabet[Int(bits & 31)])
            bits >>= 5
        }
        return code
    }

    /// What a token says, if its signature is right: the session and the window it was made for.
    public func read(_ token: String, for purpose: Purpose = .checkIn) -> (session: UUID, window: Int)? {
        let parts = token.split(separator: "-")
        guard parts.count == 3, parts[0].count == 32, let session = UUID(hex: String(parts[0])), parts[1].count <= 12, let window = Int(parts[1]),
            parts[2].count == 16
        else { return nil }
        let expected = SHA256.hex(Array(mac(purpose.rawValue, session, window).prefix(8)))
        guard ConstantTime.equal(expected.utf8, parts[2].lowercased().utf8) else { return nil }
        return (session, window)
    }

    /// How a window compares with now: accepted, made too long ago, or not yet made.
    public enum Age: Equatable, Sendable { case current, expired, early }

    public static func age(of window: Int, now: Date) -> Age {
        let current = windowNumber(at: now)
        if window > current + earlyWindows { return .early }
        if window < current - acceptedWindows { return .expired }
        return .current
    }

    /// A typed code as people type it: case, spaces and hyphens ignored. (The alphabet has
    /// neither O nor 0, nor I and 1, so those are not confused.)
    public static func normalized(_ typed: String) -> String {
        String(typed.uppercased().filter { !$0.isWhitespace && $0 != "-" })
    }

    func mac(_ purpose: String, _ session: UUID, _ window: Int) -> [UInt8] {
        SHA256.hmac(key: key, message: Array("cadre-check-in|\(purpose)|\(Self.hex(session))|\(window)".utf8))
    }

    static func hex(_ id: UUID) -> String {
        let u = id.uuid
        return SHA256.hex([u.0, u.1, u.2, u.3, u.4, u.5, u.6, u.7, u.8, u.9, u.10, u.11, u.12, u.13, u.14, u.15])
    }
}

extension UUID {
    /// A UUID from 32 hexadecimal digits without hyphens.
    init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 32 else { return nil }
        var text = ""
        for (index, digit) in digits.enumerated() {
            if [8, 12, 16, 20].contains(index) { text += "-" }
            text.unicodeScalars.append(UnicodeScalar(digit))
        }
        self.init(uuidString: text)
    }
}
