import CLibPQ
package import CadreModel
public import CadreStore
import Foundation

/// One connection to a PostgreSQL server through libpq: statements with bound parameters
/// only (`PQexecParams`, every value sent apart from the SQL text), results read as the
/// same ``SQLValue``s the SQLite store reads, and transactions that are all or nothing.
///
/// Statements are written as for SQLite, with `?` for each parameter; the connection numbers
/// them (`$1`, `$2`, …) for PostgreSQL (``PostgresPlaceholders``). A UUID is sent as PostgreSQL
/// writes a `uuid`, and a `uuid` column reads back as its 16 bytes, as SQLite keeps it.
public final class PostgresConnection {
    private(set) var handle: OpaquePointer?
    /// Statements prepared on this connection, by their text (see ``preparedName``).
    private var prepared: [String: String] = [:]
    private static let preparedLimit = 1000
    /// Rows the last INSERT, UPDATE or DELETE changed (`PQcmdTuples`).
    public private(set) var changes = 0
    /// Rows written into each table through this connection since its statistics were last
    /// brought up to date (see ``keepStatistics(after:)``).
    private var written: [String: Int] = [:]
    /// Where it connects, without a password (for messages).
    public let target: String

    private init(handle: OpaquePointer, target: String) {
        self.handle = handle
        self.target = target
    }

    deinit { close() }

    /// Connects with a libpq connection string or URI (`postgresql://cadre@db.example/cadre`,
    /// `host=/run/postgresql dbname=cadre`). The password comes from `PGPASSWORD` or
    /// `~/.pgpass`, as libpq reads them, never from Cadre's command line. The session speaks
    /// UTF-8 and UTC whatever the server's defaults, keeps its notices to itself and does not
    /// compile queries (JIT).
    public static func open(_ conninfo: String) throws -> PostgresConnection {
        guard let handle = PQconnectdb(conninfo) else {
            throw PostgresError(sqlState: "08000", message: "libpq could not allocate a connection", sql: nil)
        }
        let target = Self.describe(handle)
        guard PQstatus(handle) == CONNECTION_OK else {
            let message = String(cString: PQerrorMessage(handle)).trimmingCharacters(in: .whitespacesAndNewlines)
            PQfinish(handle)
            throw PostgresError(sqlState: "08001", message: message, sql: nil)
        }
        let connection = PostgresConnection(handle: handle, target: target)
        try connection.execute("SET client_encoding = 'UTF8'")
        try connection.execute("SET TIME ZONE 'UTC'")
        // The server's notices ("relation … already exists, skipping") are not for users.
        try connection.execute("SET client_min_messages = warning")
        // Compiling a query to machine code pays only for long analytical scans; Cadre's
        // queries are short or read a report's rows once, and the report's participations cost
        // 470 ms of compiling for 110 ms of running (20,000 enrolments).
        try connection.execute("SET jit = off")
        return connection
    }

    public func close() {
        if let handle { PQfinish(handle) }
        handle = nil
    }

    /// The server's version as a number: 150018 for 15.18.
    public var serverVersion: Int { handle.map { Int(PQserverVersion($0)) } ?? 0 }

    /// Whether the connection is still usable (false once the server went away).
    public var isOpen: Bool { handle.map { PQstatus($0) == CONNECTION_OK } ?? false }

    // MARK: Statements

    public func execute(_ sql: String, _ parameters: [any SQLBindable] = []) throws {
        _ = try run(sql, parameters)
    }

    /// Runs several statements with no parameters at all — a migration's DDL — in PostgreSQL's
    /// simple protocol, which allows more than one statement a call.
    public func executeScript(_ sql: String) throws {
        guard let handle else { throw PostgresError(sqlState: "08003", message: "the connection is closed", sql: sql) }
        let result = PQexec(handle, sql)
        defer { PQclear(result) }
        let status = result.map(PQresultStatus) ?? PGRES_FATAL_ERROR
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            throw PostgresError(result: result, connection: handle, sql: String(sql.prefix(200)))
        }
    }

    /// Every row of the result, each value as SQLite's store would read it.
    public func rows(_ sql: String, _ parameters: [any SQLBindable] = []) throws -> [Row] {
        try run(sql, parameters).rows
    }

    public func row(_ sql: String, _ parameters: [any SQLBindable] = []) throws -> Row? {
        try rows(sql, parameters).first
    }

    public func forEachRow(_ sql: String, _ parameters: [any SQLBindable] = [], _ body: (Row) throws -> Void) throws {
        for row in try rows(sql, parameters) { try body(row) }
    }

    /// The first column of the first row, or `.null` when there is none.
    public func scalar(_ sql: String, _ parameters: [any SQLBindable] = []) throws -> SQLValue {
        try row(sql, parameters)?.values.first ?? .null
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws
    /// (or when the commit fails), so nothing of it is half written.
    public func transaction<Result>(serializable: Bool = false, _ body: (PostgresConnection) throws -> Result) throws -> Result {
        try transaction(begin: serializable ? "BEGIN ISOLATION LEVEL SERIALIZABLE" : "BEGIN", body)
    }

    /// The same, begun with `begin` (e.g. `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`
    /// for one snapshot).
    public func transaction<Result>(begin: String, _ body: (PostgresConnection) throws -> Result) throws -> Result {
        try execute(begin)
        do {
            let result = try body(self)
            try execute("COMMIT")
            return result
        } catch {
            if isOpen { try? execute("ROLLBACK") }
            throw error
        }
    }

    // MARK: Inside

    private struct Outcome {
        var rows: [Row]
    }

    private func run(_ sql: String, _ parameters: [any SQLBindable]) throws -> Outcome {
        guard let handle else { throw PostgresError(sqlState: "08003", message: "the connection is closed", sql: sql) }
        let text = PostgresPlaceholders.numbered(sql)
        let values = parameters.map(Self.parameterText)
        // Each value as a C string that lives until the call returns; nil is SQL NULL.
        let cStrings: [UnsafeMutablePointer<CChar>?] = values.map { $0.flatMap { strdup($0) } }
        defer { cStrings.forEach { free($0) } }
        let prepared = try preparedName(sql, numbered: text, parameterCount: values.count, handle: handle)
        let result = cStrings.map { UnsafePointer($0) }.withUnsafeBufferPointer { pointers in
            if let prepared {
                PQexecPrepared(handle, prepared, Int32(values.count), pointers.baseAddress, nil, nil, 0)
            } else {
                PQexecParams(handle, text, Int32(values.count), nil, pointers.baseAddress, nil, nil, 0)
            }
        }
        defer { PQclear(result) }
        let status = result.map(PQresultStatus) ?? PGRES_FATAL_ERROR
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            throw PostgresError(result: result, connection: handle, sql: sql)
        }
        changes = result.flatMap { Int(String(cString: PQcmdTuples($0))) } ?? 0
        if changes > 0 { try keepStatistics(after: sql) }
        guard status == PGRES_TUPLES_OK, let result else { return Outcome(rows: []) }
        let columns = Int(PQnfields(result))
        let names = (0..<columns).map { String(cString: PQfname(result, Int32($0))) }
        let types = (0..<columns).map { PQftype(result, Int32($0)) }
        var rows: [Row] = []
        for row in 0..<Int(PQntuples(result)) {
            let values = (0..<columns).map { column -> SQLValue in
                guard PQgetisnull(result, Int32(row), Int32(column)) == 0 else { return .null }
                let length = Int(PQgetlength(result, Int32(row), Int32(column)))
                let bytes = UnsafeRawBufferPointer(start: PQgetvalue(result, Int32(row), Int32(column)), count: length)
                return PostgresValue.read(String(decoding: bytes, as: UTF8.self), type: types[column])
            }
            rows.append(Row(columns: names, values: values))
        }
        return Outcome(rows: rows)
    }

    /// Has a table analysed once a thousand rows, then four, sixteen… thousand have been written
    /// into it through this connection, inside the transaction too (ANALYZE counts the
    /// transaction's own rows): the statements an import runs between its writes (is this person
    /// enrolled? what clashes?) are then planned for the table as it is. Planned for the empty
    /// table the import started with, each scanned the whole growing table — 400,000 marks took
    /// 48 s, not 10, and the clash check of each enrolment grew with every row.
    func keepStatistics(after sql: String) throws {
        // "INSERT INTO t …", "DELETE FROM t …", "UPDATE t …": the stores' own statements.
        let words = sql.split(whereSeparator: \.isWhitespace).prefix(3)
        let table: Substring? = switch words.first?.uppercased() {
        case "INSERT", "DELETE": words.count > 2 ? words[2] : nil
        case "UPDATE": words.count > 1 ? words[1] : nil
        default: nil
        }
        guard let table, table.allSatisfy({ $0.isLetter || $0 == "_" }) else { return }
        let before = written[String(table), default: 0]
        let after = before + changes
        written[String(table)] = after
        var threshold = 1_000
        while threshold <= before { threshold *= 4 }
        guard after >= threshold else { return }
        // The caller reads `changes` of its own statement, not of the ANALYZE.
        let changed = changes
        defer { changes = changed }
        try execute("ANALYZE \(table)")
    }

    /// The name the server knows `sql` by, preparing it the first time: a statement run again
    /// skips its parsing and planning, as SQLite's cached statements do. Only queries and
    /// changes are prepared (PostgreSQL prepares nothing else), and at most ``preparedLimit``
    /// texts per connection; the rest run as they come.
    private func preparedName(_ sql: String, numbered: String, parameterCount: Int, handle: OpaquePointer) throws -> String? {
        if let name = prepared[sql] { return name }
        let verb = sql.drop { $0.isWhitespace }.prefix(7).uppercased()
        guard ["SELECT", "INSERT", "UPDATE", "DELETE", "WITH"].contains(where: { verb.hasPrefix($0) }), prepared.count < Self.preparedLimit
        else { return nil }
        let name = "cadre_\(prepared.count)"
        let result = PQprepare(handle, name, numbered, Int32(parameterCount), nil)
        defer { PQclear(result) }
        guard result.map(PQresultStatus) == PGRES_COMMAND_OK else { throw PostgresError(result: result, connection: handle, sql: sql) }
        prepared[sql] = name
        return name
    }

    /// A parameter as PostgreSQL's text format writes it; nil for NULL.
    static func parameterText(_ parameter: any SQLBindable) -> String? {
        if let uuid = parameter as? UUID { return uuid.uuidString.lowercased() }
        return PostgresValue.text(parameter.sqlValue)
    }

    /// `user@host:port/dbname`, without the password, for messages.
    private static func describe(_ handle: OpaquePointer) -> String {
        let part = { (value: UnsafeMutablePointer<CChar>?) in value.map { String(cString: $0) } ?? "" }
        return "\(part(PQuser(handle)))@\(part(PQhost(handle))):\(part(PQport(handle)))/\(part(PQdb(handle)))"
    }
}

/// The stores written over ``SQLConnection`` run on PostgreSQL as they are. A result is read
/// whole, so reading "in place" reads its rows.
extension PostgresConnection: SQLConnection {
    package static var uuidColumnType: String { "uuid" }

    public func forEachStep(_ sql: String, _ parameters: [any SQLBindable], _ body: (Row) throws -> Void) throws {
        try forEachRow(sql, parameters, body)
    }

    package func groupedRows<Value>(_ sql: String, keyColumn: Int, value: @escaping (Row) throws -> Value) throws -> any GroupedReader<Value> {
        GroupedRowList(try rows(sql), keyColumn: keyColumn, value: value)
    }

    package func appender(into table: String, columns: [String]) throws -> any RowAppender {
        try PostgresCopy(self, table: table, columns: columns)
    }
}
