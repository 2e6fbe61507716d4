/// A `multipart/form-data` body (RFC 7578), as a browser sends a form with a file: the parts
/// in order, each with its field name, the file name the browser gave (for a file), and its
/// bytes. Strict like the request parser: a body that does not follow the form is refused
/// whole (nil), never half read.
public struct MultipartForm: Sendable {
    public struct Part: Sendable {
        public let name: String
        /// The file's name as the browser sent it (for messages only: never a path to write).
        public let fileName: String?
        public let body: [UInt8]

        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    public let parts: [Part]

    /// At most this many parts: a form has a few fields and one file.
    static let partLimit = 1_000
    /// Each part's headers together.
    static let partHeaderLimit = 4 * 1024

    /// The parts of `body` sent with `contentType`; nil when it is not multipart/form-data
    /// with a boundary, or the body is malformed.
    public init?(contentType: String, body: [UInt8]) {
        guard let boundary = Self.boundary(contentType) else { return nil }
        let delimiter = Array(("--" + boundary).utf8)
        let crlf: [UInt8] = [13, 10]
        guard body.starts(with: delimiter) else { return nil }
        var parts: [Part] = []
        var position = delimiter.count
        while true {
            // After a delimiter: "--" ends the body; CRLF begins a part.
            if body[position...].starts(with: [45, 45]) { break }
            guard body[position...].starts(with: crlf), parts.count < Self.partLimit else { return nil }
            position += 2
            guard let headerEnd = Self.find([13, 10, 13, 10], in: body, from: position), headerEnd - position <= Self.partHeaderLimit,
                let disposition = Self.disposition(body[position..<headerEnd])
            else { return nil }
            let contentStart = headerEnd + 4
            guard let next = Self.find(crlf + delimiter, in: body, from: contentStart) else { return nil }
            parts.append(Part(name: disposition.name, fileName: disposition.fileName, body: Array(body[contentStart..<next])))
            position = next + 2 + delimiter.count
        }
        self.parts = parts
    }

    public func value(_ name: String) -> String? { parts.first { $0.name == name && $0.fileName == nil }?.text }

    public func file(_ name: String) -> Part? { parts.first { $0.name == name && $0.fileName != nil } }

    /// The boundary parameter: 1 to 70 characters (RFC 2046), quoted or not.
    static func boundary(_ contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() where piece.lowercased().hasPrefix("boundary=") {
            var value = String(piece.dropFirst("boundary=".count))
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            guard (1...70).contains(value.utf8.count), value.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
            return value
        }
        return nil
    }

    /// `Content-Disposition: form-data; name="…"; filename="…"` among a part's headers.
    static func disposition(_ headers: ArraySlice<UInt8>) -> (name: String, fileName: String?)? {
        guard let text = String(validating: headers, as: UTF8.self) else { return nil }
        for line in text.components(separatedBy: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1)
            guard pair.count == 2, pair[0].lowercased() == "content-disposition" else { continue }
            let parameters = Self.parameters(String(pair[1]))
            guard parameters.first?.lowercased() == "form-data" else { return nil }
            var name: String?
            var fileName: String?
            for parameter in parameters.dropFirst() {
                let keyValue = parameter.split(separator: "=", maxSplits: 1).map(String.init)
                guard keyValue.count == 2 else { continue }
                var value = keyValue[1]
                if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
                switch keyValue[0].lowercased() {
                case "name": name = value
                case "filename": fileName = value
                default: break
                }
            }
            guard let name, !name.isEmpty else { return nil }
            return (name, fileName)
        }
        return nil
    }

    /// `a; b="x;y"; c` split at the semicolons outside quotes, trimmed.
    static func parameters(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if character == ";" && !quoted {
                result.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        result.append(current.trimmingCharacters(in: .whitespaces))
        return result
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first && haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
