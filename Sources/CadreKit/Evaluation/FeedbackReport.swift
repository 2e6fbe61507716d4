public import CadreModel
public import Foundation

/// How participants judged their trainings, per event, course or centre: forms returned against
/// participants, and for each question the distribution of its answers (a scale's five points and
/// its mean, yes and no, each option). Small numbers are hidden: a group with fewer forms than
/// `suppressBelow` shows no answers, and a count from 1 to `suppressBelow − 1` is shown as
/// "<n", so no one's answers can be recognised. Free text is listed only when asked for one
/// event (for its coordinator), and not when that event's answers are hidden.
public struct FeedbackReport: Encodable, Sendable {
    public enum Grouping: String, CaseIterable, Sendable {
        /// By trainer, an event with two trainers counts for each.
        case event, course, centre, trainer
    }

    /// The answers to one question within a group; nil counts are hidden.
    public struct QuestionSummary: Encodable, Sendable {
        public let key: String
        public let answered: Int?
        /// (answer key, count) in the question's order: "1"…"5", "yes"/"no", option keys.
        public let counts: [Count]
        public let mean: Double?
    }

    public struct Count: Encodable, Sendable {
        public let answer: String
        public let count: Int?
    }

    public struct Group: Encodable, Sendable {
        public let label: String
        public let participants: Int
        public let responses: Int
        /// True when the group has fewer forms than the threshold: no answers are shown.
        public let suppressed: Bool
        public let questions: [QuestionSummary]
        /// Free-text answers (question key, text), in alphabetical order — only when asked for
        /// one event (its coordinator's), and never for a group whose answers are hidden.
        public var texts: [Text] = []
    }

    public struct Text: Encodable, Sendable {
        public let question: String
        public let text: String
    }

    public let questionnaire: String
    public let version: Int
    public let groups: [Group]
    public let suppressBelow: Int
    let from: CalendarDate?
    let to: CalendarDate?
    let grouping: Grouping
    let madeAt: Date
    let questions: [Question]
    let kind: Questionnaire.Kind
    /// The first event's day, for the period's dates.
    var firstDay: CalendarDate?

    enum CodingKeys: String, CodingKey { case questionnaire, version, groups, suppressBelow }

    public static let defaultSuppressBelow = 5

    /// The report over events starting in the period (or the one event `eventCode` names), of
    /// one centre's events when `centreCode` is given, on the answers to `questionnaireCode`:
    /// unless said, the built-in end-of-training questionnaire (one event: its course's own).
    /// An end-of-training report counts the events whose courses answer that questionnaire.
    public static func make(
        from: CalendarDate?, to: CalendarDate?, eventCode: String?, grouping: Grouping, suppressBelow: Int, texts: Bool = false,
        questionnaireCode: String? = nil, centreCode: String? = nil, database: any Store, now: Date
    ) throws -> FeedbackReport {
        try database.read { database in
            var code = questionnaireCode ?? FeedbackBook.endOfTrainingCode
            if questionnaireCode == nil, let eventCode, let event = try database.events.event(code: EventCode(eventCode)) {
                code = FeedbackBook.questionnaireCode(of: try database.courses.course(id: event.courseID))
            }
            guard var questionnaire = try database.questionnaires.latest(code: code)?.questionnaire else {
                throw FeedbackBook.FeedbackError.noQuestionnaire(code: code)
            }
            var centreID: UUID?
            if let centreCode {
                guard let centre = try database.scheduling.centre(centreCode) else { throw NotFound(kind: "centre", reference: centreCode) }
                centreID = centre.id
            }
            var events = try database.events.events(from: from, to: to, centreID: centreID, status: nil).filter { $0.status != .cancelled }
            if let eventCode {
                guard let event = try database.events.event(code: EventCode(eventCode)), centreID == nil || event.centreID == centreID else {
                    throw NotFound(kind: "event", reference: eventCode)
                }
                events = [event]
            }
            // The questions the events' courses add to the form, after the questionnaire's own;
            // a group shows those of its own events' courses.
            let asked = questionnaire
            var added: [UUID: [Question]] = [:]
            if questionnaire.kind == .endOfTraining {
                var answering: Set<UUID> = []
                for courseID in Set(events.map(\.courseID)).sorted(by: { $0.uuidString < $1.uuidString }) {
                    let course = try database.courses.course(id: courseID)
                    guard FeedbackBook.questionnaireCode(of: course) == code else { continue }
                    answering.insert(courseID)
                    added[courseID] = course?.feedbackQuestions ?? []
                    questionnaire = FeedbackBook.adding(added[courseID] ?? [], to: questionnaire)
                }
                events = events.filter { answering.contains($0.courseID) }
            }
            let counts = try database.feedback.responseCounts(events: events.map(\.id), questionnaire: questionnaire.id)
            var forms: [UUID: [[String: (number: Int?, text: String?)]]] = [:]
            for form in try database.feedback.responses(events: events.map(\.id), questionnaire: questionnaire.id) {
                forms[form.event, default: []].append(form.answers)
            }
            var labels: [UUID: String] = [:]
            func named(_ id: UUID, _ name: () throws -> String?) throws -> String {
                if let known = labels[id] { return known }
                let label = try name() ?? "?"
                labels[id] = label
                return label
            }
            func groups(of event: TrainingEvent) throws -> [String] {
                switch grouping {
                case .event: return [event.code]
                case .course: return [try named(event.courseID) { try database.courses.course(id: event.courseID)?.code }]
                case .centre: return [try event.centreID.map { id in try named(id) { try database.scheduling.centre(id: id)?.code } } ?? ""]
                case .trainer:
                    return try event.trainerIDs.map { id in
                        try named(id) { try database.scheduling.trainer(id: id).map { "\($0.ref) \($0.fullName)" } }
                    }
                }
            }
            let recipients = questionnaire.kind == .followUp ? try database.followUpLinks.recipients(events: events.map(\.id), questionnaire: questionnaire.id) : nil
            var grouped: [String: (participants: Int, responses: Int, forms: [[String: (number: Int?, text: String?)]])] = [:]
            var groupCourses: [String: [UUID]] = [:]
            for event in events {
                // At the end, the enrolled; at the follow-up, those sent a link (completers only).
                let participants = try recipients.map { $0[event.id] ?? 0 } ?? database.events.count(of: event.id, status: .enrolled)
                for key in try groups(of: event) {
                    grouped[key, default: (0, 0, [])].participants += participants
                    grouped[key, default: (0, 0, [])].responses += counts[event.id]?.responses ?? 0
                    grouped[key, default: (0, 0, [])].forms += forms[event.id] ?? []
                    if !(groupCourses[key] ?? []).contains(event.courseID) { groupCourses[key, default: []].append(event.courseID) }
                }
            }
            let groups = grouped.keys.sorted().map { key in
                let group = grouped[key] ?? (0, 0, [])
                let form = (groupCourses[key] ?? []).reduce(asked) { form, course in FeedbackBook.adding(added[course] ?? [], to: form) }
                var summary = summarise(
                    label: key, participants: group.participants, responses: group.responses, forms: group.forms, questionnaire: form,
                    suppressBelow: suppressBelow)
                if texts, eventCode != nil, !summary.suppressed {
                    summary.texts = form.questions.flatMap { question -> [Text] in
                        guard case .text = question.kind else { return [] }
                        return group.forms.compactMap { $0[question.key]?.text }.sorted().map { Text(question: question.key, text: $0) }
                    }
                }
                return summary
            }
            var report = FeedbackReport(
                questionnaire: questionnaire.code, version: questionnaire.version, groups: groups, suppressBelow: suppressBelow, from: from, to: to,
                grouping: grouping, madeAt: now, questions: questionnaire.questions, kind: questionnaire.kind)
            report.firstDay = try database.reports.firstEventDay()
            return report
        }
    }

    static func summarise(
        label: String, participants: Int, responses: Int, forms: [[String: (number: Int?, text: String?)]], questionnaire: Questionnaire,
        suppressBelow: Int
    ) -> Group {
        guard responses >= suppressBelow else {
            return Group(label: label, participants: participants, responses: responses, suppressed: true, questions: [])
        }
        func shown(_ count: Int) -> Int? { count > 0 && count < suppressBelow ? nil : count }
        let questions = questionnaire.questions.map { question -> QuestionSummary in
            let answers = forms.compactMap { $0[question.key] }
            var counts: [Count] = []
            var mean: Double?
            switch question.kind {
            case .scale:
                let numbers = answers.compactMap(\.number)
                counts = Question.scalePoints.map { point in Count(answer: String(point), count: shown(numbers.count { $0 == point })) }
                // The mean of fewer answers than the threshold would tell them.
                mean = numbers.count >= suppressBelow ? Double(numbers.reduce(0, +)) / Double(numbers.count) : nil
            case .yesNo:
                let numbers = answers.compactMap(\.number)
                counts = [Count(answer: "yes", count: shown(numbers.count { $0 != 0 })), Count(answer: "no", count: shown(numbers.count { $0 == 0 }))]
            case .choice(let options):
                let keys = answers.compactMap(\.text)
                counts = options.map { option in Count(answer: option.key, count: shown(keys.count { $0 == option.key })) }
            case .text:
                counts = []
            }
            return QuestionSummary(key: question.key, answered: shown(answers.count), counts: counts, mean: mean)
        }
        return Group(label: label, participants: participants, responses: responses, suppressed: false, questions: questions)
    }

    /// The report as a table: a row per group's forms, then per question and answer, with the
    /// share of that question's answers.
    public func table(words: ReportWords) -> ReportTable {
        let fewer = words("report.feedback.fewer", ["limit": String(suppressBelow)])
        func count(_ value: Int?) -> String { value.map(String.init) ?? fewer }
        func percent(_ value: Int?, of total: Int?) -> String {
            guard let value, let total, total > 0 else { return "" }
            return String(format: "%.1f", Double(value) * 100 / Double(total))
        }
        var rows: [ReportTable.Row] = []
        for group in groups {
            rows.append(ReportTable.Row(.subtotal, [
                group.label, words(kind == .followUp ? "report.follow-up.forms" : "report.feedback.forms"), "", count(group.responses < suppressBelow && group.responses > 0 ? nil : group.responses),
                group.responses < suppressBelow ? "" : percent(group.responses, of: group.participants),
            ]))
            if group.suppressed {
                rows.append(ReportTable.Row(.line, [group.label, words("report.feedback.hidden", ["limit": String(suppressBelow)]), "", "", ""]))
                continue
            }
            for summary in group.questions {
                guard let question = questions.first(where: { $0.key == summary.key }) else { continue }
                let text = question.text[words.language]
                if case .text = question.kind {
                    rows.append(ReportTable.Row(.line, [group.label, text, words("report.feedback.answered"), count(summary.answered), ""]))
                    for answer in group.texts where answer.question == question.key {
                        rows.append(ReportTable.Row(.line, [group.label, text, answer.text, "", ""]))
                    }
                    continue
                }
                for entry in summary.counts {
                    rows.append(ReportTable.Row(.line, [group.label, text, answerLabel(entry.answer, question, words), count(entry.count), percent(entry.count, of: summary.answered)]))
                }
                if let mean = summary.mean {
                    rows.append(ReportTable.Row(.line, [group.label, text, words("report.feedback.mean"), String(format: "%.2f", mean), ""]))
                }
            }
        }
        return ReportTable(
            title: words(kind == .followUp ? "report.follow-up.title" : "report.feedback.title"),
            notes: [
                words("report.feedback.anonymous"), words("report.feedback.suppressed", ["limit": String(suppressBelow)]),
                words("report.feedback.questionnaire", ["code": questionnaire, "version": String(version)]),
                words.period(from: from, to: to, firstDay: firstDay, madeAt: madeAt), words.made(madeAt),
            ],
            header: [grouping.rawValue, "question", "answer", "count", "percent"], words: words, rows: rows)
    }

    private func answerLabel(_ answer: String, _ question: Question, _ words: ReportWords) -> String {
        switch question.kind {
        case .scale(let low, let high):
            if answer == "1" { return "1 — \(low[words.language])" }
            if answer == "5" { return "5 — \(high[words.language])" }
            return answer
        case .yesNo: return words(answer == "yes" ? "report.feedback.yes" : "report.feedback.no")
        case .choice(let options): return options.first { $0.key == answer }?.label[words.language] ?? answer
        case .text: return answer
        }
    }
}
