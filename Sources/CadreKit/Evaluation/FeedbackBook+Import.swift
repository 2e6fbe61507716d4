public import CadreModel
public import Foundation

/// `cadre feedback import`: forms collected on paper, typed into a file a form a row.
extension FeedbackBook {
    /// The columns of a paper forms' file besides the questions' keys.
    static let eventColumn = "event_code"
    static let referenceColumn = "trainee_ref"

    /// Imports `url`: a row per paper form, a column per question (headed by its key, as the
    /// printed form shows it), `event_code` unless `eventCode` names the event for every row,
    /// and optionally `trainee_ref` — who handed the form in, recorded apart from the answers so
    /// they cannot answer twice. All or nothing: any problem, with its line and column, and
    /// nothing is stored.
    public func importForms(_ url: URL, eventCode: String?, dryRun: Bool, context: ChangeContext) throws -> ImportSummary {
        let reader = try CSVReader(url: url)
        let file = reader.fileName
        var header = try reader.header().fields.map { TextFolding.lowercasedAzerbaijani(TextFolding.clean($0)) }
        if header.count > 1, header.last == "" { header.removeLast() }  // Excel's trailing separator, as every import allows
        let questionnaire = try endOfTraining()
        // The columns: the questionnaire's questions, those of the courses' own questionnaires
        // and those they add, who and which event.
        let added = try database.read { database in
            try database.courses.allLatest().flatMap { course in
                let own = try course.feedbackQuestionnaire.flatMap { try database.questionnaires.latest(code: $0)?.questionnaire.questions } ?? []
                return (own + (course.feedbackQuestions ?? [])).map(\.key)
            }
        }
        let known = Set(questionnaire.questions.map(\.key) + added + [Self.eventColumn, Self.referenceColumn])
        if let unknown = header.firstIndex(where: { !known.contains($0) }) {
            throw ImportRejected(problems: [FieldProblem(
                file: file, line: 1, column: header[unknown], value: "",
                reason: "is not a column of \(questionnaire.code) (its questions' keys, \(Self.eventColumn), \(Self.referenceColumn))")], rowsRead: 0)
        }
        if let repeated = header.firstDuplicate {
            throw ImportRejected(problems: [FieldProblem(file: file, line: 1, column: repeated, value: "", reason: "is given twice")], rowsRead: 0)
        }
        if eventCode == nil, !header.contains(Self.eventColumn) {
            throw ImportRejected(problems: [FieldProblem(
                file: file, line: 1, column: Self.eventColumn, value: "", reason: "is missing: name the event in it, or give --event")], rowsRead: 0)
        }
        var summary = ImportSummary()
        summary.dryRun = dryRun
        var events: [String: TrainingEvent?] = [:]
        var forms: [UUID: Questionnaire] = [:]
        var respondents: [UUID: Int] = [:]
        summary.rows = try CSVImport.stream(reader, database: database, dryRun: dryRun, parse: { PaperForm(record: $0) }) { form, database in
            let line = form.record.line
            var values: [String: String] = [:]
            for (index, column) in header.enumerated() where index < form.record.fields.count { values[column] = form.record.fields[index] }
            // As every import: values past the header's last column mean a shifted row.
            if let index = form.record.fields.indices.dropFirst(header.count).first(where: { !TextFolding.clean(form.record.fields[$0]).isEmpty }) {
                return [FieldProblem(
                    file: file, line: line, column: "#\(index + 1)", value: form.record.fields[index],
                    reason: "is past the header's \(header.count) columns (an unquoted separator in a value?)")]
            }
            let code = values.removeValue(forKey: Self.eventColumn).map(TextFolding.clean).flatMap { $0.isEmpty ? nil : $0 } ?? eventCode ?? ""
            let reference = values.removeValue(forKey: Self.referenceColumn).map(TextFolding.clean) ?? ""
            var problems: [FieldProblem] = []
            if events[code] == nil { events[code] = .some(try database.events.event(code: EventCode(code))) }
            let event = events[code] ?? nil
            if event == nil { problems.append(FieldProblem(file: file, line: line, column: Self.eventColumn, value: code, reason: "is not a known event")) }
            // The event's own form: its course's questionnaire and questions, no answer to another's.
            var form = questionnaire
            if let event {
                if forms[event.id] == nil { forms[event.id] = try Self.form(for: event, in: database) }
                form = forms[event.id] ?? questionnaire
            }
            for (key, value) in values where form.question(key) == nil && TextFolding.clean(value).isEmpty { values[key] = nil }
            var respondent: UUID?
            if let event, !reference.isEmpty {
                do {
                    let enrollment = try Self.enrollment(of: reference, in: event, database: database)
                    if let earlier = respondents[enrollment] {
                        problems.append(FieldProblem(
                            file: file, line: line, column: Self.referenceColumn, value: reference, reason: "handed in a form already (line \(earlier))"))
                    } else if try database.feedback.hasResponded(enrollment: enrollment, questionnaire: form.id) {
                        problems.append(FieldProblem(
                            file: file, line: line, column: Self.referenceColumn, value: reference, reason: "has already answered this questionnaire"))
                    } else {
                        respondents[enrollment] = line
                        respondent = enrollment
                    }
                } catch is FeedbackError {
                    problems.append(FieldProblem(file: file, line: line, column: Self.referenceColumn, value: reference, reason: "is not enrolled in \(code)"))
                }
            }
            switch FeedbackForm.check(values, against: form) {
            case .success(let checked) where problems.isEmpty:
                guard let event else { return problems }
                try Self.store(checked, event: event, questionnaire: form, respondent: respondent, channel: .paper, database: database)
                summary.added += 1
            case .success:
                break
            case .failure(let list):
                problems += list.problems.map { FieldProblem(file: file, line: line, column: $0.question, value: $0.value, reason: $0.reason) }
            }
            return problems
        } finish: { database, rows in
            try database.audit.record(context, "feedback.import", entity: "feedback", detail: "\(file): \(rows) paper forms of \(questionnaire.code)")
        }.rows
        return summary
    }

    /// A row of the paper forms' file.
    struct PaperForm: ParsedRecord, Sendable {
        let record: CSVRecord
    }
}
