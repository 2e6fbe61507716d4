import Foundation

/// Azerbaijani-aware text handling shared by imports, look-ups and sorting.
public enum TextFolding {
    static let azerbaijani = Locale(identifier: "az_AZ")

    /// NFC-normalises and collapses runs of white space (including no-break spaces) to one space,
    /// and drops zero-width characters that spreadsheets and web forms leave behind.
    public static func clean(_ text: String) -> String {
        let visible = text.precomposedStringWithCanonicalMapping.unicodeScalars.filter {
            !invisibleScalars.contains($0.value)
        }
        return String(String.UnicodeScalarView(visible))
            .split(whereSeparator: { $0.isWhitespace })
            .joined(separator: " ")
    }

    /// A key for matching what people type against names and aliases: Azerbaijani lower case,
    /// no diacritics, `ə`→`e` and `ı`→`i`, punctuation dropped. `Saatlı`, `SAATLI` and `Saatli`
    /// share one key.
    public static func matchKey(_ text: String) -> String {
        let lowered = clean(text).lowercased(with: azerbaijani)
        var key = ""
        for scalar in lowered.decomposedStringWithCanonicalMapping.unicodeScalars {
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

    /// Zero-width space, non-joiner, joiner, word joiner, BOM, soft hyphen, and the bidi controls.
    static let invisibleScalars: Set<UInt32> = [
        0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD,
        0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
    ]
}
