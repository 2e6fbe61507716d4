/// The one way Cadre rounds a share to a whole percentage: to the nearest, halves up, in
/// integer arithmetic (4 of 6 is 67 %, 1 of 8 is 13 %). Every page and command that prints a
/// whole percentage uses it, and the reports' definitions say so (`report.percentRule` in
/// the message catalogs).
public enum Percent {
    public static func rounded(_ part: Int, of whole: Int) -> Int {
        guard whole > 0 else { return 0 }
        return (part * 200 + whole) / (2 * whole)
    }
}
