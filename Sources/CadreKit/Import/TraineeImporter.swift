public import CadreModel
public import Foundation

/// Imports trainees from a spreadsheet's CSV, all or nothing.
///
/// One pass, one transaction: rows are validated, normalised and stored as they stream in;
/// if any row is invalid (and `skipInvalid` is off) the transaction is rolled back and every
/// problem is reported. Re-importing the same file changes nothing: rows are matched on
/// their `ref`, else on the person (same FIN, or same e-mail and name), else on an identical
/// record. Rows that are the same person as someone registered are merged into them, their
/// `ref` becoming another reference for that person.
public struct TraineeImporter {
    public struct Options: Sendable {
        /// Header text → field name or `ignore`.
        public var columnMap: [String: String]
        /// Import the valid rows and report the invalid ones instead of refusing the file.
        public var skipInvalid: Bool
        /// Do everything, report it, and store nothing.
        public var dryRun: Bool

        public init(columnMap: [String: String] = [:], skipInvalid: Bool = false, dryRun: Bool = false) {
            self.columnMap = columnMap
            self.skipInvalid = skipInvalid
            self.dryRun = dryRun
        }
    }

    /// A row left out by `skipInvalid`, with its original cells and why.
    public typealias RejectedRow = CadreKit.RejectedRow

    public struct Summary: Sendable, Codable, Equatable {
        public var rows = 0
        public var added = 0
        public var updated = 0
        public var unchanged = 0
        /// Rows recognised as a person already registered and merged into them.
        public var merged = 0
        public var rejected = 0
        public var dryRun = false
        /// Which rows were merged into whom, and why: for a person to check.
        public var mergedRows: [MergedRow] = []
    }

    /// A row recognised as someone registered: `signup.csv:31 → T-00005 (same national id)`.
    public struct MergedRow: Sendable, Codable, Equatable, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let into: String
        public let reason: String
        public var description: String { "\(file):\(line) → \(into) (\(reason))" }
    }

    let database: any Store

    public init(_ database: any Store) { self.database = database }

    /// Imports `url`. Returns the summary and, with `skipInvalid`, the header and rejected rows.
    public func importFile(
        _ url: URL, options: Options, context: ChangeContext, progress: ((Int) -> Void)? = nil
    ) throws -> (summary: Summary, header: [String], rejected: [RejectedRow]) {
        let reader = try CSVReader(url: url)
        let file = reader.fileName
        let headerRecord = try reader.header()
        let mapping = try ColumnMapping<TraineeField>(header: headerRecord.fields, overrides: options.columnMap, file: file)
        var summary = Summary()
        summary.dryRun = options.dryRun
        // The parser (and its memo of resolved values) belongs to the reading thread.
        let parser = HandedOver(TraineeRowParser(mapping: mapping, resolver: try ReferenceResolver(database), file: file))
        var shortRefs: (any ReferenceBatch)?
        let (rows, rejected) = try CSVImport.stream(
            reader, database: database, dryRun: options.dryRun, offersSkipInvalid: true, skipInvalid: options.skipInvalid,
            progress: progress, parse: { parser.value.parse($0) }
        ) { row, database in
            var problems = row.problems
            if problems.isEmpty {
                let batch = try shortRefs ?? database.trainees.shortRefs()
                shortRefs = batch
                do {
                    try record(
                        row, file: file, registry: TraineeRegistry(database), store: database.trainees, shortRefs: batch,
                        summary: &summary, context: context)
                } catch let conflict as RowConflict {
                    problems.append(conflict.problem)
                }
            }
            if !problems.isEmpty { summary.rejected += 1 }
            return problems
        } finish: { database, rows in
            try shortRefs?.save()
            summary.rows = rows
            try database.audit.record(context, "trainee.import", entity: "trainee",
                detail: "\(file): \(summary.rows) rows, \(summary.added) added, \(summary.updated) updated, "
                    + "\(summary.unchanged) unchanged, \(summary.merged) merged, \(summary.rejected) rejected")
        }
        summary.rows = rows
        return (summary, headerRecord.fields, rejected)
    }

    private struct RowConflict: Error {
        let problem: FieldProblem
    }

    /// Stores one valid row: updates the person its ref names, merges it into the person it
    /// certainly is, recognises it as already there, or adds a new person.
    private func record(
        _ row: TraineeRowParser.Parsed, file: String, registry: TraineeRegistry, store: any TraineeStorage,
        shortRefs: any ReferenceBatch, summary: inout Summary, context: ChangeContext
    ) throws {
        let (details, ref, line) = (row.details, row.ref, row.record.line)
        let match = try store.strongMatch(nationalID: details.nationalID, email: details.email, fullName: details.fullName)
        if let ref, var person = try store.resolve(ref) {
            if let (other, reason) = match, other.id != person.id {
                throw RowConflict(problem: FieldProblem(
                    file: file, line: line, column: "ref", value: ref,
                    reason: "is \(person.ref), but the row is \(other.ref) by \(reason)"))
            }
            guard person.erasedAt == nil else {
                summary.unchanged += 1
                return
            }
            // A second registration's row only fills gaps; the person's own row decides.
            let isDuplicate = try store.isDuplicateRef(ref)
            let changed = (isDuplicate ? details.fillingGaps(of: person) : details).apply(to: &person)
            guard !changed.isEmpty else {
                summary.unchanged += 1
                return
            }
            person.updatedAt = context.now()
            try store.update(person)
            try registry.audit(registry.database, context, action: "trainee.update", trainee: person, detail: "import \(file):\(line) changed: \(changed.joined(separator: ", "))")
            summary.updated += 1
        } else if let (person, reason) = match {
            var merged = person
            let filled = details.fillingGaps(of: person).apply(to: &merged)
            if !filled.isEmpty {
                merged.updatedAt = context.now()
                try store.update(merged)
            }
            if let ref { try store.addExternalRef(ref, to: person.id, source: file, isDuplicate: true) }
            guard ref != nil || !filled.isEmpty else {
                summary.unchanged += 1
                return
            }
            try registry.audit(registry.database, context, action: "trainee.merge-duplicate", trainee: person,
                detail: "import \(file):\(line) is the same person (\(reason))" + (filled.isEmpty ? "" : "; filled: \(filled.joined(separator: ", "))"))
            summary.merged += 1
            summary.mergedRows.append(MergedRow(file: file, line: line, into: person.ref, reason: reason))
        } else if ref == nil, try store.identicalRecord(details) != nil {
            summary.unchanged += 1
        } else {
            _ = try registry.insert(details, ref: shortRefs.take(), externalRef: ref, source: file, nameKey: row.nameKey, store: store, context: context)
            summary.added += 1
        }
    }
}
