/// Sorting names in Azerbaijani alphabetical order:
/// a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş t u ü v y z.
///
/// A sort key is computed once per name (not ICU per comparison), so sorting a hundred
/// thousand names stays fast. Latin letters outside the alphabet follow it, then Cyrillic
/// in Russian order; case is ignored, then used to break ties.
public enum AzerbaijaniCollation {
    static let alphabet = Array("abcçdeəfgğhxıijkqlmnoöprsştuüvyz".unicodeScalars)

    /// Ranks of the scalars below U+0500 (Latin and Cyrillic), 0 where none is assigned:
    /// a table read per scalar instead of a `Character` dictionary, since every roster of
    /// every sheet sorts its names.
    private static let table: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 0x500)
        for (offset, letter) in alphabet.enumerated() { table[Int(letter.value)] = UInt32(offset) + 100 }
        table[0x20] = 1
        for digit in 0...9 { table[0x30 + digit] = 10 + UInt32(digit) }
        for value in 0x400..<0x500 { table[value] = rank(ofCyrillic: UInt32(value)) }
        // е and ё share a place in Russian order: ё sorts right after е.
        table[0x451] = rank(ofCyrillic: 0x435) + 1
        return table
    }()

    /// A key whose lexicographic order is the Azerbaijani alphabetical order of `text`.
    /// Names are NFC, so each Azerbaijani letter is one scalar; other letters follow the
    /// alphabet by code point, and a combining mark ranks after the letter it sits on.
    public static func sortKey(_ text: String) -> [UInt32] {
        let lowered = TextFolding.lowercasedAzerbaijani(TextFolding.clean(text))
        var key: [UInt32] = []
        key.reserveCapacity(lowered.utf8.count)
        for scalar in lowered.unicodeScalars {
            let value = scalar.value
            if value < 0x500, table[Int(value)] != 0 {
                key.append(table[Int(value)])
            } else if scalar.properties.numericType == .decimal, let digit = scalar.properties.numericValue {
                key.append(10 + UInt32(digit))
            } else if value < 0x400 {
                key.append(1_000 + value)  // Latin outside the alphabet, punctuation, combining marks
            } else if !scalar.properties.isWhitespace {
                key.append(0x2_0000 + value)  // other scripts, after Cyrillic
            }
        }
        return key
    }

    private static func rank(ofCyrillic value: UInt32) -> UInt32 {
        // After the alphabet and the rest of Latin; spread so ё fits right after е.
        0x1_0000 + (value - 0x0400) * 2 + (value > 0x0435 ? 2 : 0)
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
