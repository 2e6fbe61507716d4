public import Foundation

/// Reading the files users point Cadre at, with errors that name the path.
public enum InputFiles {
    public struct Missing: CadreError, Equatable {
        public let path: String
        public let reason: String
        public var category: ErrorCategory { .missingInput }

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }

        public var description: String { "\(path): \(reason)" }
    }

    /// The files a list of paths names: files as given, folders expanded to their `*.<ext>`
    /// files in name order.
    public static func expand(_ paths: [URL], fileExtension: String) throws -> [URL] {
        try paths.flatMap { url -> [URL] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
                throw Missing(path: url.path, reason: "no such file or folder")
            }
            guard isFolder.boolValue else { return [url] }
            let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
            return names.filter { $0.hasSuffix(".\(fileExtension)") }.sorted().map { url.appendingPathComponent($0) }
        }
    }

    public static func read(_ url: URL) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw Missing(path: url.path, reason: "cannot be read")
        }
        return [UInt8](data)
    }
}
