import CadreKit
import CadreModel
import Testing

@Suite("Completion rule")
struct CompletionTests {
    let rule = CompletionRule(minAttendancePercent: 80, passMark: 12)

    @Test(
        "attendance at the 80 % boundary, in integer arithmetic",
        arguments: [
            (5, 4, true), (5, 3, false), (6, 5, true), (6, 4, false), (10, 8, true), (10, 7, false), (24, 20, true), (24, 19, false), (1, 1, true), (0, 0, false),
        ])
    func boundary(held: Int, attended: Int, completes: Bool) {
        let result = Completion.evaluate(rule: CompletionRule(minAttendancePercent: 80), maxScore: 20, held: held, attended: attended, postScore: nil)
        #expect(result.completed == completes)
    }

    @Test("reasons read as a trainer would say them")
    func reasons() {
        let short = Completion.evaluate(rule: rule, maxScore: 20, held: 6, attended: 3, postScore: 9)
        #expect(short.reasons == ["attended 3 of 6 sessions (50 %), needs 80 %", "post-test 9/20 below pass mark 12"])
        let noScore = Completion.evaluate(rule: rule, maxScore: 20, held: 6, attended: 6, postScore: nil)
        #expect(noScore.reasons == ["no post-test score (pass mark 12)"])
        let passed = Completion.evaluate(rule: rule, maxScore: 20, held: 6, attended: 5, postScore: 12)
        #expect(passed.completed && passed.reasons.isEmpty)
        #expect(Completion.evaluate(rule: rule, maxScore: 20, held: 6, attended: 5, postScore: 11).reasons == ["post-test 11/20 below pass mark 12"])
    }

    @Test("whole percentages are rounded to the nearest, halves up, the same way everywhere", arguments: [
        (4, 6, 67), (1, 8, 13), (1, 3, 33), (2, 3, 67), (5, 6, 83), (0, 6, 0), (6, 6, 100), (1, 200, 1), (1, 201, 0), (0, 0, 0),
    ])
    func rounding(part: Int, whole: Int, percent: Int) {
        #expect(Percent.rounded(part, of: whole) == percent)
        #expect(Completion.evaluate(rule: rule, maxScore: 20, held: whole, attended: part, postScore: 12).percent == percent)
    }

    @Test("a shortfall that rounds to the requirement is shown with its decimal, never as the requirement")
    func shortfallIsNotRoundedUp() {
        let result = Completion.evaluate(rule: CompletionRule(minAttendancePercent: 80), maxScore: 20, held: 44, attended: 35, postScore: nil)
        #expect(!result.completed)
        #expect(result.reasons == ["attended 35 of 44 sessions (79.5 %), needs 80 %"])
        #expect(Completion.evaluate(rule: rule, maxScore: 20, held: 6, attended: 4, postScore: 12).reasons == ["attended 4 of 6 sessions (67 %), needs 80 %"])
    }

    @Test("statuses in every language people use")
    func statusWords() throws {
        for (text, status) in [
            ("present", AttendanceMark.Status.present), ("P", .present), ("1", .present), ("iştirak etdi", .present), ("ПРИСУТСТВОВАЛ", .present),
            ("late", .late), ("L", .late), ("gecikdi", .late), ("опоздал", .late), ("E", .excused), ("üzrlü", .excused), ("уважительная", .excused),
            ("A", .absent), ("0", .absent), ("yox", .absent), ("GƏLMƏDİ", .absent), ("отсутствовал", .absent),
        ] {
            #expect(try AttendanceStatusWords.status(text) == status, "\(text)")
        }
        #expect(throws: InvalidValue.self) { try AttendanceStatusWords.status("maybe") }
    }
}
