import Foundation

/// Writes an output folder's files on a second thread while the caller renders the next
/// ones: creating thousands of files is mostly the kernel's work, and on two cores it
/// overlaps with rendering instead of adding to it.
///
/// Files are written atomically, readable by their owner only, as by
/// ``OutputFolder/write(_:_:permissions:)``; at most 64 rendered pages wait in memory. The first failure stops the writing and is
/// thrown by the next ``write(_:_:)`` or at the end of ``writing(into:_:)``.
public final class BackgroundWriter: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [(path: String, text: String)] = []
    private var head = 0
    private var closed = false
    private var done = false
    private(set) var failure: (any Error)?
    private let capacity = 64
    private let folder: OutputFolder
    private let folderPath: String

    /// Runs `body` with a writer on its own thread and waits until every file it handed over
    /// is written. If `body` throws, files still waiting are dropped and the error rethrown.
    public static func writing<Result>(into folder: OutputFolder, _ body: (BackgroundWriter) throws -> Result) throws -> Result {
        let writer = BackgroundWriter(folder)
        let result: Result
        do {
            result = try body(writer)
        } catch {
            writer.stop(discarding: true)
            throw error
        }
        writer.stop(discarding: false)
        if let failure = writer.failure { throw failure }
        return result
    }

    private init(_ folder: OutputFolder) {
        self.folder = folder
        folderPath = folder.url.path
        Thread.detachNewThread { [self] in run() }
    }

    /// Hands `text` over to be written to `name` (made safe) in the folder; waits while
    /// the queue is full.
    public func write(_ name: String, _ text: String) throws {
        // Like OutputFolder, the folder is made by the first file: a command that fails
        // before writing anything leaves no empty folder behind.
        try folder.create()
        let path = folderPath + "/" + OutputFolder.safeName(name)
        condition.lock()
        defer { condition.unlock() }
        while queue.count - head >= capacity && failure == nil { condition.wait() }
        if let failure { throw failure }
        queue.append((path, text))
        condition.broadcast()
    }

    /// Waits until the files handed over are written (or dropped), then lets the thread end.
    private func stop(discarding: Bool) {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        if discarding { head = queue.count }
        condition.broadcast()
        while !done { condition.wait() }
    }

    private func run() {
        while let (path, text) = next() {
            do {
                try AtomicFile.write(text, toPath: path, permissions: 0o600, sync: folder.syncEachFile)
            } catch {
                condition.lock()
                failure = error
                condition.broadcast()
                condition.unlock()
            }
        }
    }

    /// The next file to write, or nil once closed and drained (or failed).
    private func next() -> (String, String)? {
        condition.lock()
        defer { condition.unlock() }
        while head == queue.count && !closed && failure == nil { condition.wait() }
        guard failure == nil, head < queue.count else {
            done = true
            condition.broadcast()
            return nil
        }
        let item = queue[head]
        head += 1
        if head >= capacity {
            queue.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
    }
}
