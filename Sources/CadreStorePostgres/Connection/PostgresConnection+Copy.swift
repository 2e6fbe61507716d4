import CLibPQ
import CadreStore

extension PostgresConnection {
    /// Runs `COPY … FROM STDIN` with `data`, rows in COPY's text format: PostgreSQL's own bulk
    /// path, inside the caller's transaction (a refused row undoes the whole transaction, as
    /// any failed statement does). Sent in pieces of at most a mebibyte.
    func copy(_ sql: String, data: [UInt8]) throws {
        guard let handle else { throw PostgresError(sqlState: "08003", message: "the connection is closed", sql: sql) }
        let start = PQexec(handle, sql)
        let started = start.map(PQresultStatus) == PGRES_COPY_IN
        let refusal = started ? nil : PostgresError(result: start, connection: handle, sql: sql)
        PQclear(start)
        if let refusal { throw refusal }
        var sent = true
        data.withUnsafeBufferPointer { bytes in
            var offset = 0
            while sent, offset < bytes.count {
                let count = min(1 << 20, bytes.count - offset)
                sent = bytes.baseAddress!.advanced(by: offset).withMemoryRebound(to: CChar.self, capacity: count) {
                    PQputCopyData(handle, $0, Int32(count)) == 1
                }
                offset += count
            }
        }
        // Ending with an error message makes the server abandon the copy instead of keeping half.
        let ended = sent ? PQputCopyEnd(handle, nil) : PQputCopyEnd(handle, "the client could not send the rows")
        var failure: PostgresError? = ended == 1 ? nil : PostgresError(sqlState: "08006", message: Self.lastMessage(handle), sql: sql)
        while let result = PQgetResult(handle) {
            if PQresultStatus(result) != PGRES_COMMAND_OK, failure == nil { failure = PostgresError(result: result, connection: handle, sql: sql) }
            PQclear(result)
        }
        if let failure { throw failure }
    }

    private static func lastMessage(_ handle: OpaquePointer) -> String {
        String(cString: PQerrorMessage(handle)).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
