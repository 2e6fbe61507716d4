/// One data row of a bulk import, read by field.
///
/// Values are cleaned (NFC, invisible characters, white space) as they are read, and only
/// the fields a row asks for are, so a million-row import builds no dictionary per row.
public struct ImportRow<Field: ImportField> {
    let record: CSVRecord
    let columns: [(field: Field, index: Int)]

    /// The line the row starts on, for error messages.
    public var line: Int { record.line }

    /// The cleaned value of `field`; nil when the file has no such column or the row ends
    /// before it.
    public subscript(field: Field) -> String? {
        for column in columns where column.field == field {
            return column.index < record.fields.count ? TextFolding.clean(record.fields[column.index]) : nil
        }
        return nil
    }
}
