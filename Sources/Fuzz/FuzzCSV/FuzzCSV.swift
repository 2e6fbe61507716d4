import CadreKit
import FuzzSupport

/// Reads every record; if the file is valid, writes the records back with every field quoted
/// and checks they read back the same. Any difference is a parser bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let reader = try? CSVReader(bytes: bytes, fileName: "fuzz.csv"), let records = try? readAll(reader) else { return 0 }
    var lastLine = 0
    for record in records {
        precondition(record.line > lastLine, "record lines must increase")
        lastLine = record.line
        precondition(record.fields.count <= CSVReader.maximumFields)
    }
    // With a one-column header the delimiter cannot be detected again; nothing to compare.
    guard let header = records.first, header.fields.count > 1 else { return 0 }
    let delimiter = String(UnicodeScalar(reader.delimiter))
    let encoded = records.map { record in
        record.fields.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: delimiter)
    }.joined(separator: "\r\n")
    guard let again = try? readAll(try CSVReader(bytes: Array(encoded.utf8), fileName: "again.csv")) else {
        preconditionFailure("re-encoded records no longer read")
    }
    precondition(again.map(\.fields) == records.map(\.fields), "re-encoded records read back differently")
    return 0
}

private func readAll(_ reader: CSVReader) throws -> [CSVRecord] {
    var records: [CSVRecord] = []
    while let record = try reader.nextRecord() { records.append(record) }
    return records
}

#if !FUZZING
@main
enum Replay {
    static func main() { FuzzReplay.run(fuzzCSV) }
}
#endif
