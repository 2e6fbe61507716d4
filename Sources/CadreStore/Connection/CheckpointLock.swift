import Foundation

/// Keeps checkpoints and writes apart, across processes.
///
/// SQLite up to 3.51.2 (Debian 12 ships 3.40.1) has the "WAL-reset bug": when a checkpoint
/// starts just as another connection's commit resets the WAL, the checkpoint can miss the
/// reset and a later checkpoint can skip frames, losing committed pages (sqlite.org/wal.html,
/// "WAL-reset bug"). It needs a checkpoint racing a writer in another connection. Cadre makes
/// that impossible for its own processes: automatic checkpoints are off on every connection,
/// every write transaction holds a shared `flock` on `<database>-lock`, and a checkpoint runs
/// only under the exclusive lock, so it never overlaps a write. (SQLite's own checkpoint when
/// the last connection closes takes an exclusive lock on the database file, which excludes
/// writers too.) We chose this over "checkpoint only when idle" because it needs no guessing
/// about other processes, and over a newer bundled SQLite because the project links the
/// system library.
package final class CheckpointLock {
    private let descriptor: Int32

    package init?(databasePath: String) {
        let descriptor = open(databasePath + "-lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Held by writers: any number at once.
    package func lockShared() { lock(LOCK_SH) }

    /// Held by a checkpoint: waits until no writer holds the shared lock.
    package func lockExclusive() { lock(LOCK_EX) }

    package func unlock() { _ = flock(descriptor, LOCK_UN) }

    private func lock(_ operation: Int32) {
        while flock(descriptor, operation) != 0 && errno == EINTR {}
    }
}
