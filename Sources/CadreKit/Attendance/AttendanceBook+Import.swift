public import Foundation

/// `cadre attendance import`: marks from a file, all or nothing, idempotent.
extension AttendanceBook {
    public func importFile(_ url: URL, columnMap: [String: String], dryRun: Bool, context: ChangeContext) throws -> ImportSummary {
        var seen: [String: Int] = [:]
        var targets: [String: (TrainingEvent, [Int: TrainingSession])] = [:]
        return try CSVImport.run(url, fields: AttendanceImportField.self, columnMap: columnMap, database: database, dryRun: dryRun) { values, problem, _ in
            var problems: [FieldProblem] = []
            let code = (values[.eventCode] ?? "").uppercased()
            if targets[code] == nil, let event = try EventStore(database).event(code: code) {
                targets[code] = (event, Dictionary(try EventStore(database).sessions(of: event.id).map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a }))
            }
            let target = targets[code]
            if target == nil { problems.append(problem(.eventCode, values[.eventCode] ?? "", "is not a known event")) }
            let number = Int(values[.sessionNumber] ?? "")
            let session = number.flatMap { target?.1[$0] }
            if target != nil && session == nil {
                problems.append(problem(.sessionNumber, values[.sessionNumber] ?? "", "is not a session of \(code)"))
            } else if let session, session.status == .cancelled {
                problems.append(problem(.sessionNumber, String(session.number), "is a cancelled session"))
            }
            let trainee = try TraineeStore(database).resolve(values[.traineeRef] ?? "")
            if trainee == nil { problems.append(problem(.traineeRef, values[.traineeRef] ?? "", "is not a known trainee")) }
            var status: AttendanceMark.Status?
            do throws(InvalidValue) {
                status = try AttendanceStatusWords.status(values[.status] ?? "")
            } catch {
                problems.append(problem(.status, values[.status] ?? "", error.reason))
            }
            var enrollment: Enrollment?
            if let event = target?.0, let trainee {
                enrollment = try EventStore(database).enrollment(event: event.id, trainee: trainee.id)
                if enrollment?.status != .enrolled {
                    problems.append(problem(.traineeRef, values[.traineeRef] ?? "", "is not enrolled in \(event.code)"))
                }
            }
            if let session, let trainee {
                let key = "\(session.id)|\(trainee.id)"
                let line = problem(.status, "", "").line
                if let first = seen[key] {
                    problems.append(problem(.traineeRef, values[.traineeRef] ?? "", "is marked twice for session \(session.number) (also on line \(first))"))
                } else {
                    seen[key] = line
                }
            }
            guard problems.isEmpty, let event = target?.0, let session, let enrollment, let status else { throw RowProblems(problems) }
            let note = values[.note].flatMap { $0.isEmpty ? nil : $0 }
            switch try record(status, note: note, enrollment: enrollment, session: session, event: event, database: database, context: context) {
            case .recorded: return .added
            case .updated: return .updated
            case .unchanged: return .unchanged
            }
        }
    }
}
