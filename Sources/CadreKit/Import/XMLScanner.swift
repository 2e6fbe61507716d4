import Foundation

/// Reads the XML of a workbook's parts as a stream of start tags, end tags and text: enough
/// for SpreadsheetML, and nothing more. Namespace prefixes are dropped from element names
/// (`x:c` is `c`); attributes keep theirs (`r:id`). No DTD is read and no entity beyond the
/// five predefined and numeric references is expanded — a part with a DOCTYPE is refused.
struct XMLScanner {
    enum Event: Equatable {
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(name: String)
        case text(String)
    }

    struct Failure: Error, Equatable {
        let reason: String
    }

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func next() throws(Failure) -> Event? {
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                while position < bytes.count && bytes[position] != UInt8(ascii: "<") { position += 1 }
                return .text(Self.decoded(bytes[start..<position]))
            }
            if starts(with: "<?") {
                try skip(past: "?>")
                continue
            }
            if starts(with: "<!--") {
                try skip(past: "-->")
                continue
            }
            if starts(with: "<![CDATA[") {
                let start = position + 9
                try skip(past: "]]>")
                return .text(String(decoding: bytes[start..<(position - 3)], as: UTF8.self))
            }
            if starts(with: "<!") { throw Failure(reason: "a part declares a DTD") }
            return try tag()
        }
        return nil
    }

    private mutating func tag() throws(Failure) -> Event {
        position += 1
        let closing = position < bytes.count && bytes[position] == UInt8(ascii: "/")
        if closing { position += 1 }
        let name = Self.localName(readName())
        var attributes: [String: String] = [:]
        while true {
            skipBlanks()
            guard position < bytes.count else { throw Failure(reason: "a tag is not closed") }
            if bytes[position] == UInt8(ascii: ">") {
                position += 1
                return closing ? .end(name: name) : .start(name: name, attributes: attributes, selfClosing: false)
            }
            if bytes[position] == UInt8(ascii: "/") {
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else { throw Failure(reason: "a tag is malformed") }
                position += 2
                return .start(name: name, attributes: attributes, selfClosing: true)
            }
            let attribute = readName()
            skipBlanks()
            guard !attribute.isEmpty, position < bytes.count, bytes[position] == UInt8(ascii: "=") else { throw Failure(reason: "an attribute is malformed") }
            position += 1
            skipBlanks()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                throw Failure(reason: "an attribute value is not quoted")
            }
            let quote = bytes[position]
            position += 1
            let start = position
            while position < bytes.count && bytes[position] != quote { position += 1 }
            guard position < bytes.count else { throw Failure(reason: "an attribute value is not closed") }
            attributes[attribute] = Self.decoded(bytes[start..<position])
            position += 1
        }
    }

    private mutating func readName() -> String {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
                || byte == 0x09 || byte == 0x0A || byte == 0x0D { break }
            position += 1
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func skipBlanks() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    private func starts(with prefix: String) -> Bool {
        let prefix = Array(prefix.utf8)
        return position + prefix.count <= bytes.count && Array(bytes[position..<(position + prefix.count)]) == prefix
    }

    private mutating func skip(past terminator: String) throws(Failure) {
        let end = Array(terminator.utf8)
        while position + end.count <= bytes.count {
            if Array(bytes[position..<(position + end.count)]) == end {
                position += end.count
                return
            }
            position += 1
        }
        throw Failure(reason: "a part ends inside a declaration")
    }

    static func localName(_ name: String) -> String {
        name.split(separator: ":", maxSplits: 1).last.map(String.init) ?? name
    }

    /// Text with `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` and `&#…;` references resolved.
    static func decoded(_ raw: ArraySlice<UInt8>) -> String {
        let text = String(decoding: raw, as: UTF8.self)
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            guard let semicolon = rest[ampersand...].firstIndex(of: ";"), rest.distance(from: ampersand, to: semicolon) <= 10 else {
                result += "&"
                rest = rest[rest.index(after: ampersand)...]
                continue
            }
            let entity = rest[rest.index(after: ampersand)..<semicolon]
            switch entity {
            case "lt": result += "<"
            case "gt": result += ">"
            case "amp": result += "&"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let number = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16) : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                if let number, let scalar = Unicode.Scalar(number) { result.unicodeScalars.append(scalar) } else { result += "&" + entity + ";" }
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
