public import Foundation

/// Columns of `cadre assessment import`.
public enum AssessmentImportField: String, ImportField {
    case eventCode = "event_code"
    case traineeRef = "trainee_ref"
    case kind
    case score
    case maxScore = "max_score"

    public var aliases: [String] {
        switch self {
        case .eventCode: ["event", "tədbir", "мероприятие"]
        case .traineeRef: ["trainee", "ref", "id", "iştirakçı", "участник"]
        case .kind: ["test", "növ", "тип"]
        case .score: ["bal", "nəticə", "балл", "результат"]
        case .maxScore: ["max", "maksimum", "максимум"]
        }
    }

    public static let required: [AssessmentImportField] = [.eventCode, .traineeRef, .kind, .score]
}

extension AssessmentBook {
    /// `event_code,trainee_ref,kind,score,max_score`: all or nothing, idempotent.
    public func importFile(_ url: URL, columnMap: [String: String], dryRun: Bool, context: ChangeContext) throws -> ImportSummary {
        var seen: [String: Int] = [:]
        return try CSVImport.run(url, fields: AssessmentImportField.self, columnMap: columnMap, database: database, dryRun: dryRun) { values, problem, _ in
            var problems: [FieldProblem] = []
            var target: (TrainingEvent, Course)?
            do { target = try eventAndCourse(values[.eventCode] ?? "", database) } catch { problems.append(problem(.eventCode, values[.eventCode] ?? "", "is not a known event")) }
            let trainee = try TraineeStore(database).resolve(values[.traineeRef] ?? "")
            if trainee == nil { problems.append(problem(.traineeRef, values[.traineeRef] ?? "", "is not a known trainee")) }
            let kindText = TextFolding.lowercasedAzerbaijani(values[.kind] ?? "")
            let kind: AssessmentScore.Kind? = ["pre", "pre-test", "ilkin", "до", "входной"].contains(kindText) ? .pre
                : ["post", "post-test", "yekun", "после", "итоговый"].contains(kindText) ? .post : nil
            if kind == nil { problems.append(problem(.kind, values[.kind] ?? "", "is not a test kind (pre or post)")) }
            let max = values[.maxScore].flatMap { $0.isEmpty ? nil : $0 }.map { Int($0) } ?? target.map { $0.1.assessment.maxScore }
            if max == nil || (max ?? 0) <= 0 { problems.append(problem(.maxScore, values[.maxScore] ?? "", "is not a positive whole number")) }
            let score = Int(values[.score] ?? "")
            if let max = max ?? nil, max > 0 {
                if score == nil || !(0...max).contains(score ?? -1) {
                    problems.append(problem(.score, values[.score] ?? "", "is not a whole number from 0 to \(max)"))
                }
            }
            var enrollment: Enrollment?
            if let event = target?.0, let trainee {
                enrollment = try EventStore(database).enrollment(event: event.id, trainee: trainee.id)
                if enrollment?.status != .enrolled { problems.append(problem(.traineeRef, values[.traineeRef] ?? "", "is not enrolled in \(event.code)")) }
            }
            if let enrollment, let kind {
                let key = "\(enrollment.id)|\(kind.rawValue)"
                if let line = seen[key] {
                    problems.append(problem(.kind, kind.rawValue, "is given twice for this trainee (also on line \(line))"))
                } else {
                    seen[key] = problem(.kind, "", "").line
                }
            }
            guard problems.isEmpty, let event = target?.0, let enrollment, let kind, let score, let max = max ?? nil else { throw RowProblems(problems) }
            return try store(kind, score, max: max, enrollment: enrollment, label: "\(values[.traineeRef] ?? "") in \(event.code)", database: database, context: context)
        }
    }
}
