public import CadreModel
public import Foundation

/// Queries for certificates.
package struct CertificateStore<Connection: SQLConnection>: CertificateStorage {
    package let database: Connection

    package init(_ database: Connection) { self.database = database }

    /// The columns ``certificate(from:)`` reads, in its order, for a query of certificate `c`
    /// joined to its enrolment `e` (ids as UUIDs).
    package static var columns: String { """
        c.uuid AS id, c.serial, c.series, c.year, c.sequence, c.verification_code, e.uuid AS enrollment_id, c.issued_at,
        c.issued_by, c.revoked_at, c.revoke_reason, (SELECT s.uuid FROM certificate AS s WHERE s.id = c.superseded_by_id) AS superseded_by_id,
        c.issue_date
        """
    }

    /// A certificate with its enrolment.
    private static var select: String { "SELECT \(columns) FROM certificate AS c JOIN enrollment AS e ON e.id = c.enrollment_id" }

    /// The next number in a series and year. Called inside the issuing write transaction,
    /// which holds the store's write lock (SQLite's, or PostgreSQL's advisory lock), so numbers are gapless even across
    /// processes and servers.
    package func nextSequence(series: String, year: Int) throws -> Int {
        (try database.scalar("SELECT max(sequence) FROM certificate WHERE series = ? AND year = ?", [series, year]).intValue ?? 0) + 1
    }

    package func insert(_ certificate: Certificate) throws {
        try database.execute(
            """
            INSERT INTO certificate (uuid, serial, series, year, sequence, verification_code, enrollment_id, issued_at, issued_by, issue_date)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                certificate.id, certificate.serial, certificate.series, certificate.year, certificate.sequence,
                certificate.verificationCode, try database.rowID(.enrollment, certificate.enrollmentID), Timestamp.string(from: certificate.issuedAt),
                certificate.issuedBy, certificate.issueDate.iso,
            ])
    }

    package func update(_ certificate: Certificate) throws {
        try database.execute(
            "UPDATE certificate SET revoked_at = ?, revoke_reason = ?, superseded_by_id = ? WHERE uuid = ?",
            [
                certificate.revokedAt.map(Timestamp.string(from:)), certificate.revokeReason,
                try database.rowID(.certificate, certificate.supersededByID), certificate.id,
            ])
    }

    /// The valid (neither revoked nor superseded) certificate of an enrollment, if any.
    package func current(enrollment: UUID) throws -> Certificate? {
        try database.row(
            "\(Self.select) WHERE e.uuid = ? AND c.revoked_at IS NULL AND c.superseded_by_id IS NULL",
            [enrollment]
        ).map(certificate(from:))
    }

    /// The latest revoked certificate of an enrollment, if any.
    package func revoked(enrollment: UUID) throws -> Certificate? {
        try database.row(
            "\(Self.select) WHERE e.uuid = ? AND c.revoked_at IS NOT NULL ORDER BY c.issued_at DESC, c.sequence DESC LIMIT 1",
            [enrollment]
        ).map(certificate(from:))
    }

    package func certificate(serialOrCode: String) throws -> Certificate? {
        let code = VerificationCode.normalise(serialOrCode) ?? ""
        return try database.row(
            "\(Self.select) WHERE c.serial = ? OR c.verification_code = ?", [serialOrCode.uppercased(), code]
        ).map(certificate(from:))
    }

    package func certificate(id: UUID) throws -> Certificate? {
        try database.row("\(Self.select) WHERE c.uuid = ?", [id]).map(certificate(from:))
    }

    package typealias Held = HeldCertificate

    /// The certificate's columns (``columns``), then the holder's name and reference and the event's code.
    private static var heldSelect: String { """
        SELECT \(columns), t.full_name, t.ref, v.code, t.sex
        FROM enrollment AS e JOIN certificate AS c ON c.enrollment_id = e.id
        JOIN trainee AS t ON t.id = e.trainee_id JOIN training_event AS v ON v.id = e.event_id
        """
    }

    /// Certificates with their holders, in serial order: of one event, or all; of one year,
    /// or all. One statement however many there are (a query per certificate was a tenth of
    /// printing ten thousand).
    package func held(eventID: UUID?, year: Int?) throws -> [HeldCertificate] {
        // Two statements rather than `? IS NULL OR e.event_id = ?`, which keeps SQLite from
        // using the enrolment index and made printing an event's certificates scan them all.
        let select = Self.heldSelect
        let filter = "(CAST(? AS INTEGER) IS NULL OR c.year = ?) ORDER BY c.series, c.year, c.sequence"
        var held: [Held] = []
        // Read in place: ten thousand certificates made a `Row` each.
        let collect = { (row: Connection.Cursor) throws in
            held.append(Held(
                certificate: try certificate(from: row), holderName: row.text(13), traineeRef: row.text(14) ?? "", eventCode: row.text(15) ?? "",
                holderSex: row.text(16).flatMap(Sex.init(rawValue:))))
        }
        if let eventID {
            try database.forEachStep(
                "\(select) WHERE e.event_id = (SELECT id FROM training_event WHERE uuid = ?) AND \(filter)", [eventID, year, year], collect)
        } else {
            try database.forEachStep("\(select) WHERE \(filter)", [year, year], collect)
        }
        return held
    }

    /// Whom a certificate was issued to and for which event: the person's name (nil once
    /// erased) and short reference, and the event's code.
    package func holder(of certificate: Certificate) throws -> HeldCertificate? {
        try database.row(
            """
            SELECT t.full_name, t.ref, v.code, t.sex FROM enrollment AS e JOIN trainee AS t ON t.id = e.trainee_id
            JOIN training_event AS v ON v.id = e.event_id WHERE e.uuid = ?
            """, [certificate.enrollmentID]
        ).map { row in
            HeldCertificate(
                certificate: certificate, holderName: row.string(at: 0), traineeRef: row.string(at: 1) ?? "", eventCode: row.string(at: 2) ?? "",
                holderSex: row.string(at: 3).flatMap(Sex.init(rawValue:)))
        }
    }

    /// A certificate from a row whose first columns are ``columns``, in that order.
    package func certificate(from row: some ColumnReader) throws -> Certificate {
        let stored = StoredRow(row, table: "certificate", names: certificateColumnNames)
        return Certificate(
            id: try stored.uuid("id"), serial: try stored.text("serial"), series: try stored.text("series"), year: try stored.int("year"),
            sequence: try stored.int("sequence"), verificationCode: try stored.text("verification_code"),
            enrollmentID: try stored.uuid("enrollment_id"), issuedAt: try stored.timestamp("issued_at"),
            issueDate: try stored.calendarDate("issue_date"), issuedBy: try stored.text("issued_by"),
            revokedAt: try stored.optionalTimestamp("revoked_at"), revokeReason: stored.optionalText("revoke_reason"),
            supersededByID: try stored.optionalUUID("superseded_by_id"))
    }
}

/// ``CertificateStore/columns`` by position, for reading a statement in place.
private let certificateColumnNames = [
    "id", "serial", "series", "year", "sequence", "verification_code", "enrollment_id", "issued_at", "issued_by", "revoked_at",
    "revoke_reason", "superseded_by_id", "issue_date",
]
