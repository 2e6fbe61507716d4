import CadreModel
import Foundation

/// The first worksheet of an Excel workbook (.xlsx, as Excel, LibreOffice and Google Sheets
/// save it) as the records a CSV file of the same sheet would give: one per row that holds
/// anything, numbered by the sheet's own row numbers (so errors name the row the user sees),
/// shared and inline strings as text, numbers as they read, date-formatted cells as
/// `2021-10-25`, empty cells as empty fields. Formulas give their saved values.
enum WorkbookSheet {
    struct Failure: Error, Equatable {
        let reason: String
    }

    static func records(_ bytes: [UInt8]) throws(Failure) -> [CSVRecord] {
        do {
            let archive = try ZIPReader(bytes)
            guard let workbook = try archive.file("xl/workbook.xml") else { throw Failure(reason: "it has no workbook part (is it an Excel file?)") }
            let (sheetID, date1904) = try firstSheet(workbook)
            let relationships = try archive.file("xl/_rels/workbook.xml.rels").map(targets) ?? [:]
            let target = sheetID.flatMap { relationships[$0] } ?? "worksheets/sheet1.xml"
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let sheet = try archive.file(path) else { throw Failure(reason: "its first worksheet is missing") }
            let strings = try archive.file("xl/sharedStrings.xml").map(sharedStrings) ?? []
            let dateStyles = try archive.file("xl/styles.xml").map(dateStyles) ?? []
            return try rows(sheet, strings: strings, dateStyles: dateStyles, date1904: date1904)
        } catch let failure as ZIPReader.Failure {
            throw Failure(reason: failure.reason)
        } catch let failure as XMLScanner.Failure {
            throw Failure(reason: failure.reason)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(reason: "it cannot be read")
        }
    }

    /// The first `<sheet>`'s relationship id, and whether dates count from 1904 (old Mac Excel).
    private static func firstSheet(_ xml: [UInt8]) throws -> (String?, Bool) {
        var scanner = XMLScanner(xml)
        var sheet: String?
        var date1904 = false
        while let event = try scanner.next() {
            guard case .start(let name, let attributes, _) = event else { continue }
            if name == "workbookPr" { date1904 = ["1", "true"].contains(attributes["date1904"] ?? "") }
            if name == "sheet", sheet == nil {
                sheet = attributes.first { XMLScanner.localName($0.key) == "id" && $0.key != "sheetId" }?.value
            }
        }
        return (sheet, date1904)
    }

    private static func targets(_ xml: [UInt8]) throws -> [String: String] {
        var scanner = XMLScanner(xml)
        var targets: [String: String] = [:]
        while let event = try scanner.next() {
            if case .start("Relationship", let attributes, _) = event, let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
        }
        return targets
    }

    /// Each `<si>`'s text: its `<t>`, or its rich-text runs' `<t>`s joined; phonetic runs left out.
    private static func sharedStrings(_ xml: [UInt8]) throws -> [String] {
        var scanner = XMLScanner(xml)
        var strings: [String] = []
        var current: String?
        var inText = false
        var inPhonetic = false
        while let event = try scanner.next() {
            switch event {
            case .start("si", _, let closed): if closed { strings.append("") } else { current = "" }
            case .end("si"):
                strings.append(current ?? "")
                current = nil
            case .start("rPh", _, let closed): inPhonetic = !closed
            case .end("rPh"): inPhonetic = false
            case .start("t", _, let closed): inText = !closed
            case .end("t"): inText = false
            case .text(let text) where inText && !inPhonetic: current? += text
            default: break
            }
        }
        return strings
    }

    /// For each cell style (`cellXfs` index), whether its number format shows a date.
    private static func dateStyles(_ xml: [UInt8]) throws -> [Bool] {
        var scanner = XMLScanner(xml)
        var custom: [Int: String] = [:]
        var styles: [Bool] = []
        var inCellStyles = false
        while let event = try scanner.next() {
            switch event {
            case .start("numFmt", let attributes, _):
                if let id = attributes["numFmtId"].flatMap({ Int($0) }) { custom[id] = attributes["formatCode"] ?? "" }
            case .start("cellXfs", _, let closed): inCellStyles = !closed
            case .end("cellXfs"): inCellStyles = false
            case .start("xf", let attributes, _) where inCellStyles:
                let id = attributes["numFmtId"].flatMap { Int($0) } ?? 0
                styles.append(custom[id].map(isDateFormat) ?? ((14...22).contains(id) || (45...47).contains(id)))
            default: break
            }
        }
        return styles
    }

    /// Whether a format code shows a date: it has d, m or y outside quotes and brackets (`[Red]`).
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false
        var bracketed = false
        for character in code.lowercased() {
            switch character {
            case "\"": quoted.toggle()
            case "[": bracketed = true
            case "]": bracketed = false
            case "d", "m", "y": if !quoted && !bracketed { return true }
            default: break
            }
        }
        return false
    }

    private static func rows(_ xml: [UInt8], strings: [String], dateStyles: [Bool], date1904: Bool) throws -> [CSVRecord] {
        var scanner = XMLScanner(xml)
        var records: [CSVRecord] = []
        var row: [Int: String] = [:]
        var rowNumber = 0
        var cell: (column: Int, type: String, style: Int)?
        var value = ""
        var inValue = false
        func finishRow() throws {
            guard let last = row.keys.max(), row.values.contains(where: { !$0.isEmpty }) else { return }
            guard last < CSVReader.maximumFields else { throw Failure(reason: "row \(rowNumber) has more than \(CSVReader.maximumFields) columns") }
            records.append(CSVRecord(line: rowNumber, fields: (0...last).map { row[$0] ?? "" }))
        }
        while let event = try scanner.next() {
            switch event {
            case .start("row", let attributes, let closed):
                rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
                row = [:]
                if closed { try finishRow() }
            case .end("row"): try finishRow()
            case .start("c", let attributes, let closed):
                let column = attributes["r"].flatMap(columnIndex) ?? (row.keys.max().map { $0 + 1 } ?? 0)
                cell = (column, attributes["t"] ?? "n", attributes["s"].flatMap { Int($0) } ?? 0)
                value = ""
                if closed { cell = nil }
            case .start("v", _, let closed), .start("t", _, let closed): inValue = !closed
            case .end("v"), .end("t"): inValue = false
            case .text(let text) where inValue && cell != nil: value += text
            case .end("c"):
                if let current = cell { row[current.column] = try text(of: value, type: current.type, style: current.style, strings, dateStyles, date1904) }
                cell = nil
            default: break
            }
        }
        return records
    }

    /// A cell's value as text, by its type: a shared string, inline or formula text, a boolean,
    /// an error, or a number (a date when its style shows one).
    private static func text(
        of raw: String, type: String, style: Int, _ strings: [String], _ dateStyles: [Bool], _ date1904: Bool
    ) throws -> String {
        switch type {
        case "s":
            guard let index = Int(raw), strings.indices.contains(index) else { throw Failure(reason: "a cell names a text the workbook does not have") }
            return strings[index]
        case "inlineStr", "str", "e", "d": return raw
        case "b": return raw == "1" ? "TRUE" : "FALSE"
        default:
            guard let number = Double(raw) else { return raw }
            if style < dateStyles.count, dateStyles[style] { return date(serial: number, date1904: date1904) ?? raw }
            if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
            return raw
        }
    }

    /// Excel's day number as `2021-10-25`: days since 30 December 1899, or since 1 January 1904.
    /// Excel counts a 29 February 1900 that never was (day 60, left as a number here); the
    /// days before it are one later than the count says, as Excel shows them.
    static func date(serial: Double, date1904: Bool) -> String? {
        guard serial >= 1, serial < 2_958_466, date1904 || Int(serial) != 60 else { return nil }
        let days = Int(serial.rounded(.down)) + (date1904 ? 1462 : (serial < 60 ? 1 : 0))
        // 25569 is 1970-01-01 in the 1900 system.
        return CalendarDate(dayNumber: days - 25569).iso
    }

    /// `C12` → 2 (A is 0).
    static func columnIndex(_ reference: String) -> Int? {
        var index = 0
        var letters = 0
        for character in reference.uppercased() {
            guard let ascii = character.asciiValue, ascii >= 65, ascii <= 90 else { break }
            index = index * 26 + Int(ascii - 64)
            letters += 1
        }
        return letters == 0 || letters > 3 ? nil : index - 1
    }
}
