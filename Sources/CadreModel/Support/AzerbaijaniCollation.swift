/// Sorting names in Azerbaijani alphabetical order:
/// a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş t u ü v y z.
///
/// A sort key is computed once per name (not ICU per comparison), so sorting a hundred
/// thousand names stays fast. Latin letters outside the alphabet follow it, then Cyrillic
/// in Russian order; case is ignored, then used to break ties.
public enum AzerbaijaniCollation {
    package static let alphabet = Array("abcçdeəfgğhxıijkqlmnoöprsştuüvyz".unicodeScalars)

    /// The rank of every scalar below U+0500 (Latin and Cyrillic), upper case folded to lower
    /// by Azerbaijani rules (I → ı, İ → i): a table read per scalar instead of lower-casing
    /// the name and hashing its `Character`s, since every roster of every sheet is sorted.
    private static let table: [UInt32] = (0..<0x500).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }
        return rank(ofLowercase: lowercased(scalar))
    }

    /// A key whose lexicographic order is the Azerbaijani alphabetical order of `text`.
    /// Names are NFC, so each Azerbaijani letter is one scalar; other Latin letters follow the
    /// alphabet, then Cyrillic in Russian order, then other scripts; a combining mark ranks
    /// after the letter it sits on. Case is ignored here (ties are broken by the text).
    public static func sortKey(_ text: String) -> [UInt32] {
        let cleaned = TextFolding.clean(text)
        var key: [UInt32] = []
        key.reserveCapacity(cleaned.utf8.count)
        for scalar in cleaned.unicodeScalars {
            if scalar.value < 0x500 {
                key.append(table[Int(scalar.value)])
            } else if !scalar.properties.isWhitespace {
                key.append(rank(ofLowercase: lowercased(scalar)))
            }
        }
        return key
    }

    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "I": return "\u{131}"
        case "\u{130}": return "i"
        default:
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            return lower.count == 1 ? lower.first ?? scalar : scalar
        }
    }

    private static let alphabetRanks: [UInt32: UInt32] = Dictionary(
        uniqueKeysWithValues: alphabet.enumerated().map { ($0.element.value, UInt32($0.offset) + 100) })

    private static func rank(ofLowercase scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        if let rank = alphabetRanks[value] { return rank }
        if scalar == " " { return 1 }
        if scalar.properties.numericType == .decimal, let digit = scalar.properties.numericValue { return 10 + UInt32(digit) }
        // Cyrillic after the alphabet and the rest of Latin, spread so ё fits right after е.
        if value == 0x451 { return rank(ofLowercase: "\u{435}") + 1 }
        if (0x400..<0x500).contains(value) { return 0x1_0000 + (value - 0x0400) * 2 + (value > 0x0435 ? 2 : 0) }
        // Latin outside the alphabet, punctuation, combining marks; then other scripts.
        return value < 0x400 ? 1_000 + value : 0x2_0000 + value
    }

    /// True when `a` sorts before `b`.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let (keyA, keyB) = (sortKey(a), sortKey(b))
        if keyA != keyB { return keyA.lexicographicallyPrecedes(keyB) }
        return a < b
    }
}

extension Array {
    /// Sorted by the Azerbaijani alphabetical order of `name`, computing each key once.
    /// Inlinable, so that callers in other modules get it specialised for their element type:
    /// the generic version copied every (key, name, element) tuple through value witnesses and
    /// took a fifth of printing 8,000 sign-in sheets.
    @inlinable
    public func sortedAzerbaijani(by name: (Element) -> String) -> [Element] {
        map { (AzerbaijaniCollation.sortKey(name($0)), name($0), $0) }
            .sorted { $0.0 != $1.0 ? $0.0.lexicographicallyPrecedes($1.0) : $0.1 < $1.1 }
            .map(\.2)
    }
}
