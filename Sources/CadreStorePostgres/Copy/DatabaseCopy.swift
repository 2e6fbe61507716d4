public import CadreModel
public import CadreStore
import Foundation

/// `cadre copy`: every record of one engine's database into a new (or empty) database of the
/// other, in one transaction on the target — all of it or nothing — read from one snapshot of
/// the source. Rows keep their ids and keys, so the copy reads, through the store, exactly as
/// the source does (the tests compare their logical dumps).
///
/// The tables and their columns are PostgreSQL's (its schema names every column SQLite's has,
/// and the audit log's `rowid`, which SQLite keeps unasked); they are copied parents first,
/// with foreign keys deferred to the commit so rows pointing at later rows of their own table
/// copy as they are. Rows go in through each engine's bulk path (``RowAppender``), and each
/// table is read back from the target before the commit and compared with the source
/// (``RowDigest``).
public enum DatabaseCopy {
    public struct Summary: Sendable, Codable, Equatable {
        public let tables: Int
        public let rows: Int
    }

    /// One table to copy: its name and columns, from PostgreSQL's catalogue.
    struct Table {
        let name: String
        let columns: [String]
    }

    /// Copies the SQLite file at `path` into the PostgreSQL database `conninfo` reaches, which
    /// must be empty or hold a Cadre schema without records. `progress` hears each table copied.
    public static func copy(file path: String, toServer conninfo: String, progress: (String) -> Void = { _ in }) throws -> Summary {
        let source = try Database.open(at: path)
        defer { source.close() }
        let target = try PostgresConnection.open(conninfo)
        defer { target.close() }
        try prepareEmptyServer(target)
        let tables = try layout(of: target)
        try requireSameLayout(tables, as: source)
        let summary = try source.read { source in
            try target.transaction { target in
                try target.execute("SET CONSTRAINTS ALL DEFERRED")
                let rows = try copy(
                    tables, to: target, progress: progress, read: { sql, body in try source.forEachRow(sql, [], body) },
                    readBack: { sql, body in try forEachRowInBatches(target, sql, body) })
                try resetIdentities(of: target)
                return Summary(tables: tables.count, rows: rows)
            }
        }
        return summary
    }

    /// Copies the PostgreSQL database `conninfo` reaches into a new SQLite file at `path`;
    /// nothing is left at `path` when it fails.
    public static func copy(server conninfo: String, toFile path: String, progress: (String) -> Void = { _ in }) throws -> Summary {
        let source = try PostgresConnection.open(conninfo)
        defer { source.close() }
        guard try source.scalar("SELECT to_regclass('cadre_migration') IS NOT NULL").intValue == 1 else {
            throw PostgresStoreError.noSchema(target: source.target)
        }
        try PostgresMigrations.migrate(source)
        let tables = try layout(of: source)
        let target = try Database.open(at: path, mode: .create)
        do {
            try requireSameLayout(tables, as: target)
            let summary = try source.transaction(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { source in
                try target.write { target in
                    try target.execute("PRAGMA defer_foreign_keys = ON")
                    let rows = try copy(
                        tables, to: target, progress: progress, read: { sql, body in try forEachRowInBatches(source, sql, body) },
                        readBack: { sql, body in try target.forEachRow(sql, [], body) })
                    return Summary(tables: tables.count, rows: rows)
                }
            }
            target.close()
            return summary
        } catch {
            target.close()
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            throw error
        }
    }

    /// Empties the target's tables (the reference data its migrations seeded comes again from
    /// the source), then copies each table and checks it: read back from the target in the order
    /// of all its columns, it must give the same digest as the source read in that order.
    private static func copy<Target: SQLConnection>(
        _ tables: [Table], to target: Target, progress: (String) -> Void, read: (String, (Row) throws -> Void) throws -> Void,
        readBack: (String, (Row) throws -> Void) throws -> Void
    ) throws -> Int {
        for table in tables.reversed() { try target.execute("DELETE FROM \(table.name)") }
        var total = 0
        for table in tables {
            let appender = try target.appender(into: table.name, columns: table.columns)
            var count = 0
            try read("SELECT \(table.columns.joined(separator: ", ")) FROM \(table.name)") { row in
                try appender.append(row.values)
                count += 1
            }
            try appender.finish()
            // Both engines order NULL first, text and bytes byte by byte ("C" collation), so the
            // same rows come back in the same order from either.
            let ordered = "SELECT \(table.columns.joined(separator: ", ")) FROM \(table.name) ORDER BY "
                + table.columns.map { "\($0) NULLS FIRST" }.joined(separator: ", ")
            var (sent, stored) = (RowDigest(), RowDigest())
            try read(ordered) { sent.add($0.values) }
            try readBack(ordered) { stored.add($0.values) }
            guard sent == stored, sent.rows == count else { throw Mismatch(table: table.name, read: count, stored: stored.rows) }
            if count > 0 { progress("\(table.name): \(count) rows") }
            total += count
        }
        return total
    }

    /// The copied tables, parents before children, with their columns: every table of the
    /// schema but the migrations' own.
    static func layout(of connection: PostgresConnection) throws -> [Table] {
        var columns: [String: [String]] = [:]
        try connection.forEachRow(
            """
            SELECT table_name::text, column_name::text FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name <> 'cadre_migration' ORDER BY table_name, ordinal_position
            """, []
        ) { row in columns[row.string(at: 0) ?? "", default: []].append(row.string(at: 1) ?? "") }
        var parents: [String: Set<String>] = [:]
        try connection.forEachRow(
            """
            SELECT c.relname::text, r.relname::text FROM pg_constraint AS k JOIN pg_class AS c ON c.oid = k.conrelid
            JOIN pg_class AS r ON r.oid = k.confrelid JOIN pg_namespace AS n ON n.oid = c.relnamespace
            WHERE k.contype = 'f' AND n.nspname = current_schema()
            """, []
        ) { row in
            let (child, parent) = (row.string(at: 0) ?? "", row.string(at: 1) ?? "")
            if child != parent { parents[child, default: []].insert(parent) }
        }
        var ordered: [Table] = []
        var placed: Set<String> = []
        var waiting = columns.keys.sorted()
        while !waiting.isEmpty {
            let ready = waiting.filter { parents[$0, default: []].isSubset(of: placed) }
            // A cycle between tables (none today) would copy in name order, keys deferred.
            let next = ready.isEmpty ? [waiting[0]] : ready
            for name in next { ordered.append(Table(name: name, columns: columns[name] ?? [])) }
            placed.formUnion(next)
            waiting.removeAll { placed.contains($0) }
        }
        return ordered
    }

    /// Refuses to copy when the two schemas do not hold the same tables and columns (a column
    /// one engine lacks would be lost without a word).
    private static func requireSameLayout(_ tables: [Table], as database: Database) throws {
        var sqlite: [String: Set<String>] = [:]
        for table in try database.rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'cadre_migration'") {
            let name = table.string(at: 0) ?? ""
            sqlite[name] = Set(try database.rows("SELECT name FROM pragma_table_info(?)", [name]).compactMap { $0.string(at: 0) })
        }
        let server = Dictionary(uniqueKeysWithValues: tables.map { ($0.name, Set($0.columns).subtracting(["rowid"])) })
        guard sqlite == server else {
            let differing = Set(sqlite.keys).union(server.keys).filter { sqlite[$0] != server[$0] }.sorted()
            throw LayoutDiffers(tables: differing)
        }
    }

    /// A server database may take a copy when it holds no tables (Cadre's schema is made) or
    /// Cadre's schema without records (`cadre init` was run). Merging a second database into one
    /// that has records is not what a copy does.
    private static func prepareEmptyServer(_ connection: PostgresConnection) throws {
        if try connection.scalar("SELECT to_regclass('cadre_migration') IS NOT NULL").intValue != 1 {
            let tables = try connection.scalar("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").intValue ?? 0
            if tables > 0 { throw PostgresStoreError.notEmpty(target: connection.target) }
        }
        try PostgresMigrations.migrate(connection)
        let held = try ["course", "centre", "venue", "trainer", "trainee", "training_event", "app_user", "audit_log"].filter {
            try connection.scalar("SELECT count(*) FROM \($0)").intValue ?? 0 > 0
        }
        if !held.isEmpty { throw HoldsRecords(target: connection.target, tables: held) }
    }

    /// Sets each identity column's next value past the copied keys, so new rows do not collide.
    private static func resetIdentities(of connection: PostgresConnection) throws {
        let identities = try connection.rows(
            "SELECT table_name::text, column_name::text FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'")
        for identity in identities {
            let (table, column) = (identity.string(at: 0) ?? "", identity.string(at: 1) ?? "")
            try connection.execute(
                "SELECT setval(pg_get_serial_sequence(?, ?), coalesce((SELECT max(\(column)) FROM \(table)), 0) + 1, false)", [table, column])
        }
    }

    /// Reads a query's rows a batch at a time through a cursor, so a table of millions is never
    /// held whole. Inside the caller's transaction.
    private static func forEachRowInBatches(_ connection: PostgresConnection, _ sql: String, _ body: (Row) throws -> Void) throws {
        try connection.execute("DECLARE cadre_copy NO SCROLL CURSOR FOR \(sql)")
        while true {
            let rows = try connection.rows("FETCH 20000 FROM cadre_copy")
            for row in rows { try body(row) }
            if rows.count < 20000 { break }
        }
        try connection.execute("CLOSE cadre_copy")
    }

    /// A table's rows read back from the target are not the rows read from the source: the copy
    /// is not committed.
    struct Mismatch: CadreError {
        let table: String
        let read: Int
        let stored: Int
        var category: ErrorCategory { .failure }
        var description: String {
            "copying \(table): the \(stored) rows stored do not read back as the \(read) rows read; nothing was copied"
        }
    }

    /// The engines' schemas differ: this Cadre's two schemas disagree, and nothing is copied.
    struct LayoutDiffers: CadreError {
        let tables: [String]
        var category: ErrorCategory { .failure }
        var description: String { "the SQLite and PostgreSQL schemas differ in \(tables.joined(separator: ", ")); nothing was copied" }
    }

    /// The target already holds records.
    public struct HoldsRecords: CadreError {
        public let target: String
        public let tables: [String]
        public var category: ErrorCategory { .conflict }
        public var description: String {
            "'\(target)' already holds records (\(tables.joined(separator: ", "))); 'cadre copy' fills an empty database and does not merge. Nothing was copied"
        }
    }
}
