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

    public func certificates(eventID: UUID?, year: Int?) throws -> [Certificate] {
        // Two statements rather than `? IS NULL OR e.event_id = ?`, which keeps SQLite from
        // using the enrolment index and made printing an event's certificates scan them all.
        let order = "ORDER BY c.series, c.year, c.sequence"
        if let eventID {
            return try database.rows(
                """
                SELECT c.* FROM enrollment AS e JOIN certificate AS c ON c.enrollment_id = e.id
                WHERE e.event_id = ? AND (? IS NULL OR c.year = ?) \(order)
                """, [eventID.databaseText, year, year]
            ).map(certificate(from:))
        }
        return try database.rows(
            "SELECT c.* FROM certificate AS c WHERE (? IS NULL OR c.year = ?) \(order)", [year, year]
        ).map(certificate(from:))
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
