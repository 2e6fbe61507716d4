import CadreKit
import Foundation
import Testing

@Suite("CSV reader")
struct CSVReaderTests {
    func records(_ bytes: [UInt8]) throws -> [CSVRecord] {
        let reader = try CSVReader(bytes: bytes, fileName: "t.csv")
        var result: [CSVRecord] = []
        while let record = try reader.nextRecord() { result.append(record) }
        return result
    }

    func records(_ text: String) throws -> [CSVRecord] { try records(Array(text.utf8)) }

    @Test("Excel's shape: BOM, semicolons, CRLF")
    func excelShape() throws {
        let rows = try records([0xEF, 0xBB, 0xBF] + Array("Ad Soyad;Cins\r\nAynur Əliyeva;qadın\r\n".utf8))
        #expect(rows.map(\.fields) == [["Ad Soyad", "Cins"], ["Aynur Əliyeva", "qadın"]])
        #expect(rows.map(\.line) == [1, 2])
    }

    @Test("commas are detected when the header has more commas than semicolons")
    func commaDetection() throws {
        let rows = try records("full_name,sex,organization\nA,f,\"X; Y\"\n")
        #expect(rows[1].fields == ["A", "f", "X; Y"])
    }

    @Test("quoted fields: separators, doubled quotes and line breaks inside; line numbers count them")
    func quoted() throws {
        let rows = try records("a,b\r\n\"x, \"\"y\"\"\",\"line1\r\nline2\"\r\nnext,row\r\n")
        #expect(rows[1].fields == ["x, \"y\"", "line1\nline2"])
        #expect(rows[2].line == 4)
        #expect(rows[2].fields == ["next", "row"])
    }

    @Test("empty fields, a missing final newline and blank lines between records")
    func edges() throws {
        let rows = try records("a,b,c\n,,\n\n\nx,,z")
        #expect(rows.map(\.fields) == [["a", "b", "c"], ["", "", ""], ["x", "", "z"]])
        #expect(rows.last?.line == 5)
    }

    @Test("an unterminated quote names the line where it opened")
    func unterminatedQuote() throws {
        let error = try #require(throws: CSVError.self) { try records("a,b\n1,2\n3,\"never closed\n4,5\n") }
        #expect(error.description == "t.csv:3: unterminated quoted field (the quote opened on line 3 is never closed)")
    }

    @Test("binary, UTF-16 and Windows-1251 files are refused with the line")
    func wrongEncodings() throws {
        let binary = try #require(throws: CSVError.self) { try records([0x61, 0x2C, 0x62, 0x0A, 0x00, 0x01, 0x02]) }
        #expect(binary.line == 2)
        #expect(binary.message.contains("NUL"))
        let utf16 = try #require(throws: CSVError.self) { try records([0xFF, 0xFE, 0x61, 0x00]) }
        #expect(utf16.message.contains("UTF-16"))
        // "Пол" in Windows-1251 on the second line.
        let cp1251 = try #require(throws: CSVError.self) { try records(Array("name\n".utf8) + [0xCF, 0xEE, 0xEB, 0x0A]) }
        #expect(cp1251.line == 2)
        #expect(cp1251.message.contains("not valid UTF-8"))
    }

    @Test("huge fields and absurd column counts are refused, not buffered")
    func limits() throws {
        let wide = String(repeating: "x,", count: 10_000) + "x\n"
        #expect(throws: CSVError.self) { try records(wide) }
        let long = "a\n\"" + String(repeating: "y", count: (1 << 20) + 10) + "\"\n"
        #expect(throws: CSVError.self) { try records(long) }
    }

    @Test("reading a file streams it in chunks and gives the same records as reading bytes")
    func streamingFile() throws {
        let folder = try TemporaryFolder()
        var text = "n;v\r\n"
        for index in 0..<20_000 { text += "\"row \(index);\nwith break\";\(index)\r\n" }
        let file = try folder.write("big.csv", text)
        let reader = try CSVReader(url: file)
        var count = 0
        var last: CSVRecord?
        _ = try reader.nextRecord()
        while let record = try reader.nextRecord() {
            count += 1
            last = record
        }
        #expect(count == 20_000)
        #expect(last?.fields == ["row 19999;\nwith break", "19999"])
        #expect(last?.line == 2 + 19_999 * 2)
    }
}
