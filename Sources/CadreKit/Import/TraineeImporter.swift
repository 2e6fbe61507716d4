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

    /// Decides whether a row may change the registered person it names or is recognised as;
    /// false refuses the row without naming that person (see ``othersRecord``).
    public typealias ChangeRule = (Trainee, any Store) throws -> Bool

    /// Imports `url`. Returns the summary and, with `skipInvalid`, the header and rejected rows.
    public func importFile(
        _ url: URL, options: Options, context: ChangeContext, mayChange: ChangeRule? = nil, progress: ((Int) -> Void)? = nil
    ) throws -> (summary: Summary, header: [String], rejected: [RejectedRow]) {
        try importSheet(try CSVReader(url: url), options: options, context: context, mayChange: mayChange, progress: progress)
    }

    /// Imports what `reader` reads (a file, or an upload held in memory); `mayChange` is the
    /// web's rule for whose records a centre's user may touch (``Access/mayEdit(_:in:)``).
    public func importSheet(
        _ reader: CSVReader, options: Options, context: ChangeContext, mayChange: ChangeRule? = nil, progress: ((Int) -> Void)? = nil
    ) throws -> (summary: Summary, header: [String], rejected: [RejectedRow]) {
        let file = reader.fileName
        let headerRecord = try reader.header()
        let mapping = try ColumnMapping<TraineeField>(header: headerRecord.fields, overrides: options.columnMap, file: file)
        var summary = Summary()
        summary.dryRun = options.dryRun
        // The parser (and its memo of resolved values) belongs to the reading thread.
        let parser = HandedOver(TraineeRowParser(mapping: mapping, resolver: try ReferenceResolver(database), file: file))
        var shortRefs: (any ReferenceBatch)?
        var writes = Writes()
        let (rows, rejected) = try CSVImport.stream(
            reader, database: database, dryRun: options.dryRun, offersSkipInvalid: true, skipInvalid: options.skipInvalid,
            progress: progress, parse: { parser.value.parse($0) }
        ) { rows, database in
            // The chunk before is stored first: the index reads the store as it now is.
            try writes.flush()
            try writes.index.prepare(rows, store: database.trainees)
        } store: { row, database in
            var problems = row.problems
            if problems.isEmpty {
                let batch = try shortRefs ?? database.trainees.shortRefs()
                shortRefs = batch
                do {
                    try record(
                        row, file: file, registry: TraineeRegistry(database), store: database.trainees, shortRefs: batch, writes: &writes,
                        mapping: mapping, summary: &summary, context: context, mayChange: mayChange.map { rule in { try rule($0, database) } })
                } catch let conflict as RowConflict {
                    problems.append(conflict.problem)
                }
            }
            if !problems.isEmpty { summary.rejected += 1 }
            return problems
        } finish: { database, rows in
            try writes.inserter?.finish()
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

    /// A row that names or is recognised as someone whose records are another centre's. It
    /// names neither the person nor how they were recognised, so an upload (or its dry run)
    /// cannot be used to look people up.
    static func othersRecord(file: String, line: Int, column: String, value: String) -> FieldProblem {
        FieldProblem(
            file: file, line: line, column: column, value: value,
            reason: "matches a person in another centre's records; ask the ministry to change them", reasonKey: "problem.othersRecord")
    }

    /// What the import has read and written so far: the chunk's index, the people added and
    /// held back by the inserter, and which of them are not stored yet.
    private struct Writes {
        var index = TraineeImportIndex()
        var inserter: (any TraineeInserter)?
        var waiting = Set<UUID>()

        mutating func flush() throws {
            try inserter?.flush()
            waiting.removeAll()
        }

        /// Stores the people held back if `person` is one of them, before a statement changes them.
        mutating func stored(_ person: UUID) throws {
            if waiting.contains(person) { try flush() }
        }
    }

    /// Stores one valid row: updates the person its ref names, merges it into the person it
    /// certainly is, recognises it as already there, or adds a new person. Reads come from the
    /// chunk's index (``TraineeImportIndex``), new people go to the inserter.
    private func record(
        _ row: TraineeRowParser.Parsed, file: String, registry: TraineeRegistry, store: any TraineeStorage,
        shortRefs: any ReferenceBatch, writes: inout Writes, mapping: ColumnMapping<TraineeField>, summary: inout Summary,
        context: ChangeContext, mayChange: ((Trainee) throws -> Bool)?
    ) throws {
        let (details, ref, line) = (row.details, row.ref, row.record.line)
        let match = writes.index.strongMatch(nationalID: details.nationalID, email: details.email, fullName: details.fullName)
        let named = ref.flatMap { writes.index.resolve($0) }
        if let mayChange {
            // Checked before anything else is said about the row: a conflict message would name them.
            if let named, try !mayChange(named) {
                throw RowConflict(problem: Self.othersRecord(file: file, line: line, column: mapping.header(of: .ref), value: ref ?? ""))
            }
            if let (other, _) = match, try !mayChange(other) {
                let column = details.nationalID != nil && other.nationalID == details.nationalID ? TraineeField.nationalID : .email
                throw RowConflict(problem: Self.othersRecord(file: file, line: line, column: mapping.header(of: column), value: ""))
            }
        }
        if let ref, var person = named {
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
            let isDuplicate = writes.index.isDuplicateRef(ref)
            let changed = (isDuplicate ? details.fillingGaps(of: person) : details).apply(to: &person)
            guard !changed.isEmpty else {
                summary.unchanged += 1
                return
            }
            person.updatedAt = context.now()
            try writes.stored(person.id)
            try store.update(person)
            writes.index.remember(person, nameKey: nil)
            try registry.audit(registry.database, context, action: "trainee.update", trainee: person, detail: "import \(file):\(line) changed: \(changed.joined(separator: ", "))")
            summary.updated += 1
        } else if let (person, reason) = match {
            var merged = person
            let filled = details.fillingGaps(of: person).apply(to: &merged)
            try writes.stored(person.id)
            if !filled.isEmpty {
                merged.updatedAt = context.now()
                try store.update(merged)
                writes.index.remember(merged, nameKey: nil)
            }
            if let ref {
                try store.addExternalRef(ref, to: person.id, source: file, isDuplicate: true)
                writes.index.remember(externalRef: ref, of: person.id, isDuplicate: true)
            }
            guard ref != nil || !filled.isEmpty else {
                summary.unchanged += 1
                return
            }
            try registry.audit(registry.database, context, action: "trainee.merge-duplicate", trainee: person,
                detail: "import \(file):\(line) is the same person (\(reason))" + (filled.isEmpty ? "" : "; filled: \(filled.joined(separator: ", "))"))
            summary.merged += 1
            summary.mergedRows.append(MergedRow(file: file, line: line, into: person.ref, reason: reason))
        } else if ref == nil, writes.index.identicalRecord(details, nameKey: row.nameKey) != nil {
            summary.unchanged += 1
        } else {
            let person = TraineeRegistry.newTrainee(details, ref: try shortRefs.take(), context: context)
            let inserter = try writes.inserter ?? store.inserter()
            writes.inserter = inserter
            try inserter.insert(person, nameKey: row.nameKey, externalRef: ref, source: file)
            writes.waiting.insert(person.id)
            writes.index.remember(person, nameKey: row.nameKey ?? person.fullName.map(IdentityPolicy.nameKey))
            writes.index.remember(shortRef: person.ref, of: person.id)
            if let ref { writes.index.remember(externalRef: ref, of: person.id, isDuplicate: false) }
            summary.added += 1
        }
    }
}
