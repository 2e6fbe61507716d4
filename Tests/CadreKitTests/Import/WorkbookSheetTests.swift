@testable import CadreKit
import CadreModel
import Foundation
import Testing

/// Excel workbooks read as the CSV of their first sheet, checked against what openpyxl — an
/// outside reader — reads from the same files: one written by openpyxl (inline strings,
/// dates), one shaped as Excel writes (shared strings with rich text and phonetic runs,
/// built-in and custom date formats, a cached formula value, a boolean, DEFLATE), one as the
/// OpenXML SDK writes (prefixed elements, an absolute target, 1904 dates, stored entries).
@Suite("Excel workbooks as sign-up sheets")
struct WorkbookSheetTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/workbooks")

    func records(_ name: String) throws -> [CSVRecord] {
        let reader = try CSVReader(url: Self.folder.appendingPathComponent(name))
        var records: [CSVRecord] = []
        while let record = try reader.nextRecord() { records.append(record) }
        return records
    }

    @Test("openpyxl's workbook: the first sheet, rows numbered as the sheet's, dates as days, a blank row skipped")
    func openpyxl() throws {
        let rows = try records("openpyxl-signup.xlsx")
        #expect(rows.map(\.line) == [1, 2, 3, 5])
        #expect(rows[0].fields == ["Ad Soyad", "Cins", "Peşə", "Telefon", "Doğum tarixi", "E-poçt", "ID"])
        #expect(rows[1].fields == ["Əliyeva Aynur", "qadın", "Sosial işçi", "050 123 45 67", "1985-03-12", "aynur@example.az", "XL-1"])
        #expect(rows[2].fields == ["Quliyev Orxan", "kişi", "Polis əməkdaşı", "501234568", "", "", "XL-2"])
        #expect(rows[3].fields == ["=Hacıyeva Leyla", "qadın", "Könüllü", "", "1990-12-31", "", "XL-3"], "text that looks like a formula stays text")
    }

    @Test("Excel's shape: shared strings with rich text (phonetic runs left out), entities, date formats, cached formula values, booleans")
    func excelShape() throws {
        let rows = try records("excel-like.xlsx")
        #expect(rows.map(\.line) == [1, 3, 4], "the sheet the workbook lists first, not the first file")
        #expect(rows[0].fields == ["Ad Soyad", "Cins", "Peşə", "Doğum tarixi", "Telefon "])
        #expect(rows[1].fields == ["Məmmədova Gülnarə", "qadın", "Sosial işçi", "1985-03-13", "994501234567"])
        #expect(rows[2].fields == ["Tom & \"Jerry\" <Aliyev> \u{04D9}", "qadın", "Sosial işçi", "1990-12-31", "12.5", "TRUE"])
    }

    @Test("the OpenXML SDK's shape: prefixed elements, an absolute target, 1904 dates")
    func prefixed() throws {
        let rows = try records("prefixed-1904.xlsx")
        #expect(rows.map(\.fields) == [["full_name", "birth_date"], ["Əli Həsənov", "1985-03-02"]])
        #expect(rows.map(\.line) == [1, 2], "rows without numbers are counted")
    }

    @Test("a workbook Cadre itself wrote reads back the same cells")
    func roundTrip() throws {
        let sheet = Spreadsheet(title: "t", header: ["full_name", "birth_date", "phone"], rows: [
            [.text("Şəhla Orucova"), .date(CalendarDate(parsing: "1988-07-09")!), .text("+994 55 765 43 21")],
            [.text("=1+1"), .empty, .number(42)],
        ])
        let reader = try CSVReader(bytes: XLSXWriter.data(sheet), fileName: "own.xlsx")
        var rows: [[String]] = []
        while let record = try reader.nextRecord() { rows.append(record.fields) }
        #expect(rows == [["full_name", "birth_date", "phone"], ["Şəhla Orucova", "1988-07-09", "+994 55 765 43 21"], ["=1+1", "", "42"]])
    }

    @Test("what is not a workbook Cadre reads is refused in one line: cut short, damaged, an old .xls, a ZIP bomb, a DTD")
    func refusals() throws {
        let good = try Array(Data(contentsOf: Self.folder.appendingPathComponent("excel-like.xlsx")))
        let cases: [([UInt8], String)] = [
            (Array(good.prefix(600)), "table of contents is missing"),
            ([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 40), "table of contents is missing"),
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 40), "old Excel workbook (.xls)"),
        ]
        for (bytes, words) in cases {
            let error = try #require(throws: CSVError.self) { try CSVReader(bytes: bytes, fileName: "x.xlsx") }
            #expect(error.description.contains(words) && error.line == 1, "\(error.description)")
        }
        // A part that claims more than it holds, and one that would expand past the limit.
        var bomb = ZIPArchive()
        bomb.add("xl/workbook.xml", Array("<workbook><sheets><sheet r:id=\"rId1\"/></sheets></workbook>".utf8))
        bomb.add("xl/worksheets/sheet1.xml", Array(repeating: 0x20, count: 1000))
        var bytes = bomb.finished()
        // The second entry's uncompressed size in its central-directory record, set to 200 MiB.
        let directory = try #require(Self.lastIndex(of: [0x50, 0x4B, 0x01, 0x02], in: bytes))
        for (offset, byte) in [0x00, 0x00, 0x80, 0x0C].enumerated() { bytes[directory + 24 + offset] = UInt8(byte) }
        let error = try #require(throws: CSVError.self) { try CSVReader(bytes: bytes, fileName: "bomb.xlsx") }
        #expect(error.description.contains("more than 128 MiB"), "\(error.description)")
        let dtd = try WorkbookSheetTests.xmlFailure("<!DOCTYPE x [<!ENTITY a \"b\">]><worksheet/>")
        #expect(dtd == "a part declares a DTD")
    }

    static func xmlFailure(_ text: String) throws -> String? {
        var scanner = XMLScanner(Array(text.utf8))
        do {
            while try scanner.next() != nil {}
            return nil
        } catch {
            return error.reason
        }
    }

    static func lastIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        return stride(from: bytes.count - pattern.count, through: 0, by: -1).first { Array(bytes[$0..<($0 + pattern.count)]) == pattern }
    }

    @Test("date formats: built-in and custom codes with d, m or y outside quotes and brackets")
    func dateFormats() {
        #expect(WorkbookSheet.isDateFormat("dd\\.mm\\.yyyy") && WorkbookSheet.isDateFormat("yyyy-mm-dd hh:mm"))
        #expect(!WorkbookSheet.isDateFormat("[Red]0.00") && !WorkbookSheet.isDateFormat("0\" days\"") && !WorkbookSheet.isDateFormat("General"))
        // As Excel shows them: day 1 is 1 January 1900, day 60 the 29 February 1900 that never was.
        #expect(WorkbookSheet.date(serial: 1, date1904: false) == "1900-01-01" && WorkbookSheet.date(serial: 61, date1904: false) == "1900-03-01")
        #expect(WorkbookSheet.date(serial: 60, date1904: false) == nil && WorkbookSheet.date(serial: 44494, date1904: false) == "2021-10-25")
        #expect(WorkbookSheet.date(serial: 43032, date1904: true) == "2021-10-25")
        #expect(WorkbookSheet.columnIndex("A1") == 0 && WorkbookSheet.columnIndex("AB12") == 27 && WorkbookSheet.columnIndex("12") == nil)
    }
}
