/// A request target in origin form (`/path/to?name=value`), percent-decoded: the path must be
/// UTF-8 without NUL, and no segment may be `.` or `..` once decoded, so `%2e%2e` cannot climb
/// out of anything. Query pairs decode `+` as a space, as HTML forms write them.
struct HTTPTarget {
    let path: String
    let query: [(name: String, value: String)]

    /// Why a target was refused: its form, or a segment that climbs (answered 404, as a path
    /// that names nothing).
    enum Refusal: Error { case malformed, climbs }

    static func parse(_ bytes: ArraySlice<UInt8>) -> Result<HTTPTarget, Refusal> {
        guard bytes.first == UInt8(ascii: "/"), !bytes.contains(where: { $0 <= 0x20 || $0 >= 0x7F }) else { return .failure(.malformed) }
        let question = bytes.firstIndex(of: UInt8(ascii: "?"))
        let rawPath = bytes[bytes.startIndex..<(question ?? bytes.endIndex)]
        guard let path = decode(rawPath, plusIsSpace: false), !path.contains("\0") else { return .failure(.malformed) }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !segments.contains(where: { $0 == "." || $0 == ".." }) else { return .failure(.climbs) }
        guard let target = HTTPTarget(path: path, rawQuery: question.map { bytes[($0 + 1)...] }) else { return .failure(.malformed) }
        return .success(target)
    }

    private init?(path: String, rawQuery: ArraySlice<UInt8>?) {
        self.path = path
        var query: [(name: String, value: String)] = []
        if let rawQuery {
            for pair in rawQuery.split(separator: UInt8(ascii: "&")) {
                let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
                guard let name = Self.decode(parts[0], plusIsSpace: true),
                    let value = parts.count > 1 ? Self.decode(parts[1], plusIsSpace: true) : ""
                else { return nil }
                query.append((name, value))
            }
        }
        self.query = query
    }

    /// Decodes `%XX` (and `+` when asked); nil for a broken escape or bytes that are not UTF-8.
    static func decode(_ bytes: some Collection<UInt8>, plusIsSpace: Bool) -> String? {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var iterator = bytes.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next().flatMap(hex), let low = iterator.next().flatMap(hex) else { return nil }
                result.append(high << 4 | low)
            } else if byte == UInt8(ascii: "+") && plusIsSpace {
                result.append(UInt8(ascii: " "))
            } else {
                result.append(byte)
            }
        }
        return String(validating: result, as: UTF8.self)
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
