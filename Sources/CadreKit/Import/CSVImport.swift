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

/// A row read from the file: every import's parsed row knows the line it came from, so a
/// rejected one can be written back as it was.
protocol ParsedRecord {
    var record: CSVRecord { get }
}

extension ImportRow: ParsedRecord {}

/// A row left out by `--skip-invalid`: its line, its fields as read, and why.
public struct RejectedRow: Sendable {
    public let line: Int
    public let fields: [String]
    public let reason: String
}

/// The loop every bulk import shares: read the CSV, map its header, hand each row to `row`
/// inside one transaction, collect every row's problems, and store nothing unless all rows
/// are valid; `finish` runs last in the transaction when they are, and may still refuse the
/// file with problems found only once every row is stored (clashes between staged rows). A dry
/// run does the same and rolls back. `prepare`, when given, sees the rows a chunk at a time
/// before `row` sees them one by one (see ``stream``).
public enum CSVImport {
    public static func run<Field: ImportField>(
        _ url: URL, fields: Field.Type, columnMap: [String: String], database: any Store, dryRun: Bool,
        prepare: (([ImportRow<Field>]) throws -> Void)? = nil,
        row: (_ values: ImportRow<Field>, _ problem: (Field, String, String) -> FieldProblem, _ summary: inout ImportSummary) throws -> RowOutcome,
        finish: (_ summary: inout ImportSummary, _ problem: (_ line: Int, Field, String, String) -> FieldProblem) throws -> [FieldProblem] = { _, _ in [] }
    ) throws -> ImportSummary {
        let reader = try CSVReader(url: url)
        let file = reader.fileName
        let mapping = try ColumnMapping<Field>(header: try reader.header().fields, overrides: columnMap, file: file)
        let columns = mapping.fields.sorted { $0.key < $1.key }.map { (field: $0.value, index: $0.key) }
        var summary = ImportSummary()
        summary.dryRun = dryRun
        // Made once, reading the line of the row at hand: a closure made per row was an
        // allocation and a release per row of a two-million-row import.
        var line = 0
        let problemAt = { (line: Int, field: Field, value: String, reason: String) in
            FieldProblem(file: file, line: line, column: mapping.header(of: field), value: value, reason: reason)
        }
        let problem = { (field: Field, value: String, reason: String) in problemAt(line, field, value, reason) }
        summary.rows = try stream(reader, database: database, dryRun: dryRun) {
            ImportRow(record: $0, columns: columns)
        } prepare: { rows, _ in
            try prepare?(rows)
        } store: { values, _ in
            line = values.line
            if let overflow = mapping.overflow(of: values.record, file: file) { return [overflow] }
            if let missing = Field.required.first(where: { (values[$0] ?? "").isEmpty }) { return [problem(missing, "", "is empty")] }
            do {
                switch try row(values, problem, &summary) {
                case .added: summary.added += 1
                case .updated: summary.updated += 1
                case .unchanged: summary.unchanged += 1
                }
                return []
            } catch let rowProblems as RowProblems {
                return rowProblems.problems
            }
        } finish: { _, rows in
            let problems = try finish(&summary, problemAt)
            if !problems.isEmpty { throw ImportRejected(problems: problems, rowsRead: rows) }
        }.rows
        return summary
    }

    /// The loop itself, for imports with rows of their own: `parse` runs on a second thread
    /// (reading, cleaning and checking a row costs as much as storing it), `store` on the
    /// calling one inside one write transaction, returning the row's problems (none when it
    /// was stored). With `skipInvalid` rows with problems are left out and returned; otherwise
    /// any problem rolls everything back and is thrown as ``ImportRejected`` (suggesting
    /// `--skip-invalid` when the import `offersSkipInvalid`). `finish` runs
    /// last in the transaction (counters, the audit entry); a dry run then rolls back.
    ///
    /// With `prepare`, rows are handed over ``chunk`` at a time: `prepare` sees each chunk
    /// before `store` sees its rows one by one, so an import can look up what the chunk's rows
    /// name in a few statements (on PostgreSQL a statement is a round trip to the server) and
    /// then decide row by row from memory, in file order as before.
    static func stream<Row: ParsedRecord & Sendable>(
        _ reader: CSVReader, database: any Store, dryRun: Bool, offersSkipInvalid: Bool = false, skipInvalid: Bool = false, progress: ((Int) -> Void)? = nil,
        parse: @escaping @Sendable (CSVRecord) -> Row, prepare: (([Row], any Store) throws -> Void)? = nil,
        store: (Row, any Store) throws -> [FieldProblem],
        finish: (any Store, _ rows: Int) throws -> Void = { _, _ in }
    ) throws -> (rows: Int, rejected: [RejectedRow]) {
        var rows = 0
        var problems: [FieldProblem] = []
        var rejected: [RejectedRow] = []
        let file = reader.fileName
        // The reader goes to the reading thread; this one does not touch it again.
        let handedOver = HandedOver(reader)
        do {
            try database.write { database in
                func take(_ row: Row) throws {
                    rows += 1
                    if rows % 10_000 == 0 { progress?(rows) }
                    let rowProblems = try store(row, database)
                    guard !rowProblems.isEmpty else { return }
                    if skipInvalid {
                        rejected.append(RejectedRow(
                            line: row.record.line, fields: row.record.fields, reason: rowProblems.map(\.detail).joined(separator: "; ")))
                    } else {
                        problems += rowProblems
                    }
                }
                var waiting: [Row] = []
                func takeWaiting() throws {
                    guard let prepare, !waiting.isEmpty else { return }
                    try prepare(waiting, database)
                    for row in waiting { try take(row) }
                    waiting.removeAll(keepingCapacity: true)
                }
                try Handoff.stream {
                    try handedOver.value.nextRecord().map(parse)
                } consume: { row in
                    guard prepare != nil else { return try take(row) }
                    waiting.append(row)
                    if waiting.count == chunk { try takeWaiting() }
                }
                try takeWaiting()
                if rows == 0 { throw CSVError.noRows(file: file) }
                if !problems.isEmpty { throw ImportRejected(problems: problems, rowsRead: rows, canSkipInvalid: offersSkipInvalid) }
                try finish(database, rows)
                if dryRun { throw DryRun() }
            }
        } catch is DryRun {}
        return (rows, rejected)
    }

    /// Rows a `prepare` sees at once: enough that its lookups cost little per row, few enough
    /// that their parameters stay far below either engine's limit.
    static let chunk = 500

    private struct DryRun: Error {}
}
