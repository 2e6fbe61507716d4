public import Foundation

/// One record of a CSV file with the line it starts on, for error messages.
public struct CSVRecord: Sendable {
    public let line: Int
    public let fields: [String]
}

/// A streaming RFC 4180 reader for the CSV files people really have: UTF-8 with or without a
/// byte order mark, `,` or `;` (Excel's choice in Azerbaijani and Russian locales) detected
/// from the header, CRLF or LF, quoted fields with doubled quotes and line breaks inside.
///
/// It reads the file in fixed-size chunks and parses bytes, so memory stays flat however
/// large the file is. Files that are not UTF-8 text (UTF-16, Windows-1251, binary) are refused
/// with the line where the problem is. An Excel workbook (.xlsx) — the sign-up sheet before
/// anyone saved it as CSV — is read whole instead, its first worksheet giving the records
/// (``WorkbookSheet``), numbered by the sheet's rows.
public final class CSVReader {
    public static let maximumFieldBytes = 1 << 20
    public static let maximumFields = 1_000

    public let fileName: String
    /// The file's path, for read errors (the name given for text in memory).
    private let path: String
    public private(set) var delimiter: UInt8 = UInt8(ascii: ",")
    /// The open file, or -1 for text already in memory.
    private let descriptor: Int32
    /// Why reading the file stopped before its end (a device error, a special file).
    private var readFailure: InputFiles.Missing?
    private var buffer: [UInt8]
    private var position = 0
    private var atEnd = false
    private var line = 1
    private var failure: CSVError?
    private var isFirstRecord = true
    /// A workbook's rows, when the file is one; nil for CSV.
    private var workbookRows: IndexingIterator<[CSVRecord]>?

    /// Reads `url`, naming it `fileName` in errors.
    public init(url: URL, fileName: String? = nil) throws {
        self.fileName = fileName ?? url.lastPathComponent
        self.path = url.path
        descriptor = try InputFiles.openForReading(url)
        buffer = []
        try start()
    }

    /// Reads CSV text already in memory (tests, small inputs).
    public init(bytes: [UInt8], fileName: String) throws {
        self.fileName = fileName
        self.path = fileName
        descriptor = -1
        buffer = bytes
        atEnd = true
        try start()
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    private func start() throws {
        fill(minimum: 4)
        if let readFailure { throw readFailure }
        if buffer.starts(with: [0xFF, 0xFE]) || buffer.starts(with: [0xFE, 0xFF]) {
            throw CSVError(file: fileName, line: 1, message: "the file is UTF-16; save it as 'CSV UTF-8'", key: "problem.utf16")
        }
        if buffer.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // A ZIP: an Excel workbook. Read whole (within the largest file Cadre reads whole).
            while !atEnd && buffer.count < InputFiles.largestWholeFile { fill(minimum: buffer.count - position + 1) }
            if let readFailure { throw readFailure }
            guard buffer.count < InputFiles.largestWholeFile else {
                throw CSVError(file: fileName, line: 1, message: "is a workbook larger than \(InputFiles.largestWholeFile / (1024 * 1024)) MiB", key: "problem.workbookTooLarge")
            }
            do {
                workbookRows = try WorkbookSheet.records(Array(buffer[position...])).makeIterator()
            } catch {
                throw CSVError(
                    file: fileName, line: 1, message: "is a workbook Cadre cannot read (\(error.reason)); save its first sheet as 'CSV UTF-8' and use that",
                    key: "problem.workbookUnreadable")
            }
            return
        }
        if buffer.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw CSVError(file: fileName, line: 1, message: "is an old Excel workbook (.xls); save it as 'Excel Workbook (.xlsx)' or 'CSV UTF-8'", key: "problem.oldWorkbook")
        }
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        delimiter = detectDelimiter()
    }

    /// `;` when the header line has more semicolons than commas outside quotes, else `,`.
    private func detectDelimiter() -> UInt8 {
        fill(minimum: 64 * 1024)
        var commas = 0
        var semicolons = 0
        var quoted = false
        var index = position
        while index < buffer.count {
            let byte = buffer[index]
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted {
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
                if byte == UInt8(ascii: ",") { commas += 1 }
                if byte == UInt8(ascii: ";") { semicolons += 1 }
            }
            index += 1
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    /// Makes sure at least `minimum` unread bytes are buffered, unless the file ends first.
    private func fill(minimum: Int) {
        guard !atEnd, buffer.count - position < minimum, descriptor >= 0 else { return }
        if position > 0 {
            buffer.removeFirst(position)
            position = 0
        }
        let chunkSize = max(minimum, 256 * 1024)
        while buffer.count < minimum {
            let old = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: chunkSize))
            let (count, error) = buffer.withUnsafeMutableBytes { bytes in (read(descriptor, bytes.baseAddress! + old, chunkSize), errno) }
            buffer.removeLast(chunkSize - max(count, 0))
            if count < 0 && error == EINTR { continue }
            if count <= 0 {
                if count < 0 { readFailure = InputFiles.Missing(path: path, reason: "cannot be read (\(String(cString: strerror(error))))") }
                atEnd = true
                return
            }
        }
    }

    private func peek() -> UInt8? {
        if position >= buffer.count { fill(minimum: 1) }
        return position < buffer.count ? buffer[position] : nil
    }

    /// The header line of an import; an empty file is an error, not an empty import.
    public func header() throws -> CSVRecord {
        guard let record = try nextRecord() else {
            throw CSVError(file: fileName, line: 1, message: "the file is empty; expected a header line", key: "problem.emptyFile")
        }
        return record
    }

    /// The next record, or nil at the end of the file. Throws on malformed input.
    public func nextRecord() throws -> CSVRecord? {
        if workbookRows != nil { return workbookRows?.next() }
        if let failure { throw failure }
        do {
            let record = try readRecord()
            if let readFailure { throw readFailure }
            return record
        } catch let error as CSVError {
            failure = error
            throw error
        }
    }

    private func readRecord() throws -> CSVRecord? {
        // Skip blank lines between records (Excel leaves them at the end).
        while let byte = peek(), byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
            consumeLineBreak(byte)
        }
        guard peek() != nil else { return nil }
        let startLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        field.reserveCapacity(64)
        while true {
            guard let byte = peek() else {
                try fields.append(finish(field, line: startLine))
                return CSVRecord(line: startLine, fields: fields)
            }
            switch byte {
            case UInt8(ascii: "\"") where field.isEmpty:
                position += 1
                try readQuoted(into: &field, openedOn: line)
            case delimiter:
                position += 1
                try fields.append(finish(field, line: startLine))
                field.removeAll(keepingCapacity: true)
                if fields.count >= Self.maximumFields {
                    throw CSVError(file: fileName, line: startLine, message: "more than \(Self.maximumFields) columns")
                }
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                consumeLineBreak(byte)
                try fields.append(finish(field, line: startLine))
                return CSVRecord(line: startLine, fields: fields)
            case 0:
                throw CSVError(file: fileName, line: line, message: "contains a NUL byte; this is not a text file", key: "problem.notText")
            default:
                position += 1
                field.append(byte)
                if field.count > Self.maximumFieldBytes {
                    throw CSVError(file: fileName, line: startLine, message: "a field is longer than \(Self.maximumFieldBytes / 1024) KiB")
                }
            }
        }
    }

    private func readQuoted(into field: inout [UInt8], openedOn openingLine: Int) throws {
        while true {
            guard let byte = peek() else {
                throw CSVError(file: fileName, line: openingLine, message: "unterminated quoted field (the quote opened on line \(openingLine) is never closed)")
            }
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                if peek() == UInt8(ascii: "\"") {
                    position += 1
                    field.append(byte)
                } else {
                    return
                }
            case UInt8(ascii: "\n"):
                line += 1
                field.append(byte)
            case UInt8(ascii: "\r"):
                // CRLF inside a quoted field is one line break; keep it as LF.
                if peek() == UInt8(ascii: "\n") { position += 1 }
                line += 1
                field.append(UInt8(ascii: "\n"))
            case 0:
                throw CSVError(file: fileName, line: line, message: "contains a NUL byte; this is not a text file", key: "problem.notText")
            default:
                field.append(byte)
            }
            if field.count > Self.maximumFieldBytes {
                throw CSVError(file: fileName, line: openingLine, message: "a field is longer than \(Self.maximumFieldBytes / 1024) KiB")
            }
        }
    }

    private func consumeLineBreak(_ byte: UInt8) {
        position += 1
        if byte == UInt8(ascii: "\r"), peek() == UInt8(ascii: "\n") { position += 1 }
        line += 1
    }

    private func finish(_ bytes: [UInt8], line: Int) throws -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CSVError(
                file: fileName, line: line,
                message: "is not valid UTF-8 (perhaps Windows-1251); save the file as 'CSV UTF-8'", key: "problem.notUTF8")
        }
        return text
    }
}
