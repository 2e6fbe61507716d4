package import CadreModel

extension StoreError {
    /// This constraint failure as the model's ``StoreConflict``, read from SQLite's message
    /// (`UNIQUE constraint failed: training_event.code`); nil when it is not one.
    package var conflict: StoreConflict? {
        guard isConstraintViolation else { return nil }
        let rule: StoreConflict.Rule =
            // SQLite's extended codes (C macros Swift does not import): SQLITE_CONSTRAINT_UNIQUE,
            // SQLITE_CONSTRAINT_PRIMARYKEY, SQLITE_CONSTRAINT_FOREIGNKEY.
            switch extendedCode {
            case 2067, 1555: .unique
            case 787: .reference
            default: .value
            }
        // "UNIQUE constraint failed: t.a, t.b" / "CHECK constraint failed: name" / "FOREIGN KEY constraint failed"
        let detail = message.split(separator: ":", maxSplits: 1).dropFirst().first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        let columns = detail.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let tables = Set(columns.compactMap { $0.split(separator: ".").count == 2 ? String($0.split(separator: ".")[0]) : nil })
        let fields = columns.map { String($0.split(separator: ".").last ?? "") }
        return StoreConflict(rule: rule, record: tables.count == 1 ? tables.first.flatMap { RecordNames.byTable[$0] } : nil, fields: rule == .reference ? [] : fields)
    }
}
