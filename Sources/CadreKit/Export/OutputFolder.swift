public import Foundation
import Synchronization

/// A folder Cadre writes generated pages into. File names derived from user data are made
/// safe here — no separators, no `..`, nothing outside the folder — and every file is written
/// atomically.
public struct OutputFolder: Sendable {
    public let url: URL
    /// When false, files are written atomically but made durable together by ``flush()``
    /// (one sync(2) instead of an fsync per file: 16,000 sign-in sheets spent a quarter of
    /// their time waiting for the disk).
    public let syncEachFile: Bool
    private let path: String
    /// Set once the folder is known to exist, so writing thousands of files does not ask
    /// the file system about the folder before each one.
    private let created = Flag()

    private final class Flag: Sendable {
        private let value = Atomic(false)
        var isSet: Bool {
            get { value.load(ordering: .acquiring) }
            set { value.store(newValue, ordering: .releasing) }
        }
    }

    /// Refuses a path that is a file. The folder (and its parents) is created by the first
    /// write, so a command that fails before writing anything leaves no empty folder behind.
    public init(_ url: URL, syncEachFile: Bool = true) throws {
        self.syncEachFile = syncEachFile
        // Resolve `..` first, so `deep/../sheets` creates `sheets` and never `deep`.
        self.url = url.standardizedFileURL
        self.path = self.url.path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: self.url.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw AtomicFile.Refused(path: self.url.path, reason: "is a file, not a folder", category: .invalidInput)
        }
    }

    /// The one rule for every command that writes a folder of pages: a folder that already
    /// holds files is written into only when the user said so (`--force`), which replaces
    /// the pages of the same name and leaves the others. Checked before anything is written.
    public func checkCanFill(replacing: Bool) throws {
        guard !replacing, let entries = try? FileManager.default.contentsOfDirectory(atPath: path),
            entries.contains(where: { !$0.hasPrefix(".") })
        else { return }
        throw AtomicFile.Refused(path: path, reason: "already holds files; use --force to write into it (pages of the same name are replaced)")
    }

    /// A folder inside this one, named from data (made safe). It is never reached through a
    /// symbolic link: `site/events -> /elsewhere` would otherwise carry pages out of the
    /// folder the user chose.
    public func subfolder(_ name: String) throws -> OutputFolder {
        let child = OutputFolder(checked: url.appendingPathComponent(Self.safeName(name)), syncEachFile: syncEachFile)
        var status = stat()
        if lstat(child.path, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else {
                let what = status.st_mode & S_IFMT == S_IFLNK ? "is a symbolic link; Cadre never writes through links inside an output folder" : "is a file, not a folder"
                throw AtomicFile.Refused(path: child.path, reason: what, category: .invalidInput)
            }
        }
        return child
    }

    private init(checked url: URL, syncEachFile: Bool) {
        self.url = url
        self.path = url.path
        self.syncEachFile = syncEachFile
    }

    /// Creates the folder now, for callers that put files in it by other means.
    public func create() throws {
        guard !created.isSet else { return }
        defer { created.isSet = true }
        var isFolder: ObjCBool = false
        guard !FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            guard isFolder.boolValue else { throw AtomicFile.Refused(path: url.path, reason: "is a file, not a folder", category: .invalidInput) }
            return
        }
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw AtomicFile.Refused(path: url.path, reason: "cannot be created (\(Self.why(error)))", category: .notPermitted)
        }
    }

    /// A file name made from user data: letters, digits, `-`, `_` and `.` kept, anything else
    /// `_`; never empty, never starting with a dot.
    public static func safeName(_ raw: String) -> String {
        var name = String(raw.unicodeScalars.map { scalar -> Character in
            let allowed = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "-" || scalar == "_" || scalar == "."
            return allowed ? Character(scalar) : "_"
        })
        while name.hasPrefix(".") { name = "_" + name.dropFirst() }
        if name.isEmpty { name = "_" }
        return String(name.prefix(200))
    }

    /// Writes `text` to `name` (made safe) inside the folder, replacing any old file atomically.
    public func write(_ name: String, _ text: String, permissions: Int16 = 0o600) throws {
        // A safe name is letters, digits, `-`, `_` and `.`, never starting with a dot: one
        // path component that can only name a file directly inside the folder.
        try create()
        try AtomicFile.write(text, toPath: path + "/" + Self.safeName(name), permissions: permissions, sync: syncEachFile)
    }

    /// Makes every file written so far durable (for folders made with `syncEachFile: false`):
    /// sync(2), which on Linux returns once everything written is on disk. (`syncfs`, limited
    /// to this file system, is not visible to Swift without _GNU_SOURCE.)
    public func flush() {
        guard !syncEachFile else { return }
        sync()
    }

    /// The system's reason a folder could not be made, in its own short words.
    static func why(_ error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        return underlying.map { String(cString: strerror(Int32($0.code))) } ?? "not possible here"
    }
}
