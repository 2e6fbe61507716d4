public import CadreModel
import Foundation

/// Open stores kept between requests: a request takes an idle one (or opens one when none is
/// idle) and gives it back when it closes it, so the server opens the database and checks its
/// schema once per connection rather than once per request. At most `capacity` idle stores are
/// kept; more are closed as they come back.
///
/// A kept store is given out again only while `fingerprint` still says what it said when the
/// store was opened — for SQLite, the database file's device and inode — so a file replaced or
/// removed behind the server's back (a restore from backup) is opened anew, never written
/// through an old handle, and a database that is gone fails the request as it did unpooled.
public final class StorePool: @unchecked Sendable {
    private let open: () throws -> any Store
    private let fingerprint: () -> String?
    /// Whether a store coming back should be closed rather than kept: SQLite checkpoints its
    /// write-ahead log when a connection closes, so a server that kept every connection open
    /// would let the log grow without end.
    private let retire: () -> Bool
    private let capacity: Int
    private let lock = NSLock()
    private var idle: [(store: any Store, fingerprint: String?)] = []
    /// Stores opened so far (for tests and the bench).
    public private(set) var opened = 0

    public init(
        capacity: Int = 8, fingerprint: @escaping () -> String? = { nil }, retire: @escaping () -> Bool = { false },
        open: @escaping () throws -> any Store
    ) {
        self.capacity = capacity
        self.fingerprint = fingerprint
        self.retire = retire
        self.open = open
    }

    /// A store for one request: closing it gives it back to the pool.
    public func checkout() throws -> (store: any Store, giveBack: (any Store) -> Void) {
        let current = fingerprint()
        let kept: (any Store)? = lock.withLock {
            while let last = idle.popLast() {
                if last.fingerprint == current { return last.store }
                last.store.close()
            }
            return nil
        }
        if let kept { return (kept, { self.giveBack($0, fingerprint: current) }) }
        let store = try open()
        lock.withLock { opened += 1 }
        return (store, { self.giveBack($0, fingerprint: current) })
    }

    private func giveBack(_ store: any Store, fingerprint: String?) {
        if retire() { return store.close() }
        let keep = lock.withLock {
            guard idle.count < capacity else { return false }
            idle.append((store, fingerprint))
            return true
        }
        if !keep { store.close() }
    }

    /// Which file `path` is now (its device and inode), or nil when there is none: the
    /// fingerprint of a store kept in a file.
    public static func fileIdentity(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return "\(status.st_dev):\(status.st_ino)"
    }

    /// Closes every idle store (when the server stops).
    public func drain() {
        let stores = lock.withLock {
            defer { idle.removeAll() }
            return idle.map(\.store)
        }
        stores.forEach { $0.close() }
    }
}
