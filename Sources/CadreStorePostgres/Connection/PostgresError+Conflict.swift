public import CadreModel
import CadreStore

extension PostgresError {
    /// This constraint failure as the model's ``StoreConflict``, as SQLite's are read: a
    /// duplicate names its table's record and its columns (from the detail,
    /// `Key (series, year, sequence)=(…) already exists.`); a dangling reference names nothing
    /// (SQLite cannot); a value outside its rule names the column or the constraint. Nil when
    /// it is not a constraint failure.
    public var conflict: StoreConflict? {
        guard isConstraintViolation else { return nil }
        let record = table.flatMap { RecordNames.byTable[$0] }
        switch sqlState {
        case "23505":
            let columns = detail.flatMap { text -> [String]? in
                guard let open = text.range(of: "Key ("), let close = text.range(of: ")=", range: open.upperBound..<text.endIndex) else { return nil }
                return text[open.upperBound..<close.lowerBound].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            } ?? []
            return StoreConflict(rule: .unique, record: record, fields: columns)
        case "23503":
            return StoreConflict(rule: .reference, record: nil, fields: [])
        default:
            return StoreConflict(rule: .value, record: record, fields: [column ?? constraint].compactMap { $0 })
        }
    }
}
