import CadreKit
import CadreModel
import CadreRender
import Foundation

/// `/events/CODE/scores`: the pre- and post-test scores of everyone enrolled, as one form,
/// stored in one transaction.
extension WebApp {
    func scores(_ visitor: Visitor, code: String, values: [String: TemplateValue] = [:], typed: [String: String] = [:], status: Int = 200) throws -> HTTPResponse {
        guard let event = try visitor.event(code) else { return try notFound(visitor) }
        let results = try AssessmentResults.load(event.code, database: visitor.store)
        var context = values
        context["event"] = ["code": .string(event.code), "course": .string(results.summary.course.title[visitor.language])]
        context["max"] = .number(Double(results.summary.course.assessment.maxScore))
        context["people"] = .list(results.rows.map { row -> TemplateValue in
            let pre: String = typed["pre:" + row.traineeRef] ?? row.pre.map(String.init) ?? ""
            let post: String = typed["post:" + row.traineeRef] ?? row.post.map(String.init) ?? ""
            return ["name": .string(row.name), "ref": .string(row.traineeRef), "shownRef": .string(row.shownRef), "pre": .string(pre), "post": .string(post)]
        })
        return try page("scores", visitor, context, status: status)
    }

    func saveScores(_ visitor: Visitor, code: String) throws -> HTTPResponse {
        guard let event = try visitor.event(code) else { return try notFound(visitor) }
        let people = try AssessmentResults.load(event.code, database: visitor.store).rows
        var entries: [AssessmentBook.Entry] = []
        var problems: [String] = []
        var typed: [String: String] = [:]
        for person in people {
            func score(_ kind: String) -> Int? {
                guard let text = visitor.field(kind + ":" + person.traineeRef) else { return nil }
                typed[kind + ":" + person.traineeRef] = text
                guard let value = Int(text) else {
                    problems.append("\(person.name): \(visitor.text("web.scores." + kind)) «\(text)» \(visitor.text("web.scores.notNumber"))")
                    return nil
                }
                return value
            }
            entries.append(AssessmentBook.Entry(reference: person.traineeRef, pre: score("pre"), post: score("post")))
        }
        guard problems.isEmpty else {
            return try scores(visitor, code: code, values: ["problems": .list(problems.map { .string($0) })], typed: typed, status: 400)
        }
        let outcomes = try AssessmentBook(visitor.store).recordAll(eventCode: event.code, entries, context: visitor.changeContext)
        let changed = outcomes.filter { if case .unchanged = $0 { false } else { true } }.count
        return try scores(visitor, code: code, values: ["done": .string(visitor.text("web.scores.saved").replacingOccurrences(of: "{count}", with: String(changed)))])
    }
}
