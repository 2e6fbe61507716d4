import CadreModel
import Foundation

/// Writes a ``Spreadsheet`` as an Office Open XML workbook (ECMA-376): a ZIP of XML parts —
/// the package's content types and relationships, a workbook of one sheet, its styles (a bold
/// header, date formats) and the sheet itself, with the header row frozen and columns as wide
/// as their contents. Text is written inline (`inlineStr`), never as a formula, so a cell
/// beginning with `=` is text in Excel as it is here.
public enum XLSXWriter {
    public static func data(_ sheet: Spreadsheet) -> [UInt8] {
        // The notes, when there are any, are a second sheet: the first stays the table alone,
        // so it can be sorted and summed as it is.
        var names = [sheetName(sheet.title)]
        if !sheet.notes.isEmpty {
            let notes = sheetName(sheet.notesTitle)
            names.append(notes == names[0] ? String(notes.prefix(29)) + " 2" : notes)
        }
        var zip = ZIPArchive()
        zip.add("[Content_Types].xml", Array(contentTypes(sheets: names.count).utf8))
        zip.add("_rels/.rels", Array(packageRelationships.utf8))
        zip.add("xl/workbook.xml", Array(workbook(sheetNames: names).utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array(workbookRelationships(sheets: names.count).utf8))
        zip.add("xl/styles.xml", Array(styles.utf8))
        zip.add("xl/worksheets/sheet1.xml", Array(worksheet(sheet).utf8))
        if !sheet.notes.isEmpty { zip.add("xl/worksheets/sheet2.xml", Array(notesSheet(sheet.notes).utf8)) }
        return zip.finished()
    }

    /// The notes, one a row in column A, the first (the title) bold, the column wide enough to read.
    static func notesSheet(_ notes: [String]) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        xml += #"<cols><col min="1" max="1" width="120" customWidth="1"/></cols><sheetData>"#
        for (index, note) in notes.enumerated() { xml += row(index + 1, [.text(note)], style: index == 0 ? .header : .normal) }
        xml += "</sheetData></worksheet>"
        return xml
    }

    /// The style indexes of `styles`' cell formats.
    private enum Style: Int { case normal = 0, header = 1, date = 2, instant = 3 }

    static func worksheet(_ sheet: Spreadsheet) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        xml += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        xml += #"<selection pane="bottomLeft"/></sheetView></sheetViews>"#
        let columnCount = max(sheet.header.count, sheet.rows.map(\.count).max() ?? 0)
        if columnCount > 0 {
            xml += "<cols>"
            for column in 0..<columnCount {
                let widest = ([sheet.header.indices.contains(column) ? sheet.header[column].count : 0]
                    + sheet.rows.map { column < $0.count ? displayLength($0[column]) : 0 }).max() ?? 0
                xml += #"<col min="\#(column + 1)" max="\#(column + 1)" width="\#(min(60, max(8, widest + 2)))" customWidth="1"/>"#
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        xml += row(1, sheet.header.map { Spreadsheet.Cell.text($0) }, style: .header)
        for (index, cells) in sheet.rows.enumerated() { xml += row(index + 2, cells, style: nil) }
        xml += "</sheetData></worksheet>"
        return xml
    }

    private static func row(_ rowNumber: Int, _ cells: [Spreadsheet.Cell], style: Style?) -> String {
        var xml = #"<row r="\#(rowNumber)">"#
        for (index, cell) in cells.enumerated() {
            let reference = columnName(index) + String(rowNumber)
            let styled = { (own: Style) in #" s="\#((style ?? own).rawValue)""# }
            switch cell {
            case .empty: continue
            case .text(let text):
                xml += #"<c r="\#(reference)" t="inlineStr"\#(style == nil ? "" : styled(.normal))><is><t xml:space="preserve">\#(escaped(text))</t></is></c>"#
            case .number(let value):
                xml += #"<c r="\#(reference)"\#(style == nil ? "" : styled(.normal))><v>\#(number(value))</v></c>"#
            case .date(let date):
                xml += #"<c r="\#(reference)"\#(styled(.date))><v>\#(serial(date))</v></c>"#
            case .instant(let instant):
                xml += #"<c r="\#(reference)"\#(styled(.instant))><v>\#(number(instant.timeIntervalSince1970 / 86_400 + 25_569))</v></c>"#
            }
        }
        return xml + "</row>"
    }

    /// Spreadsheet days: 1 January 1900 is 1, and 1970-01-01 is 25,569 (with Excel's 1900 leap day).
    static func serial(_ date: CalendarDate) -> Int {
        var parts = DateComponents()
        (parts.year, parts.month, parts.day) = (date.year, date.month, date.day)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let seconds = calendar.date(from: parts)?.timeIntervalSince1970 ?? 0
        return Int((seconds / 86_400).rounded()) + 25_569
    }

    private static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// `A`, …, `Z`, `AA`, …
    static func columnName(_ index: Int) -> String {
        var name = ""
        var rest = index + 1
        while rest > 0 {
            let letter = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + letter))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    private static func displayLength(_ cell: Spreadsheet.Cell) -> Int {
        switch cell {
        case .empty: 0
        case .text(let text): text.split(separator: "\n").map(\.count).max() ?? 0
        case .number(let value): number(value).count
        case .date: 10
        case .instant: 19
        }
    }

    /// Text for XML: the five special characters escaped, and the control characters XML 1.0
    /// cannot hold at all (everything below a space but tab, line feed and carriage return) left out.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
    static func sheetName(_ title: String) -> String {
        let cleaned = String(title.map { "[]:*?/\\".contains($0) ? " " : $0 }).trimmingCharacters(in: .whitespaces)
        return cleaned.isEmpty ? "Sheet1" : String(cleaned.prefix(31))
    }

    private static func contentTypes(sheets: Int) -> String {
        let overrides = (1...sheets).map {
            #"<Override PartName="/xl/worksheets/sheet\#($0).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            \(overrides)\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            </Types>
            """
    }

    private static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """

    /// Sheet `n` has relationship `rId(n)`; the styles come after the sheets.
    private static func workbook(sheetNames: [String]) -> String {
        let sheets = sheetNames.enumerated().map { #"<sheet name="\#(escaped($1))" sheetId="\#($0 + 1)" r:id="rId\#($0 + 1)"/>"# }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets>\(sheets)</sheets></workbook>
            """
    }

    private static func workbookRelationships(sheets: Int) -> String {
        let worksheets = (1...sheets).map {
            #"<Relationship Id="rId\#($0)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#($0).xml"/>"#
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            \(worksheets)\
            <Relationship Id="rId\(sheets + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            </Relationships>
            """
    }

    private static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts>\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """
}
