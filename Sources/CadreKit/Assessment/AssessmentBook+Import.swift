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
    ///
    /// Nothing is asked of the database per row: the people a chunk of rows names are looked
    /// up together, each event's enrolments and scores once, and new scores are stored
    /// together at the end (``ScoreInserter``). A changed score is updated and audited one by one.
    public func importFile(_ url: URL, columnMap: [String: String], dryRun: Bool, context: ChangeContext) throws -> ImportSummary {
        // What the rows of one event need. An event keeps only its course's maximum score:
        // holding a course per event held 16,000 copies of the curriculum's texts.
        struct Target {
            let event: TrainingEvent
            let maxScore: Int
            let enrollments: [UUID: (id: UUID, status: Enrollment.Status, position: Int)]
            let scores: [UUID: [AssessmentScore.Kind: AssessmentScore]]
        }
        var targets: [String: Target?] = [:]
        var trainees: [String: Trainee] = [:]
        // The first line of each enrolment's pre and post score, to catch one given twice.
        var seen: [UUID: (pre: Int32, post: Int32)] = [:]
        var made: (any ScoreInserter)?
        let database = self.database
        return try CSVImport.run(url, fields: AssessmentImportField.self, columnMap: columnMap, database: database, dryRun: dryRun) { rows in
            trainees = try database.trainees.resolveAll(rows.map { $0[.traineeRef] ?? "" })
        } row: { values, problem, _ in
            var problems: [FieldProblem] = []
            let code = values[.eventCode] ?? ""
            if targets[code] == nil {
                targets[code] = .some(try (try? eventAndCourse(code, database)).map { event, course in
                    Target(
                        event: event, maxScore: course.assessment.maxScore, enrollments: try database.events.enrollmentStatuses(of: event.id),
                        scores: try database.assessments.scores(of: event.id))
                })
            }
            let target = targets[code] ?? nil
            if target == nil { problems.append(problem(.eventCode, code, "is not a known event")) }
            let ref = values[.traineeRef] ?? ""
            let traineeID = trainees[ref]?.id
            if traineeID == nil { problems.append(problem(.traineeRef, ref, "is not a known trainee")) }
            let kindText = TextFolding.lowercasedAzerbaijani(values[.kind] ?? "")
            let kind = AssessmentBook.kindWords.first { $0.words.contains(kindText) }?.kind
            if kind == nil { problems.append(problem(.kind, values[.kind] ?? "", "is not a test kind (pre or post)")) }
            let max = values[.maxScore].flatMap { $0.isEmpty ? nil : $0 }.map { Int($0) } ?? target.map(\.maxScore)
            if max == nil || (max ?? 0) <= 0 { problems.append(problem(.maxScore, values[.maxScore] ?? "", "is not a positive whole number")) }
            let score = Int(values[.score] ?? "")
            if let max = max ?? nil, max > 0 {
                if score == nil || !(0...max).contains(score ?? -1) {
                    problems.append(problem(.score, values[.score] ?? "", "is not a whole number from 0 to \(max)"))
                }
            }
            var enrollment: UUID?
            if let target, let traineeID {
                let found = target.enrollments[traineeID]
                if found?.status == .enrolled {
                    enrollment = found?.id
                } else {
                    problems.append(problem(.traineeRef, ref, "is not enrolled in \(target.event.code)"))
                }
            }
            if let enrollment, let kind {
                let line = Int32(clamping: values.line)
                let earlier = kind == .pre ? seen[enrollment]?.pre : seen[enrollment]?.post
                if let earlier, earlier != 0 {
                    problems.append(problem(.kind, kind.rawValue, "is given twice for this trainee (also on line \(earlier))"))
                } else if kind == .pre {
                    seen[enrollment, default: (0, 0)].pre = line
                } else {
                    seen[enrollment, default: (0, 0)].post = line
                }
            }
            guard problems.isEmpty, let target, let enrollment, let kind, let score, let max = max ?? nil else { throw RowProblems(problems) }
            // A score given twice in the file is refused above, so only scores stored before
            // the import can already exist.
            if target.scores[enrollment]?[kind] != nil {
                let label = "\(ref) in \(target.event.code)"
                return try store(kind, score, max: max, enrollment: enrollment, label: label, database: database, context: context)
            }
            let inserter = try made ?? database.assessments.inserter(recordedBy: context.actor)
            made = inserter
            try inserter.insert(AssessmentScore(
                id: context.makeID(), enrollmentID: enrollment, kind: kind, score: score, maxScore: max, recordedBy: context.actor,
                recordedAt: context.now()))
            return .added
        } finish: { _, _ in
            try made?.finish()
            return []
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
