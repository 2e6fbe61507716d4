public import CadreKit
public import CadreModel

/// An import's problem in a page's language: the same `file:line:` as the CLI prints, then the
/// column and the reason in the catalog's words when the reason has some (``FieldProblem/reasonKey``),
/// else as the CLI says it.
public enum ProblemWords {
    public static func line(_ problem: FieldProblem, _ messages: [String: String]) -> String {
        guard let key = problem.reasonKey, let pattern = messages[key], let column = messages["problem.column"] else {
            return problem.description
        }
        let reason = problem.reasonValues.reduce(pattern) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
        let value = problem.value.isEmpty ? "" : " «\(problem.value)»"
        return "\(problem.file):\(problem.line): " + column.replacingOccurrences(of: "{column}", with: problem.column) + ":\(value) \(reason)"
    }
}
