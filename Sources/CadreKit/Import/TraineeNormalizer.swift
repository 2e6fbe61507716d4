public import CadreModel
import Foundation

/// Turns what people type into sign-up sheets into the values Cadre stores.
///
/// Names: Unicode NFC, spaces trimmed and collapsed, and — when typed all in capitals —
/// title-cased by Azerbaijani rules (`İSMAYILOVA` → `İsmayılova`, `ILQAR` → `Ilqar`); anything
/// else is kept as typed. E-mails lower-cased and checked; phones to E.164 (`050 123 45 67` →
/// `+994501234567`); FIN upper-cased and checked.
public enum TraineeNormalizer {
    public static func name(_ raw: String) throws(InvalidValue) -> String {
        let cleaned = TextFolding.clean(raw)
        guard cleaned.contains(where: \.isLetter) else { throw InvalidValue("is not a name", key: "problem.notAName") }
        guard cleaned.count <= 200 else { throw InvalidValue("is longer than 200 characters", key: "problem.tooLong", values: ["limit": "200"]) }
        guard !cleaned.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw InvalidValue("contains control characters", key: "problem.controlCharacters")
        }
        // Only a name typed wholly in capitals (as some sign-up sheets are) is put in title
        // case; anything else is kept as typed — people spell their own names.
        let letters = cleaned.filter(\.isLetter)
        let isAllUpper = letters == TextFolding.uppercasedAzerbaijani(letters) && letters != TextFolding.lowercasedAzerbaijani(letters)
        return isAllUpper ? titleCased(cleaned) : cleaned
    }

    /// Each word (split at spaces and hyphens) with its first letter in upper case and the
    /// rest in lower case, by Azerbaijani rules.
    public static func titleCased(_ text: String) -> String {
        var result = ""
        var startOfWord = true
        for character in text {
            let piece = String(character)
            if character == " " || character == "-" || character == "'" || character == "’" {
                result += piece
                startOfWord = true
            } else if startOfWord {
                result += TextFolding.uppercasedAzerbaijani(piece)
                startOfWord = false
            } else {
                result += TextFolding.lowercasedAzerbaijani(piece)
            }
        }
        return result
    }

    static let femaleWords: Set<String> = ["f", "female", "woman", "w", "q", "qadin", "qadın", "ж", "жен", "женский", "женщина"]
    static let maleWords: Set<String> = ["m", "male", "man", "k", "kisi", "kişi", "м", "муж", "мужской", "мужчина"]

    public static func sex(_ raw: String) throws(InvalidValue) -> Sex {
        let key = TextFolding.lowercasedAzerbaijani(TextFolding.clean(raw)).trimmingCharacters(in: .punctuationCharacters)
        if femaleWords.contains(key) || femaleWords.contains(TextFolding.matchKey(raw)) { return .female }
        if maleWords.contains(key) || maleWords.contains(TextFolding.matchKey(raw)) { return .male }
        throw InvalidValue("is not a sex (use qadın/kişi, female/male, F/M or женский/мужской)", key: "problem.notASex")
    }

    public static func email(_ raw: String) throws(InvalidValue) -> String {
        let email = TextFolding.clean(raw).lowercased()
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty,
            domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix("."),
            !zip(email.utf8, email.utf8.dropFirst()).contains(where: { $0 == UInt8(ascii: ".") && $1 == UInt8(ascii: ".") }),
            !email.contains(where: { $0.isWhitespace || $0 == "," || $0 == ";" || $0 == "<" || $0 == ">" || $0 == "\"" }),
            email.count <= 254
        else { throw InvalidValue("is not an e-mail address", key: "problem.notAnEmail") }
        return email
    }

    private static let phonePunctuation: [UInt8] = Array("+()-. ".utf8)

    /// Azerbaijani numbers in any of the usual shapes become `+994` and nine digits; other
    /// international numbers written with `+` or `00` are kept in E.164.
    public static func phone(_ raw: String) throws(InvalidValue) -> String {
        let cleaned = TextFolding.clean(raw)
        guard cleaned.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || Self.phonePunctuation.contains($0) }) else {
            throw InvalidValue("is not a phone number", key: "problem.notAPhone")
        }
        var digits = String(decoding: cleaned.utf8.filter { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }, as: UTF8.self)
        let plus = cleaned.hasPrefix("+")
        let international = plus || digits.hasPrefix("00")
        if !plus && digits.hasPrefix("00") { digits.removeFirst(2) }
        if !international {
            if digits.count == 10, digits.hasPrefix("0") { digits = "994" + digits.dropFirst() }
            else if digits.count == 9, !digits.hasPrefix("0") { digits = "994" + digits }
            else if digits.count == 12, digits.hasPrefix("994") {}
            else { throw InvalidValue("is not a phone number (expected e.g. 050 123 45 67 or +994 50 123 45 67)", key: "problem.notAPhone") }
        }
        if digits.hasPrefix("994") {
            guard digits.count == 12, digits.dropFirst(3).first != "0" else {
                throw InvalidValue("is not an Azerbaijani phone number (+994 and 9 digits)", key: "problem.notAnAzerbaijaniPhone")
            }
        } else {
            // No country code starts with 0 (found by fuzzing: "00000000000" became "+000000000").
            guard (8...15).contains(digits.count), digits.first != "0" else { throw InvalidValue("is not a phone number", key: "problem.notAPhone") }
        }
        return "+" + digits
    }

    /// The FIN of an Azerbaijani identity card: seven letters and digits.
    public static func nationalID(_ raw: String) throws(InvalidValue) -> String {
        // Standard Swift rather than Foundation's bridged string search: this runs for every row.
        let fin = String(TextFolding.clean(raw).filter { $0 != " " }).uppercased()
        guard fin.count == 7, fin.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) }) else {
            throw InvalidValue("is not a FIN (7 letters and digits)", key: "problem.notAFIN")
        }
        return fin
    }

    public static func birthDate(_ raw: String) throws(InvalidValue) -> String {
        guard let date = CalendarDate(parsing: raw) else {
            throw InvalidValue("is not a date (use 1985-03-21 or 21.03.1985)", key: "problem.notADate")
        }
        return date.iso
    }

    /// Organisations and free text: cleaned, length-limited.
    public static func text(_ raw: String, limit: Int = 300) throws(InvalidValue) -> String {
        let cleaned = TextFolding.clean(raw)
        guard cleaned.count <= limit else { throw InvalidValue("is longer than \(limit) characters", key: "problem.tooLong", values: ["limit": String(limit)]) }
        return cleaned
    }

    /// A centre's own reference: any printable text without spaces at the ends.
    public static func reference(_ raw: String) throws(InvalidValue) -> String {
        let cleaned = TextFolding.clean(raw)
        guard cleaned.count <= 64 else { throw InvalidValue("is longer than 64 characters", key: "problem.tooLong", values: ["limit": "64"]) }
        guard !cleaned.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw InvalidValue("contains control characters", key: "problem.controlCharacters")
        }
        return cleaned
    }
}
