import CadreModel
/// A column an import understands. Every import (trainees, events, sessions, enrollments,
/// attendance, scores) describes its columns this way, so headers, aliases, `--map` and
/// errors behave the same everywhere.
public protocol ImportField: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// Other headers people use for this column.
    var aliases: [String] { get }
    /// Columns a file must have.
    static var required: [Self] { get }
}

extension ImportField {
    /// The field a header names, by its canonical name or an alias (case, diacritics and
    /// punctuation ignored).
    public static func matching(header: String) -> Self? {
        let key = TextFolding.matchKey(header)
        guard !key.isEmpty else { return nil }
        return allCases.first { field in
            TextFolding.matchKey(field.rawValue) == key || field.aliases.contains { TextFolding.matchKey($0) == key }
        }
    }
}

/// Which column of a file holds which field, decided from the header and `--map` overrides.
public struct ColumnMapping<Field: ImportField>: Sendable {
    /// Field for each column index; columns mapped to `ignore` are absent.
    public let fields: [Int: Field]
    /// The header text of each column, for error messages.
    public let headers: [String]

    /// `overrides` maps header text to a field name or `ignore` (`--map "İş yeri=organization"`).
    public init(header: [String], overrides: [String: String], file: String) throws(ImportRejected) {
        var problems: [FieldProblem] = []
        func problem(_ column: String, _ reason: String) {
            problems.append(FieldProblem(file: file, line: 1, column: column, value: "", reason: reason))
        }
        let cleanedHeader = header.map(TextFolding.clean)
        var overridesByKey: [String: String] = [:]
        for (column, target) in overrides {
            overridesByKey[TextFolding.matchKey(column)] = target
            if !cleanedHeader.contains(where: { TextFolding.matchKey($0) == TextFolding.matchKey(column) }) {
                problem(column, "is named in --map but the file has no such column")
            }
        }
        var fields: [Int: Field] = [:]
        var taken: [Field: (name: String, position: Int)] = [:]
        for (index, name) in cleanedHeader.enumerated() {
            let field: Field?
            if let target = overridesByKey[TextFolding.matchKey(name)] {
                if target == "ignore" { continue }
                guard let mapped = Field(rawValue: target) else {
                    let known = Field.allCases.map(\.rawValue).joined(separator: ", ")
                    problem(name, "cannot be mapped to '\(target)' (fields: \(known), or ignore)")
                    continue
                }
                field = mapped
            } else {
                field = Field.matching(header: name)
            }
            guard let field else {
                if name.isEmpty && header.count > 1 && index == header.count - 1 { continue }  // Excel's trailing separator
                problem(name.isEmpty ? "#\(index + 1)" : name, "is not a known column; map it with --map '\(name)=FIELD' or --map '\(name)=ignore'")
                continue
            }
            if let other = taken[field] {
                // Positions, not names alone: two columns of one name are otherwise indistinguishable.
                if TextFolding.matchKey(other.name) == TextFolding.matchKey(name) {
                    problem(name, "columns \(other.position) and \(index + 1) are both '\(name)'; remove or rename one")
                } else {
                    problem(name, "columns \(other.position) ('\(other.name)') and \(index + 1) ('\(name)') both hold \(field.rawValue); ignore one with --map '\(name)=ignore'")
                }
                continue
            }
            taken[field] = (name, index + 1)
            fields[index] = field
        }
        for field in Field.required where taken[field] == nil {
            problem(field.rawValue, "is required but the file has no such column")
        }
        guard problems.isEmpty else { throw ImportRejected(problems: problems, rowsRead: 0) }
        self.fields = fields
        self.headers = cleanedHeader
    }

    /// The values of one record by field; missing trailing cells count as empty.
    public func values(of record: CSVRecord) -> [Field: String] {
        var values: [Field: String] = [:]
        for (index, field) in fields where index < record.fields.count {
            values[field] = record.fields[index]
        }
        return values
    }

    /// A row with values past the header's last column: the row was shifted (an unquoted
    /// separator inside a value), so no cell of it can be trusted. Empty extra cells are fine;
    /// Excel writes them.
    public func overflow(of record: CSVRecord, file: String) -> FieldProblem? {
        guard let index = record.fields.indices.dropFirst(headers.count).first(where: { !TextFolding.clean(record.fields[$0]).isEmpty })
        else { return nil }
        return FieldProblem(
            file: file, line: record.line, column: "#\(index + 1)", value: record.fields[index],
            reason: "is past the header's \(headers.count) columns (an unquoted separator in a value?)")
    }

    /// The column name the file uses for `field`.
    public func header(of field: Field) -> String {
        fields.first { $0.value == field }.map { headers[$0.key] } ?? field.rawValue
    }
}
