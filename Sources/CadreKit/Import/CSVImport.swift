public import CadreModel
public import Foundation

/// What one row of a bulk import did.
public enum RowOutcome: Sendable {
    case added, updated, unchanged
}

/// The problems of one row; the import collects them and goes on to the next row.
public struct RowProblems: Error {
    public let problems: [FieldProblem]
    public init(_ problems: [FieldProblem]) { self.problems = problems }
}

/// What a bulk import of events, sessions or enrollments did.
public struct ImportSummary: Sendable, Codable, Equatable {
    public var rows = 0
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    /// Rows stored with a warning (e.g. a profession outside the course's audience).
    public var warnings = 0
    /// Clashes found in historic records: stored, counted, listed by `schedule check`.
    public var clashes = 0
    public var dryRun = false

    public init() {}
}

/// The loop every bulk import shares: read the CSV, map its header, hand each row to `row`
/// inside one transaction, collect every row's problems, and store nothing unless all rows
/// are valid. A dry run does the same and rolls back.
public enum CSVImport {
    public static func run<Field: ImportField>(
        _ url: URL, fields: Field.Type, columnMap: [String: String], database: any Store, dryRun: Bool,
        row: (_ values: ImportRow<Field>, _ problem: (Field, String, String) -> FieldProblem, _ summary: inout ImportSummary) throws -> RowOutcome
    ) throws -> ImportSummary {
        let reader = try CSVReader(url: url)
        let file = reader.fileName
        let header = try reader.header()
        let mapping = try ColumnMapping<Field>(header: header.fields, overrides: columnMap, file: file)
        let columns = mapping.fields.sorted { $0.key < $1.key }.map { (field: $0.value, index: $0.key) }
        var summary = ImportSummary()
        summary.dryRun = dryRun
        var problems: [FieldProblem] = []
        do {
            try database.write { _ in
                // Rows are read and cleaned on a second thread while this one stores them.
                try Handoff.stream {
                    try reader.nextRecord().map { ImportRow(record: $0, columns: columns) }
                } consume: { values in
                    summary.rows += 1
                    let problem = { (field: Field, value: String, reason: String) in
                        FieldProblem(file: file, line: values.line, column: mapping.header(of: field), value: value, reason: reason)
                    }
                    if let overflow = mapping.overflow(of: values.record, file: file) {
                        problems.append(overflow)
                        return
                    }
                    if let missing = Field.required.first(where: { (values[$0] ?? "").isEmpty }) {
                        problems.append(problem(missing, "", "is empty"))
                        return
                    }
                    do {
                        switch try row(values, problem, &summary) {
                        case .added: summary.added += 1
                        case .updated: summary.updated += 1
                        case .unchanged: summary.unchanged += 1
                        }
                    } catch let rowProblems as RowProblems {
                        problems += rowProblems.problems
                    }
                }
                if summary.rows == 0 { throw CSVError.noRows(file: file) }
                if !problems.isEmpty { throw ImportRejected(problems: problems, rowsRead: summary.rows) }
                if dryRun { throw DryRun() }
            }
        } catch is DryRun {}
        return summary
    }

    private struct DryRun: Error {}
}
