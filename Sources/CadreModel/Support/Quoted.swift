/// A value shown back to the user inside a message: short enough for one terminal line, with
/// invisible characters written out. A 1 MB field must not become a 1 MB error line, and a
/// right-to-left override (U+202E) in a name must not turn the rest of the terminal line around.
public enum Quoted {
    /// The most characters of a value a message shows before `…`.
    public static let maximumLength = 60

    /// `value` shortened to ``maximumLength`` characters (then `…`), invisible characters escaped.
    public static func value(_ value: String) -> String {
        let shown = value.count > maximumLength ? String(value.prefix(maximumLength)) + "…" : value
        return escapingInvisible(shown)
    }

    /// Control characters (except line breaks), bidirectional controls, zero-width characters
    /// and other format characters as `\u{202E}`; everything else as it is.
    public static func escapingInvisible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isInvisible) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isInvisible(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    package static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\n" { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }
}
