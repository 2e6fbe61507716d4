public import Foundation

/// Queries for certificates.
public struct CertificateStore {
    let database: Database

    public init(_ database: Database) { self.database = database }

    /// The next number in a series and year. Called inside the issuing write transaction,
    /// which holds the database's write lock, so numbers are gapless even across processes.
    public func nextSequence(series: String, year: Int) throws -> Int {
        (try database.scalar("SELECT max(sequence) FROM certificate WHERE series = ? AND year = ?", [series, year]).intValue ?? 0) + 1
    }

    public func insert(_ certificate: Certificate) throws {
        try database.execute(
            """
            INSERT INTO certificate (id, serial, series, year, sequence, verification_code, enrollment_id, issued_at, issued_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                certificate.id.databaseText, certificate.serial, certificate.series, certificate.year, certificate.sequence,
                certificate.verificationCode, certificate.enrollmentID.databaseText, Timestamp.string(from: certificate.issuedAt),
                certificate.issuedBy,
            ])
    }

    public func update(_ certificate: Certificate) throws {
        try database.execute(
            "UPDATE certificate SET revoked_at = ?, revoke_reason = ?, superseded_by_id = ? WHERE id = ?",
            [
                certificate.revokedAt.map(Timestamp.string(from:)), certificate.revokeReason, certificate.supersededByID?.databaseText,
                certificate.id.databaseText,
            ])
    }

    /// The valid (neither revoked nor superseded) certificate of an enrollment, if any.
    public func current(enrollment: UUID) throws -> Certificate? {
        try database.row(
            "SELECT * FROM certificate WHERE enrollment_id = ? AND revoked_at IS NULL AND superseded_by_id IS NULL",
            [enrollment.databaseText]
        ).map(certificate(from:))
    }

    /// The latest revoked certificate of an enrollment, if any.
    public func revoked(enrollment: UUID) throws -> Certificate? {
        try database.row(
            "SELECT * FROM certificate WHERE enrollment_id = ? AND revoked_at IS NOT NULL ORDER BY issued_at DESC, sequence DESC LIMIT 1",
            [enrollment.databaseText]
        ).map(certificate(from:))
    }

    public func certificate(serialOrCode: String) throws -> Certificate? {
        let code = VerificationCode.normalise(serialOrCode) ?? ""
        return try database.row(
            "SELECT * FROM certificate WHERE serial = ? OR verification_code = ?", [serialOrCode.uppercased(), code]
        ).map(certificate(from:))
    }

    public func certificate(id: UUID) throws -> Certificate? {
        try database.row("SELECT * FROM certificate WHERE id = ?", [id.databaseText]).map(certificate(from:))
    }

    /// A certificate read together with whom it was issued to and for which event.
    struct Held {
        let certificate: Certificate
        /// Nil once the person is erased.
        let holderName: String?
        let traineeRef: String
        let eventCode: String
    }

    /// Certificates with their holders, in serial order: of one event, or all; of one year,
    /// or all. One statement however many there are (a query per certificate was a tenth of
    /// printing ten thousand).
    func held(eventID: UUID?, year: Int?) throws -> [Held] {
        // Two statements rather than `? IS NULL OR e.event_id = ?`, which keeps SQLite from
        // using the enrolment index and made printing an event's certificates scan them all.
        let select = """
            SELECT c.*, t.full_name AS holder_name, t.ref AS holder_ref, v.code AS event_code
            FROM enrollment AS e JOIN certificate AS c ON c.enrollment_id = e.id
            JOIN trainee AS t ON t.id = e.trainee_id JOIN training_event AS v ON v.id = e.event_id
            """
        let filter = "(? IS NULL OR c.year = ?) ORDER BY c.series, c.year, c.sequence"
        let rows = if let eventID {
            try database.rows("\(select) WHERE e.event_id = ? AND \(filter)", [eventID.databaseText, year, year])
        } else {
            try database.rows("\(select) WHERE \(filter)", [year, year])
        }
        return rows.map { row in
            Held(
                certificate: certificate(from: row), holderName: row.string("holder_name"), traineeRef: row.string("holder_ref") ?? "",
                eventCode: row.string("event_code") ?? "")
        }
    }

    /// Whom a certificate was issued to and for which event: the person's name (nil once
    /// erased) and short reference, and the event's code.
    func holder(of certificate: Certificate) throws -> (name: String?, traineeRef: String, eventCode: String)? {
        try database.row(
            """
            SELECT t.full_name, t.ref, v.code FROM enrollment AS e JOIN trainee AS t ON t.id = e.trainee_id
            JOIN training_event AS v ON v.id = e.event_id WHERE e.id = ?
            """, [certificate.enrollmentID.databaseText]
        ).map { row in (row.string(at: 0), row.string(at: 1) ?? "", row.string(at: 2) ?? "") }
    }

    func certificate(from row: Row) -> Certificate {
        Certificate(
            id: UUID(databaseText: row.string("id") ?? ""), serial: row.string("serial") ?? "", series: row.string("series") ?? "",
            year: row.int("year") ?? 0, sequence: row.int("sequence") ?? 0, verificationCode: row.string("verification_code") ?? "",
            enrollmentID: UUID(databaseText: row.string("enrollment_id") ?? ""),
            issuedAt: Timestamp.date(from: row.string("issued_at") ?? "") ?? .distantPast, issuedBy: row.string("issued_by") ?? "",
            revokedAt: row.string("revoked_at").flatMap(Timestamp.date(from:)), revokeReason: row.string("revoke_reason"),
            supersededByID: row.string("superseded_by_id").map(UUID.init(databaseText:)))
    }
}
