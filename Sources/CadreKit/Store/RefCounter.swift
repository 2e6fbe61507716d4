/// Short, human-typable references numbered per kind: `T-00042`, `V-00001`, `TR-00003`.
/// Runs inside the caller's write transaction, so numbers are never handed out twice.
struct RefCounter {
    let database: Database

    func next(kind: String, prefix: String) throws -> String {
        let next = try database.scalar("SELECT next_value FROM ref_counter WHERE kind = ?", [kind]).intValue ?? 1
        try database.execute(
            """
            INSERT INTO ref_counter (kind, next_value) VALUES (?, ?)
            ON CONFLICT (kind) DO UPDATE SET next_value = excluded.next_value
            """, [kind, next + 1])
        let digits = String(next)
        return prefix + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }
}
