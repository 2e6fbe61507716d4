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

    /// The largest file read whole (curricula, targets, templates, catalogs, logos): far above
    /// any real one, so a wrong path (a disk image, a database) is refused rather than read.
    public static let largestWholeFile = 64 * 1024 * 1024

    /// Opens a file the user named for reading — the only way Cadre opens one. Anything but a
    /// regular file (a folder, a named pipe, a device, a socket) is refused before it is opened,
    /// so nothing blocks waiting for a writer; a missing file or one without permission is a
    /// clear error naming it (exit 66), never a crash.
    public static func openForReading(_ url: URL) throws -> Int32 {
        var status = stat()
        guard stat(url.path, &status) == 0 else { throw unreadable(url, errno) }
        try requireRegular(url, status)
        // Non-blocking, in case the path was swapped for a pipe since: the open cannot hang.
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw unreadable(url, errno) }
        guard fstat(descriptor, &status) == 0 else {
            close(descriptor)
            throw unreadable(url, errno)
        }
        do {
            try requireRegular(url, status)
        } catch {
            close(descriptor)
            throw error
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return descriptor
    }

    /// The whole file, refused when larger than `limit` bytes (before it is read).
    public static func read(_ url: URL, limit: Int = largestWholeFile) throws -> [UInt8] {
        let descriptor = try openForReading(url)
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, Int(status.st_size) > limit {
            throw Missing(path: url.path, reason: "is larger than \(limit / (1024 * 1024)) MiB; is it the right file?")
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { throw unreadable(url, errno) }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<count])
            if bytes.count > limit { throw Missing(path: url.path, reason: "is larger than \(limit / (1024 * 1024)) MiB; is it the right file?") }
        }
    }

    /// A file that is there, read whole; nil when there is nothing at `url` (an optional file).
    public static func readIfPresent(_ url: URL, limit: Int = largestWholeFile) throws -> [UInt8]? {
        var status = stat()
        guard stat(url.path, &status) == 0 else { return nil }
        return try read(url, limit: limit)
    }

    private static func requireRegular(_ url: URL, _ status: stat) throws {
        let kind: String? = switch status.st_mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "is a folder, not a file"
        case S_IFIFO: "is a named pipe (FIFO), not a file"
        case S_IFCHR, S_IFBLK: "is a device, not a file"
        case S_IFSOCK: "is a socket, not a file"
        default: "is not a regular file"
        }
        if let kind { throw Missing(path: url.path, reason: kind) }
    }

    private static func unreadable(_ url: URL, _ code: Int32) -> Missing {
        Missing(path: url.path, reason: code == ENOENT ? "no such file" : code == EACCES ? "cannot be read (permission denied)" : "cannot be read (\(String(cString: strerror(code))))")
    }
}
