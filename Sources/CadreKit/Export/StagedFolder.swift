import Foundation
import Synchronization

/// An output folder that does not exist yet, filled in a hidden sibling and made to appear
/// whole by one rename(2): nobody ever sees it half-written, a failure leaves nothing
/// behind, and each file is a plain create — no temporary name and rename per file, which
/// cost thousands of pages a third more than writing them.
struct StagedFolder: Sendable {
    /// Where the folder will appear.
    let finalPath: String
    /// The hidden sibling the files are written into.
    let path: String
    private let created = Flag()

    private final class Flag: Sendable {
        private let value = Atomic(false)
        var isSet: Bool {
            get { value.load(ordering: .acquiring) }
            set { value.store(newValue, ordering: .releasing) }
        }
    }

    /// Nil when the folder exists already: its files are then replaced one by one.
    init?(for folder: OutputFolder) {
        guard !FileManager.default.fileExists(atPath: folder.url.path) else { return nil }
        let parent = folder.url.deletingLastPathComponent().path
        finalPath = folder.url.path
        path = (parent.hasSuffix("/") ? parent : parent + "/") + ".\(folder.url.lastPathComponent).\(getpid()).partial"
    }

    /// Creates the hidden folder (and the final one's parents) before the first file.
    func create() throws {
        guard !created.isSet else { return }
        let parent = URL(fileURLWithPath: finalPath).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw AtomicFile.Refused(path: finalPath, reason: "cannot be created", category: .notPermitted)
        }
        var made = mkdir(path, 0o700) == 0
        if !made, errno == EEXIST {
            // A run killed with this process id left its hidden folder behind: it is garbage.
            try? FileManager.default.removeItem(atPath: path)
            made = mkdir(path, 0o700) == 0
        }
        guard made else {
            throw AtomicFile.Refused(path: finalPath, reason: "cannot be created (\(String(cString: strerror(errno))))", category: .notPermitted)
        }
        created.isSet = true
    }

    /// Writes a new file into the hidden folder. A name given twice replaces the first file,
    /// as it would in a folder that existed.
    func write(_ name: String, _ text: String, permissions: Int16, sync: Bool) throws {
        let file = path + "/" + name
        guard let failure = AtomicFile.createNew(text, atPath: file, permissions: permissions, sync: sync) else { return }
        guard failure.exists else { throw AtomicFile.Refused(path: finalPath + "/" + name, reason: failure.reason) }
        try AtomicFile.write(text, toPath: file, permissions: permissions, sync: sync)
    }

    /// Makes the files durable (sync(2)) and then the folder appear. Refused if something
    /// else made the folder meanwhile (rename(2) only replaces an empty one).
    func publish() throws {
        guard created.isSet else { return }
        sync()
        guard rename(path, finalPath) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw AtomicFile.Refused(path: finalPath, reason: "appeared while it was being written (\(reason))")
        }
    }

    /// Removes the hidden folder and what was written into it.
    func discard() {
        guard created.isSet else { return }
        try? FileManager.default.removeItem(atPath: path)
    }
}
