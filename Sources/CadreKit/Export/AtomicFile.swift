public import CadreModel
public import Foundation

/// Writes a file the safe way: into a temporary file beside it, readable by its owner only
/// when it holds personal data, then renamed over the target — so a reader never sees half a
/// file and a failure leaves the old one in place.
public enum AtomicFile {
    public struct Refused: CadreError, Equatable {
        public let path: String
        public let reason: String
        public let category: ErrorCategory

        /// `category` is `.conflict` for a file in the way, `.invalidInput` for a path that can
        /// never work (a file where a folder must be, a place that cannot be created).
        public init(path: String, reason: String, category: ErrorCategory = .conflict) {
            self.path = path
            self.reason = reason
            self.category = category
        }

        public var description: String { "\(path): \(reason)" }
    }

    /// Writes `text` to `url`, replacing any file there, with plain POSIX calls: a hidden
    /// temporary name in the same folder (O_EXCL: never through someone else's file), then
    /// rename(2), so readers see the old file or the new one. `sync: false` leaves durability
    /// to one sync(2) after a batch (see ``OutputFolder/flush()``). The streaming `write` below
    /// goes through FileManager, which cost thousands of pages a `/dev/urandom` read and
    /// several stats each.
    public static func write(_ text: String, to url: URL, permissions: Int16, sync: Bool) throws {
        try write(text, toPath: url.path, permissions: permissions, sync: sync)
    }

    /// ``write(_:to:permissions:sync:)`` for a path already made: no URL work per file when
    /// thousands are written.
    static func write(_ text: String, toPath path: String, permissions: Int16, sync: Bool) throws {
        var text = text
        try text.withUTF8 { try write(bytes: UnsafeRawBufferPointer($0), toPath: path, permissions: permissions, sync: sync) }
    }

    /// Writes a binary file (a workbook) as ``write(_:to:permissions:sync:)`` writes text, after
    /// the checks of ``checkCanWrite(_:overwrite:)``; made durable before it is renamed into place.
    public static func write(_ bytes: [UInt8], to url: URL, overwrite: Bool, permissions: Int16 = 0o600) throws {
        try checkCanWrite(url, overwrite: overwrite)
        try bytes.withUnsafeBytes { try write(bytes: $0, toPath: url.path, permissions: permissions, sync: true) }
    }

    private static func write(bytes: UnsafeRawBufferPointer, toPath path: String, permissions: Int16, sync: Bool) throws {
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path.utf8.index(after: $0) } ?? path.startIndex
        let temporary = String(path[..<slash]) + ".\(path[slash...]).\(getpid()).tmp"
        if let failure = createNew(bytes: bytes, atPath: temporary, permissions: permissions, sync: sync) {
            throw Refused(path: path, reason: failure.reason, category: .notPermitted)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Refused(path: path, reason: reason)
        }
    }

    /// Why a new file could not be made; `exists` when the name was taken.
    struct CreateFailure: Error {
        let reason: String
        let exists: Bool
    }

    /// Creates a file that must not exist yet (O_EXCL) and writes `text` into it; on failure
    /// nothing is left behind. For files no reader can see until they are complete: a
    /// temporary name, or a folder that appears whole (``StagedFolder``).
    static func createNew(_ text: String, atPath path: String, permissions: Int16, sync: Bool) -> CreateFailure? {
        var text = text
        return text.withUTF8 { createNew(bytes: UnsafeRawBufferPointer($0), atPath: path, permissions: permissions, sync: sync) }
    }

    private static func createNew(bytes buffer: UnsafeRawBufferPointer, atPath path: String, permissions: Int16, sync: Bool) -> CreateFailure? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC, mode_t(permissions))
        guard descriptor >= 0 else { return CreateFailure(reason: String(cString: strerror(errno)), exists: errno == EEXIST) }
        var offset = 0
        var written = true
        while offset < buffer.count {
            let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            guard count > 0 else {
                written = false
                break
            }
            offset += count
        }
        let synced = !sync || fsync(descriptor) == 0
        let failure = written && synced ? nil : String(cString: strerror(errno))
        close(descriptor)
        guard let failure else { return nil }
        unlink(path)
        return CreateFailure(reason: failure, exists: false)
    }

    /// Throws the error ``write(to:overwrite:permissions:_:)`` would, without writing: for
    /// commands that store data and then write a file, so that they refuse before storing
    /// anything (a non-zero exit then always means nothing was stored).
    public static func checkCanWrite(_ url: URL, overwrite: Bool) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: url.path, isDirectory: &isFolder) {
            if isFolder.boolValue { throw Refused(path: url.path, reason: "is a folder, not a file", category: .invalidInput) }
            if !overwrite { throw Refused(path: url.path, reason: "already exists; use --force to replace it") }
        }
        let folder = url.deletingLastPathComponent()
        guard manager.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw InputFiles.Missing(path: folder.path, reason: "no such folder")
        }
        guard access(folder.path, W_OK) == 0 else {
            throw Refused(path: url.path, reason: "cannot be written: the folder is not writable", category: .notPermitted)
        }
    }

    /// Streams what `body` writes into `url`. Refuses to replace an existing file unless `overwrite`.
    @discardableResult
    public static func write<Result>(
        to url: URL, overwrite: Bool, permissions: Int16 = 0o600, _ body: (_ write: @escaping (String) throws -> Void) throws -> Result
    ) throws -> Result {
        let manager = FileManager.default
        try checkCanWrite(url, overwrite: overwrite)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        guard manager.createFile(atPath: temporary.path, contents: nil, attributes: [.posixPermissions: permissions]) else {
            throw Refused(path: url.path, reason: "cannot be written", category: .notPermitted)
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            var pending = Data()
            let result = try body { text in
                pending.append(contentsOf: text.utf8)
                if pending.count >= 1 << 16 {
                    try handle.write(contentsOf: pending)
                    pending.removeAll(keepingCapacity: true)
                }
            }
            try handle.write(contentsOf: pending)
            try handle.synchronize()
            try handle.close()
            // rename(2) replaces the target atomically.
            guard Foundation.rename(temporary.path, url.path) == 0 else {
                throw Refused(path: url.path, reason: String(cString: strerror(errno)))
            }
            return result
        } catch {
            try? manager.removeItem(at: temporary)
            throw error
        }
    }
}
