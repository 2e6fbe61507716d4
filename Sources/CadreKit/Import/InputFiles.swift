public import CadreModel
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
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else {
                throw Missing(path: url.path, reason: "cannot be read")
            }
            let files = names.filter { $0.hasSuffix(".\(fileExtension)") }.sorted()
            // An empty folder is a mistake (the wrong folder), not an import of nothing.
            guard !files.isEmpty else { throw Missing(path: url.path, reason: "holds no .\(fileExtension) files") }
            return files.map { url.appendingPathComponent($0) }
        }
    }

    /// Opens a file the user named for reading: a folder, a missing file or one without
    /// permission is a clear error naming it, never a crash.
    public static func openForReading(_ url: URL) throws -> Int32 {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = errno == ENOENT ? "no such file" : "cannot be read (\(String(cString: strerror(errno))))"
            throw Missing(path: url.path, reason: reason)
        }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            close(descriptor)
            throw Missing(path: url.path, reason: "is a folder, not a file")
        }
        return descriptor
    }

    public static func read(_ url: URL) throws -> [UInt8] {
        let descriptor = try openForReading(url)
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { throw Missing(path: url.path, reason: "cannot be read (\(String(cString: strerror(errno))))") }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<count])
        }
    }
}
