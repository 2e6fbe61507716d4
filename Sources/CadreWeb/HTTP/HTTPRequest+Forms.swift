import Foundation

extension HTTPRequest {
    /// The fields of an `application/x-www-form-urlencoded` body, decoded; empty for any other body.
    public var form: [(name: String, value: String)] {
        guard (header("content-type") ?? "").lowercased().hasPrefix("application/x-www-form-urlencoded") else { return [] }
        return body.split(separator: UInt8(ascii: "&")).compactMap { pair in
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = HTTPTarget.decode(parts[0], plusIsSpace: true),
                let value = parts.count > 1 ? HTTPTarget.decode(parts[1], plusIsSpace: true) : ""
            else { return nil }
            return (name, value)
        }
    }

    public func formValue(_ name: String) -> String? { form.first { $0.name == name }?.value }

    /// A cookie's value from the `Cookie` header.
    public func cookie(_ name: String) -> String? {
        for header in headers where header.name == "cookie" {
            for pair in header.value.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name { return String(parts[1]).trimmingCharacters(in: .whitespaces) }
            }
        }
        return nil
    }
}
