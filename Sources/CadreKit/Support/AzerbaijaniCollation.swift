/// Sorting names in Azerbaijani alphabetical order:
/// a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş t u ü v y z.
///
/// A sort key is computed once per name (not ICU per comparison), so sorting a hundred
/// thousand names stays fast. Latin letters outside the alphabet follow it, then Cyrillic
/// in Russian order; case is ignored, then used to break ties.
public enum AzerbaijaniCollation {
    static let alphabet = Array("abcçdeəfgğhxıijkqlmnoöprsştuüvyz")
    static let ranks: [Character: UInt32] = Dictionary(
        uniqueKeysWithValues: alphabet.enumerated().map { ($0.element, UInt32($0.offset) + 100) })

    /// A key whose lexicographic order is the Azerbaijani alphabetical order of `text`.
    public static func sortKey(_ text: String) -> [UInt32] {
        let lowered = TextFolding.lowercasedAzerbaijani(TextFolding.clean(text))
        var key: [UInt32] = []
        key.reserveCapacity(lowered.count + 1)
        for character in lowered {
            if let rank = ranks[character] {
                key.append(rank)
            } else if character == "ё" {
                key.append(rank(ofCyrillic: "е") + 1)
            } else if character == " " {
                key.append(1)
            } else if character.isNumber, let digit = character.wholeNumberValue {
                key.append(10 + UInt32(digit))
            } else if let scalar = character.unicodeScalars.first {
                key.append(scalar.value >= 0x0400 && scalar.value <= 0x04FF ? rank(ofCyrillic: scalar) : 1_000 + scalar.value)
            }
        }
        return key
    }

    private static func rank(ofCyrillic scalar: Unicode.Scalar) -> UInt32 {
        // е and ё share a place in Russian order; spread Cyrillic so ё fits right after е.
        let value = scalar.value
        return 500 + (value - 0x0400) * 2 + (value > 0x0435 ? 2 : 0)
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
    public func sortedAzerbaijani(by name: (Element) -> String) -> [Element] {
        map { (AzerbaijaniCollation.sortKey(name($0)), name($0), $0) }
            .sorted { $0.0 != $1.0 ? $0.0.lexicographicallyPrecedes($1.0) : $0.1 < $1.1 }
            .map(\.2)
    }
}
