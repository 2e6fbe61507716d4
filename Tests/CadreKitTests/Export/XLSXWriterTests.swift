@testable import CadreKit
import CadreModel
import Foundation
import Testing

/// The workbook's pieces: its ZIP container and checksums, its cell types, its XML text.
/// (`Scripts/check-xlsx.sh` reads whole workbooks back with openpyxl.)
@Suite("Excel workbooks")
struct XLSXWriterTests {
    @Test("CRC-32 is the ZIP one; the archive has its six parts and a central directory that points back at them")
    func archive() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        let bytes = XLSXWriter.data(Spreadsheet(title: "t", header: ["a"], rows: [[.number(1)]]))
        #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        let end = bytes.count - 22
        #expect(Array(bytes[end..<end + 4]) == [0x50, 0x4B, 0x05, 0x06])
        let entries = Int(bytes[end + 10]) | Int(bytes[end + 11]) << 8
        let directory = Int(bytes[end + 16]) | Int(bytes[end + 17]) << 8 | Int(bytes[end + 18]) << 16
        #expect(entries == 6)
        #expect(Array(bytes[directory..<directory + 4]) == [0x50, 0x4B, 0x01, 0x02])
        #expect(XLSXWriter.data(Spreadsheet(title: "t", header: ["a"], rows: [[.number(1)]])) == bytes, "the same content, the same bytes")
    }

    @Test("cells: plain numbers become numbers, codes and leading zeros stay text, days become dates")
    func cells() {
        #expect(Spreadsheet.cell("12", as: .number) == .number(12))
        #expect(Spreadsheet.cell("15.73", as: .number) == .number(15.73))
        #expect(Spreadsheet.cell("-3", as: .number) == .number(-3))
        #expect(Spreadsheet.cell("0", as: .number) == .number(0))
        for text in ["0042", "1e5", "2021-10", "DV-101", "12 %", "1,000", ".5", "5."] {
            #expect(Spreadsheet.cell(text, as: .number) == .text(text), "\(text)")
        }
        #expect(Spreadsheet.cell("", as: .number) == .empty)
        #expect(Spreadsheet.cell("2021-10-25", as: .date) == .date(CalendarDate(year: 2021, month: 10, day: 25)!))
        #expect(Spreadsheet.cell("25.10.2021", as: .date) == .text("25.10.2021"))
        #expect(Spreadsheet.cell("2021-10-25T09:30:00Z", as: .instant) == .instant(Date(timeIntervalSince1970: 1_635_154_200)))
        #expect(Spreadsheet.cell("12", as: .text) == .text("12"))
    }

    @Test("dates are spreadsheet days, columns are lettered, text is escaped and control characters left out")
    func text() {
        #expect(XLSXWriter.serial(CalendarDate(year: 2021, month: 10, day: 25)!) == 44494)
        #expect(XLSXWriter.serial(CalendarDate(year: 1970, month: 1, day: 1)!) == 25569)
        #expect([0, 25, 26, 701, 702].map(XLSXWriter.columnName) == ["A", "Z", "AA", "ZZ", "AAA"])
        #expect(XLSXWriter.escaped("a<b & \"c\" >\u{0}\u{1B}\tə") == "a&lt;b &amp; &quot;c&quot; &gt;\tə")
        #expect(XLSXWriter.sheetName("Hesabat: 2021/22 [az]") == "Hesabat  2021 22  az")
        let sheet = XLSXWriter.worksheet(Spreadsheet(title: "t", header: ["Ad", "Say"], rows: [[.text("=1+1"), .number(3)], [.empty, .date(CalendarDate(year: 2021, month: 1, day: 1)!)]]))
        #expect(sheet.contains(#"<c r="A1" t="inlineStr" s="1"><is><t xml:space="preserve">Ad</t></is></c>"#), "a bold header")
        #expect(sheet.contains(#"<c r="A2" t="inlineStr"><is><t xml:space="preserve">=1+1</t></is></c>"#), "a formula character is text")
        #expect(sheet.contains(#"<c r="B2"><v>3</v></c>"#) && sheet.contains(#"<c r="B3" s="2"><v>44197</v></c>"#))
        #expect(!sheet.contains(#"r="A3""#), "an empty cell is left out")
        #expect(sheet.contains(#"state="frozen""#))
    }
}
