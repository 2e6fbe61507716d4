import Foundation

/// Numbers as each language writes them: `92.9` in English, `92,9` in Azerbaijani and Russian.
///
/// Files for machines (CSV, JSON, workbook cells) keep the dot; pages, printed reports and
/// sentences people read use the language's decimal separator.
public enum NumberWording {
    /// `value` rounded to `digits` decimals, in the language's writing.
    public static func decimal(_ value: Double, digits: Int, _ language: Language) -> String {
        written(plain(value, digits: digits), language)
    }

    /// A decimal as files write it (`96.9`, `-0.50`): C's `%.Nf`, as every file Cadre writes.
    public static func plain(_ value: Double, digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    /// A cell written for files (`96.9`, `22.2 %`, `-1.5`) as the language writes it; any
    /// other text (names, codes, dates) is returned unchanged.
    public static func written(_ text: String, _ language: Language) -> String {
        guard language != .en, isDecimal(text) else { return text }
        return text.replacingOccurrences(of: ".", with: ",")
    }

    /// Digits, one dot, digits, optionally a leading minus and a trailing ` %`.
    static func isDecimal(_ text: String) -> Bool {
        var body = Substring(text)
        if body.hasSuffix(" %") { body = body.dropLast(2) }
        if body.hasPrefix("-") { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
