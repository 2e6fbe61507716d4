public import CadreModel
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
        // Looked up once per event and per reference, not per row; the first line of each
        // enrolment's pre and post score, to catch one given twice.
        // An event keeps only its course's maximum score: holding a course per event held
        // 16,000 copies of the curriculum's texts.
        var targets: [String: (TrainingEvent, Int)?] = [:]
        var trainees: [String: UUID?] = [:]
        var seen: [UUID: (pre: Int32, post: Int32)] = [:]
        return try CSVImport.run(url, fields: AssessmentImportField.self, columnMap: columnMap, database: database, dryRun: dryRun) { values, problem, _ in
            var problems: [FieldProblem] = []
            let code = values[.eventCode] ?? ""
            if targets[code] == nil {
                targets[code] = .some((try? eventAndCourse(code, database)).map { event, course in (event, course.assessment.maxScore) })
            }
            let target = targets[code] ?? nil
            if target == nil { problems.append(problem(.eventCode, code, "is not a known event")) }
            let ref = values[.traineeRef] ?? ""
            if trainees[ref] == nil { trainees[ref] = .some(try database.trainees.resolve(ref)?.id) }
            let traineeID = trainees[ref] ?? nil
            if traineeID == nil { problems.append(problem(.traineeRef, ref, "is not a known trainee")) }
            let kindText = TextFolding.lowercasedAzerbaijani(values[.kind] ?? "")
            let kind = AssessmentBook.kindWords.first { $0.words.contains(kindText) }?.kind
            if kind == nil { problems.append(problem(.kind, values[.kind] ?? "", "is not a test kind (pre or post)")) }
            let max = values[.maxScore].flatMap { $0.isEmpty ? nil : $0 }.map { Int($0) } ?? target.map { $0.1 }
            if max == nil || (max ?? 0) <= 0 { problems.append(problem(.maxScore, values[.maxScore] ?? "", "is not a positive whole number")) }
            let score = Int(values[.score] ?? "")
            if let max = max ?? nil, max > 0 {
                if score == nil || !(0...max).contains(score ?? -1) {
                    problems.append(problem(.score, values[.score] ?? "", "is not a whole number from 0 to \(max)"))
                }
            }
            var enrollment: Enrollment?
            if let event = target?.0, let traineeID {
                enrollment = try database.events.enrollment(event: event.id, trainee: traineeID)
                if enrollment?.status != .enrolled { problems.append(problem(.traineeRef, values[.traineeRef] ?? "", "is not enrolled in \(event.code)")) }
            }
            if let enrollment, let kind {
                let line = Int32(clamping: problem(.kind, "", "").line)
                let earlier = kind == .pre ? seen[enrollment.id]?.pre : seen[enrollment.id]?.post
                if let earlier, earlier != 0 {
                    problems.append(problem(.kind, kind.rawValue, "is given twice for this trainee (also on line \(earlier))"))
                } else if kind == .pre {
                    seen[enrollment.id, default: (0, 0)].pre = line
                } else {
                    seen[enrollment.id, default: (0, 0)].post = line
                }
            }
            guard problems.isEmpty, let event = target?.0, let enrollment, let kind, let score, let max = max ?? nil else { throw RowProblems(problems) }
            return try store(kind, score, max: max, enrollment: enrollment, label: "\(values[.traineeRef] ?? "") in \(event.code)", database: database, context: context)
        }
    }
}

extension AssessmentBook {
    /// The words a file may use for the test kinds, in English, Azerbaijani and Russian.
    public static let kindWords: [(kind: AssessmentScore.Kind, words: [String])] = [
        (.pre, ["pre", "pre-test", "ilkin", "до", "входной"]),
        (.post, ["post", "post-test", "yekun", "после", "итоговый"]),
    ]

    /// Every accepted word, kind by kind, for help texts.
    public static var kindWordsDescribed: String {
        kindWords.map { "\($0.kind.rawValue): " + $0.words.joined(separator: ", ") }.joined(separator: "; ")
    }
}
