import CadreModel
/// One data row of a bulk import, read by field.
///
/// Values are cleaned (NFC, invisible characters, white space) as they are read, and kept by
/// position, so a million-row import builds no dictionary per row.
public struct ImportRow<Field: ImportField>: Sendable {
    let record: CSVRecord
    let columns: [(field: Field, index: Int)]
    /// The cleaned value of each of `columns`, made when the row is read (on the import's
    /// reading thread), so storing it does no text work.
    private let values: [String?]

    init(record: CSVRecord, columns: [(field: Field, index: Int)]) {
        self.record = record
        self.columns = columns
        values = columns.map { $0.index < record.fields.count ? TextFolding.clean(record.fields[$0.index]) : nil }
    }

    /// The line the row starts on, for error messages.
    public var line: Int { record.line }

    /// The cleaned value of `field`; nil when the file has no such column or the row ends
    /// before it.
    public subscript(field: Field) -> String? {
        for (position, column) in columns.enumerated() where column.field == field { return values[position] }
        return nil
    }
}
