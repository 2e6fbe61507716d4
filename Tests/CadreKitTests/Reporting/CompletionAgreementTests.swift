@testable import CadreKit
import CadreModel
@testable import CadreStore
import Testing

/// The completion rule is written twice — in SQL, so reports count millions of participations
/// in the database, and in Swift, so `completion` and certificates can say why someone did not
/// complete. These must never disagree.
@Suite("Completion rule: the report's SQL and Completion.evaluate")
struct CompletionAgreementTests {
    @Test("agree on 5,000 random participations, boundaries included")
    func agree() throws {
        let database = try TestDatabase()
        var random = SplitMix64(seed: 19)
        func number(_ bound: Int) -> Int { Int(random.next() % UInt64(bound + 1)) }
        let sql = "SELECT (\(ReportStore<Database>.condition(.completed))) FROM (SELECT CAST(? AS INTEGER) AS held, CAST(? AS INTEGER) AS attended, CAST(? AS INTEGER) AS post, CAST(? AS INTEGER) AS min_percent, CAST(? AS INTEGER) AS pass_mark) AS p"
        var completed = 0
        for _ in 0..<5_000 {
            let held = number(12)
            let attended = number(held)
            // Thresholds drawn near the attended share, so that many cases sit on the boundary.
            let minPercent = held == 0 ? number(100) : min(100, max(0, attended * 100 / held + number(4) - 2))
            let passMark: Int? = number(3) == 0 ? nil : number(20)
            let post: Int? = number(4) == 0 ? nil : max(0, (passMark ?? 10) + number(4) - 2)
            let bySQL = try database.scalar(sql, [held, attended, post, minPercent, passMark]).intValue == 1
            let bySwift = Completion.evaluate(
                rule: CompletionRule(minAttendancePercent: minPercent, passMark: passMark), maxScore: 30, held: held, attended: attended,
                postScore: post
            ).completed
            #expect(bySQL == bySwift, "held \(held), attended \(attended), min \(minPercent) %, post \(post.map(String.init) ?? "none"), pass mark \(passMark.map(String.init) ?? "none")")
            if bySwift { completed += 1 }
        }
        #expect(completed > 1_000 && completed < 4_000, "both outcomes are well represented: \(completed) completed")
    }
}
