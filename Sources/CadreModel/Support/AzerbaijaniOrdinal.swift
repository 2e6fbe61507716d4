/// An ordinal numeral as Azerbaijani writes it in digits: `1-ci`, `3-cü`, `6-cı`, `9-cu`,
/// `10-cu`, `40-cı` — the suffix follows the vowel of the number's last spoken word (vowel
/// harmony), so a page never says "3-ci sessiya".
public enum AzerbaijaniOrdinal {
    public static func text(_ number: Int) -> String {
        "\(number)-" + suffix(number)
    }

    static func suffix(_ number: Int) -> String {
        let n = abs(number)
        if n == 0 { return "cı" }  // sıfır
        if n % 10 != 0 {
            // bir, iki, üç, dörd, beş, altı, yeddi, səkkiz, doqquz
            return ["ci", "ci", "cü", "cü", "ci", "cı", "ci", "ci", "cu"][n % 10 - 1]
        }
        if n % 100 != 0 {
            // on, iyirmi, otuz, qırx, əlli, altmış, yetmiş, səksən, doxsan
            return ["cu", "ci", "cu", "cı", "ci", "cı", "ci", "ci", "cı"][(n / 10) % 10 - 1]
        }
        return n % 1000 == 0 ? "ci" : "cü"  // min, yüz
    }
}
