package import Foundation

/// Azerbaijani-aware text handling shared by imports, look-ups and sorting.
public enum TextFolding {
    package static let azerbaijani = Locale(identifier: "az_AZ")

    /// NFC-normalises and collapses runs of white space (including no-break spaces) to one space,
    /// and drops zero-width characters that spreadsheets and web forms leave behind.
    public static func clean(_ text: String) -> String {
        switch fastCheck(text) {
        case .clean: return text
        case .asciiWhitespace: return collapsingWhitespace(text.unicodeScalars)
        case .needsFullNormalisation:
            return collapsingWhitespace(text.precomposedStringWithCanonicalMapping.unicodeScalars.lazy.filter {
                !invisibleScalars.contains($0.value)
            })
        }
    }

    /// Runs of white space become one space; none at the ends. Done on scalars, not
    /// characters: a combining mark after a line break joins the space that replaces it into
    /// one character, which a character-level pass would then drop whole on a second cleaning
    /// (found by fuzzing).
    private static func collapsingWhitespace(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in scalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// A key for matching what people type against names and aliases: Azerbaijani lower case,
    /// no diacritics, `ə`→`e` and `ı`→`i`, punctuation dropped. `Saatlı`, `SAATLI` and `Saatli`
    /// share one key.
    public static func matchKey(_ text: String) -> String {
        let lowered = lowercasedAzerbaijani(clean(text))
        var key = ""
        key.reserveCapacity(lowered.utf8.count)
        let isSimple = lowered.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x400...0x4FF).contains($0.value) }
        let decomposed = isSimple ? lowered : lowered.decomposedStringWithCanonicalMapping
        for original in decomposed.unicodeScalars {
            let scalar = latinBaseLetters[original.value] ?? original
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark: continue
            default: break
            }
            switch scalar {
            case "ə": key.append("e")
            case "ı": key.append("i")
            case "ё": key.append("е")
            case _ where scalar.properties.isAlphabetic || ("0"..."9").contains(scalar): key.unicodeScalars.append(scalar)
            case _ where scalar.properties.isWhitespace || scalar == "-" || scalar == "_": key.append(" ")
            default: continue
            }
        }
        return key.split(separator: " ").joined(separator: " ")
    }

    /// Latin letters with diacritics (below U+0300) mapped to their base letter, computed once,
    /// so match keys need no normaliser for Azerbaijani, Turkish or West European text.
    private static let latinBaseLetters: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [:]
        for value in UInt32(0xC0)..<0x300 {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
            let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            if base.count > 1, let first = base.first { table[value] = first }
        }
        return table
    }()

    private enum FastCheck { case clean, asciiWhitespace, needsFullNormalisation }

    /// Most values are short Latin or Cyrillic text that is already clean; recognising them
    /// without Foundation's normaliser keeps bulk imports fast. Scalars below U+0300 (which
    /// include every Azerbaijani letter) and the Cyrillic block are NFC on their own.
    private static func fastCheck(_ text: String) -> FastCheck {
        var result = FastCheck.clean
        var previousWasSpace = true
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let isSpace = value == 0x20
                if value == 0x09 || value == 0x0A || value == 0x0D || value == 0x0B || value == 0x0C || (isSpace && previousWasSpace) {
                    result = .asciiWhitespace
                } else if value < 0x20 || value == 0x7F {
                    return .needsFullNormalisation
                }
                previousWasSpace = isSpace || value == 0x09
            } else if (value < 0x300 && value != 0xA0 && value != 0xAD && value != 0x85) || (0x400...0x4FF).contains(value) {
                previousWasSpace = false
            } else {
                return .needsFullNormalisation
            }
        }
        return previousWasSpace && !text.isEmpty ? .asciiWhitespace : result
    }

    /// Lower case by Azerbaijani rules without ICU: the language differs from Unicode's
    /// default only for I (→ ı) and İ (→ i).
    public static func lowercasedAzerbaijani(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "I" || $0 == "\u{130}" }) else { return text.lowercased() }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "I": scalars.append("\u{131}")
            case "\u{130}": scalars.append("i")
            default: scalars.append(scalar)
            }
        }
        return String(scalars).lowercased()
    }

    /// Upper case by Azerbaijani rules without ICU: i → İ, ı → I.
    public static func uppercasedAzerbaijani(_ text: String) -> String {
        guard text.unicodeScalars.contains("i") else { return text.uppercased() }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(scalar == "i" ? "\u{130}" : scalar) }
        return String(scalars).uppercased()
    }

    /// Zero-width space, non-joiner, joiner, word joiner, BOM, soft hyphen, and the bidi controls.
    package static let invisibleScalars: Set<UInt32> = [
        0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD,
        0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
    ]
}
