import Foundation

/// Writes an output folder's files on a second thread while the caller renders the next
/// ones: creating thousands of files is mostly the kernel's work, and on two cores it
/// overlaps with rendering instead of adding to it (or, `inBackground: false`, on the
/// threads that hand the pages over).
///
/// Files are written atomically, readable by their owner only, as by
/// ``OutputFolder/write(_:_:permissions:)``; at most 64 rendered pages wait in memory. The
/// first failure stops the writing and is thrown by the next ``write(_:_:)`` or at the end
/// of ``writing(into:_:)``. A folder that does not exist yet is staged (``StagedFolder``):
/// it appears, complete and durable, when the writing succeeds, and not at all otherwise.
public final class BackgroundWriter: Sendable {
    private static let capacity = 64
    private let folder: OutputFolder
    private let folderPath: String
    private let staged: StagedFolder?
    /// Nil when pages are written on the caller's thread.
    private let pages: Handoff<(name: String, text: String)>?

    /// Runs `body` with a writer and waits until every file it handed over is written. If
    /// `body` throws, files still waiting are dropped and the error rethrown.
    ///
    /// `inBackground: false` writes each page on the thread that hands it over: certificates
    /// are rendered on both cores, and a third thread for the files cost more than it saved
    /// (`Scripts/bench-pipelines.sh`; sign-in sheets, rendered on one, gain 1.8× from it).
    public static func writing<Result>(
        into folder: OutputFolder, inBackground: Bool = true, _ body: (BackgroundWriter) throws -> Result
    ) throws -> Result {
        #if CADRE_SEQUENTIAL_WRITER  // Scripts/bench-pipelines.sh: what the writing thread earns
        let inBackground = false
        #endif
        let writer = BackgroundWriter(folder, inBackground: inBackground)
        let thread = writer.pages.map { pages in
            SecondThread { [staged = writer.staged, folderPath = writer.folderPath, sync = folder.syncEachFile] in
                while let (name, text) = pages.take() {
                    do {
                        try write(name, text, staged: staged, folderPath: folderPath, sync: sync)
                    } catch {
                        pages.fail(error)
                    }
                }
            }
        }
        let result: Result
        do {
            result = try body(writer)
        } catch {
            writer.pages?.fail(error)
            thread?.join()
            writer.staged?.discard()
            throw error
        }
        writer.pages?.close()
        thread?.join()
        if let failure = writer.pages?.failure {
            writer.staged?.discard()
            throw failure
        }
        try writer.staged?.publish()
        return result
    }

    private static func write(_ name: String, _ text: String, staged: StagedFolder?, folderPath: String, sync: Bool) throws {
        if let staged {
            try staged.write(name, text, permissions: 0o600, sync: sync)
        } else {
            try AtomicFile.write(text, toPath: folderPath + "/" + name, permissions: 0o600, sync: sync)
        }
    }

    private init(_ folder: OutputFolder, inBackground: Bool) {
        self.folder = folder
        pages = inBackground ? Handoff(capacity: Self.capacity) : nil
        folderPath = folder.url.path
        staged = StagedFolder(for: folder)
    }

    /// Hands `text` over to be written to `name` (made safe) in the folder; waits while
    /// the queue is full.
    public func write(_ name: String, _ text: String) throws {
        // Like OutputFolder, the folder is made by the first file: a command that fails
        // before writing anything leaves no empty folder behind.
        if let staged { try staged.create() } else { try folder.create() }
        guard let pages else {
            return try Self.write(OutputFolder.safeName(name), text, staged: staged, folderPath: folderPath, sync: folder.syncEachFile)
        }
        try pages.put((OutputFolder.safeName(name), text))
    }
}
