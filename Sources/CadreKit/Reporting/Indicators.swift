public import CadreModel
public import Foundation

/// Progress against a programme's targets, read from a JSON file:
///
/// ```json
/// {"targets": [
///   {"name": "Professionals trained in Saatli and Shuvalan", "target": 50,
///    "where": {"region": ["saatly", "khazar"]}, "from": "2021-01-01", "to": "2021-12-31"},
///   {"name": "Judges and social workers among them", "targetPercent": 40,
///    "where": {"region": ["saatly", "khazar"]}, "share": {"profession": ["judge", "social-worker"]}}
/// ]}
/// ```
/// A name is one text, or `{"az": …, "en": …, "ru": …}` so that each language's report names
/// the indicator in its own words.
/// Counts are persons who completed, unless `measure` (completed, attended, enrolled) or
/// `count` (persons, participations) say otherwise. An evaluation measure is a share of feedback
/// answers: `"feedback": {"question": "relevance", "answers": [4, 5]}` with `targetPercent` (the
/// questionnaire FEEDBACK-END unless `"questionnaire"` names another, e.g. FOLLOW-UP).
public struct Indicators: Codable, Sendable {
    public struct Result: Codable, Sendable, Equatable {
        public let name: LocalizedText
        /// The count, or the share in percent.
        public let value: Double
        public let target: Double
        public let isShare: Bool
        public let achievedPercent: Double
        public let numerator: Int
        public let denominator: Int?
    }

    public let results: [Result]

    /// The targets as a report table: the value (with its numerator and denominator for
    /// shares), the target and the percentage achieved, and a chart of the percentages.
    public func table(targetsFile: String, now: Date, words: ReportWords) -> ReportTable {
        ReportTable(
            title: words("report.indicators.title"),
            notes: [words("report.indicators.scope"), words("report.indicators.file", ["file": targetsFile]), words.made(now)],
            header: ["indicator", "value", "target", "achieved_percent"],
            words: words,
            rows: results.map { result in
                ReportTable.Row(.line, [
                    result.name[words.language],
                    result.isShare
                        ? words("report.indicators.share", [
                            "percent": NumberWording.decimal(result.value, digits: 1, words.language), "count": String(result.numerator), "total": String(result.denominator ?? 0),
                        ])
                        : String(result.numerator),
                    result.isShare ? String(format: "%.0f %%", result.target) : String(format: "%.0f", result.target),
                    String(format: "%.0f %%", result.achievedPercent),
                ])
            },
            chart: results.map { ReportTable.Bar($0.name[words.language], Int($0.achievedPercent.rounded()), String(format: "%.0f %%", $0.achievedPercent)) })
    }

    public static func evaluate(file: URL, database: any Store) throws -> Indicators {
        let name = file.lastPathComponent
        let fail = { (location: String, message: String) in CurriculumError(file: name, location: location, message: message) }
        let document: JSONValue
        do {
            document = try JSONParser.parse(try InputFiles.read(file))
        } catch let error as JSONParser.SyntaxError {
            throw fail("\(error.line):\(error.column)", "invalid JSON: \(error.message)")
        }
        var root = try JSONObjectReader(document, path: "$", fail: fail)
        let targets = try root.array("targets")
        try root.finish()
        let results = try targets.enumerated().map { index, value -> Result in
            let path = "$.targets[\(index)]"
            var reader = try JSONObjectReader(value, path: path, fail: fail)
            let title: LocalizedText
            switch reader.optional("name") {
            case .string(let text)?: title = LocalizedText(everywhere: text)
            case .object(let texts)?: title = try CurriculumDecoder.localized(.object(texts), at: path + ".name", fail: fail)
            default: throw reader.error("name", "expected a name, or {\"az\": …, \"en\": …, \"ru\": …}")
            }
            var query = TrainedQuery(dimensions: [])
            if let measure = reader.optional("measure") {
                guard case .string(let text) = measure, let parsed = TrainedQuery.Measure(rawValue: text) else {
                    throw reader.error("measure", "expected completed, attended or enrolled")
                }
                query.measure = parsed
            }
            if let counting = reader.optional("count") {
                guard case .string(let text) = counting, let parsed = TrainedQuery.Counting(rawValue: text) else {
                    throw reader.error("count", "expected persons or participations")
                }
                query.counting = parsed
            }
            for key in ["from", "to"] {
                if let value = reader.optional(key) {
                    guard case .string(let text) = value, let date = CalendarDate(parsing: text) else { throw reader.error(key, "expected a date like 2021-01-01") }
                    if key == "from" { query.from = date } else { query.to = date }
                }
            }
            query.filters = try filters(reader.optional("where"), at: reader.childPath("where"), fail: fail)
            let feedback = reader.optional("feedback")
            let share = try reader.optional("share").map { try filters($0, at: reader.childPath("share"), fail: fail) }
            let count = try reader.optional("target").map { value -> Double in
                guard case .number(let text) = value, let number = Double(text), number > 0 else { throw reader.error("target", "expected a positive number") }
                return number
            }
            let percent = try reader.optional("targetPercent").map { value -> Double in
                guard case .number(let text) = value, let number = Double(text), number > 0, number <= 100 else {
                    throw reader.error("targetPercent", "expected a percentage above 0, at most 100")
                }
                return number
            }
            try reader.finish()
            if let feedback {
                guard let percent else { throw fail(path, "a feedback measure is a share: give targetPercent") }
                let (numerator, base) = try feedbackShare(feedback, query: query, at: reader.childPath("feedback"), fail: fail, database: database)
                let value = base == 0 ? 0 : Double(numerator) * 100 / Double(base)
                return Result(name: title, value: value, target: percent, isShare: true, achievedPercent: value * 100 / percent, numerator: numerator, denominator: base)
            }
            // The share's part and its whole come from one snapshot of the period's participations.
            let snapshot = try database.reports.snapshot(query, also: share.map { Array($0.keys) } ?? [])
            let base = snapshot.trained(groupedBy: [])[[]] ?? 0
            if let share {
                guard let percent else { throw fail(path, "a share needs targetPercent") }
                let filters = query.filters.merging(share) { _, part in part }
                let numerator = snapshot.trained(groupedBy: [], filters: filters)[[]] ?? 0
                let value = base == 0 ? 0 : Double(numerator) * 100 / Double(base)
                return Result(name: title, value: value, target: percent, isShare: true, achievedPercent: value * 100 / percent, numerator: numerator, denominator: base)
            }
            guard let count else { throw fail(path, "give target (a count) or share with targetPercent") }
            return Result(name: title, value: Double(base), target: count, isShare: false, achievedPercent: Double(base) * 100 / count, numerator: base, denominator: nil)
        }
        return Indicators(results: results)
    }

    /// `{"question": "relevance", "answers": [4, 5]}` (with `"questionnaire"`, FEEDBACK-END unless
    /// given): of the forms of the period's events that answered the question, how many gave one
    /// of `answers` (scale points, "yes"/"no", option keys). Answers are anonymous, so only the
    /// events' course and centre can narrow them.
    private static func feedbackShare(
        _ value: JSONValue, query: TrainedQuery, at path: String, fail: @escaping (String, String) -> CurriculumError, database: any Store
    ) throws -> (numerator: Int, base: Int) {
        var reader = try JSONObjectReader(value, path: path, fail: fail)
        let code = reader.optional("questionnaire").flatMap { if case .string(let text) = $0 { text } else { nil } } ?? FeedbackBook.endOfTrainingCode
        let key = try reader.string("question")
        let answers = try reader.array("answers").map { item -> String in
            switch item {
            case .string(let text): return TextFolding.lowercasedAzerbaijani(text)
            case .number(let text): return text
            default: throw reader.error("answers", "expected answers as numbers or words")
            }
        }
        try reader.finish()
        if let person = query.filters.keys.first(where: { ![.course, .centre].contains($0) }) {
            throw fail(path, "answers are anonymous: a feedback measure can be narrowed by course and centre, not by \(person.rawValue)")
        }
        return try database.read { database in
            guard let questionnaire = try database.questionnaires.latest(code: code)?.questionnaire else {
                throw fail(path + ".questionnaire", "no questionnaire \(code); load the built-in ones (or the course's own) with 'cadre questionnaire import'")
            }
            // The questionnaire's own question, or one a course adds to its events' form.
            let added = questionnaire.kind == .endOfTraining ? try database.courses.allLatest().flatMap { $0.feedbackQuestions ?? [] } : []
            guard let question = questionnaire.question(key) ?? added.first(where: { $0.key == key }) else {
                throw fail(path + ".question", "\(code) has no question '\(key)', nor does any course add one")
            }
            var events = try database.events.events(from: query.from, to: query.to, centreID: nil, status: nil).filter { $0.status != .cancelled }
            // Each event's course, read once per course.
            var read: [UUID: Course?] = [:]
            func course(of event: TrainingEvent) throws -> Course? {
                if let known = read[event.courseID] { return known }
                let course = try database.courses.course(id: event.courseID)
                read[event.courseID] = .some(course)
                return course
            }
            if questionnaire.kind == .endOfTraining {
                // The events whose courses answer this questionnaire.
                events = try events.filter { FeedbackBook.questionnaireCode(of: try course(of: $0)) == code }
            }
            if let courses = query.filters[.course] {
                let ids = Set(try courses.compactMap { try database.courses.latest(code: CourseCode($0))?.course.code })
                events = try events.filter { ids.contains(try course(of: $0)?.code ?? "") }
            }
            if let centres = query.filters[.centre] {
                let ids = Set(try centres.compactMap { try database.scheduling.centre($0)?.id })
                events = events.filter { $0.centreID.map(ids.contains) ?? false }
            }
            var numerator = 0
            var base = 0
            for form in try database.feedback.responses(events: events.map(\.id), questionnaire: questionnaire.id) {
                guard let stored = form.answers[key], let answer = FeedbackAnswer(stored: stored.number, stored.text, for: question.kind) else { continue }
                base += 1
                let word: String
                switch answer {
                case .scale(let point): word = String(point)
                case .yesNo(let yes): word = yes ? "yes" : "no"
                case .choice(let option): word = option
                case .text: word = ""
                }
                if answers.contains(word) { numerator += 1 }
            }
            return (numerator, base)
        }
    }

    private static func filters(_ value: JSONValue?, at path: String, fail: @escaping (String, String) -> CurriculumError) throws -> [TrainedQuery.Dimension: [String]] {
        guard let value else { return [:] }
        guard case .object(let members) = value else { throw fail(path, "expected an object of dimension → list of codes") }
        var result: [TrainedQuery.Dimension: [String]] = [:]
        for (key, list) in members {
            guard let dimension = TrainedQuery.Dimension(rawValue: key) else { throw fail("\(path).\(key)", "unknown dimension '\(key)'") }
            guard case .array(let items) = list else { throw fail("\(path).\(key)", "expected a list of codes") }
            result[dimension] = try items.map { item in
                guard case .string(let code) = item else { throw fail("\(path).\(key)", "expected codes as strings") }
                return code
            }
        }
        return result
    }
}
