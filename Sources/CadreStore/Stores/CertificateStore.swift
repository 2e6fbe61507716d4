public import CadreModel
public import Foundation

/// Queries for certificates.
public struct CertificateStore: CertificateStorage {
    package let database: Database

    public init(_ database: Database) { self.database = database }

    /// The columns ``certificate(from:)`` reads, in its order.
    package static let columns = """
        id, serial, series, year, sequence, verification_code, enrollment_id, issued_at, issued_by, revoked_at, revoke_reason,
        superseded_by_id, issue_date
        """

    /// The next number in a series and year. Called inside the issuing write transaction,
    /// which holds the database's write lock, so numbers are gapless even across processes.
    public func nextSequence(series: String, year: Int) throws -> Int {
        (try database.scalar("SELECT max(sequence) FROM certificate WHERE series = ? AND year = ?", [series, year]).intValue ?? 0) + 1
    }

    public func insert(_ certificate: Certificate) throws {
        try database.execute(
            """
            INSERT INTO certificate (id, serial, series, year, sequence, verification_code, enrollment_id, issued_at, issued_by, issue_date)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                certificate.id.databaseText, certificate.serial, certificate.series, certificate.year, certificate.sequence,
                certificate.verificationCode, certificate.enrollmentID.databaseText, Timestamp.string(from: certificate.issuedAt),
                certificate.issuedBy, certificate.issueDate.iso,
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
            "SELECT \(Self.columns) FROM certificate WHERE enrollment_id = ? AND revoked_at IS NULL AND superseded_by_id IS NULL",
            [enrollment.databaseText]
        ).map(certificate(from:))
    }

    /// The latest revoked certificate of an enrollment, if any.
    public func revoked(enrollment: UUID) throws -> Certificate? {
        try database.row(
            "SELECT \(Self.columns) FROM certificate WHERE enrollment_id = ? AND revoked_at IS NOT NULL ORDER BY issued_at DESC, sequence DESC LIMIT 1",
            [enrollment.databaseText]
        ).map(certificate(from:))
    }

    public func certificate(serialOrCode: String) throws -> Certificate? {
        let code = VerificationCode.normalise(serialOrCode) ?? ""
        return try database.row(
            "SELECT \(Self.columns) FROM certificate WHERE serial = ? OR verification_code = ?", [serialOrCode.uppercased(), code]
        ).map(certificate(from:))
    }

    public func certificate(id: UUID) throws -> Certificate? {
        try database.row("SELECT \(Self.columns) FROM certificate WHERE id = ?", [id.databaseText]).map(certificate(from:))
    }

    package typealias Held = HeldCertificate

    /// The certificate's columns (``columns``), then the holder's name and reference and the event's code.
    private static let heldSelect = """
        SELECT \(columns.split(separator: ",").map { "c." + $0.trimmingCharacters(in: .whitespacesAndNewlines) }.joined(separator: ", ")),
            t.full_name, t.ref, v.code
        FROM enrollment AS e JOIN certificate AS c ON c.enrollment_id = e.id
        JOIN trainee AS t ON t.id = e.trainee_id JOIN training_event AS v ON v.id = e.event_id
        """

    /// Certificates with their holders, in serial order: of one event, or all; of one year,
    /// or all. One statement however many there are (a query per certificate was a tenth of
    /// printing ten thousand).
    public func held(eventID: UUID?, year: Int?) throws -> [HeldCertificate] {
        // Two statements rather than `? IS NULL OR e.event_id = ?`, which keeps SQLite from
        // using the enrolment index and made printing an event's certificates scan them all.
        let select = Self.heldSelect
        let filter = "(? IS NULL OR c.year = ?) ORDER BY c.series, c.year, c.sequence"
        var held: [Held] = []
        // Read in place: ten thousand certificates made a `Row` each.
        let collect = { (row: Statement) throws in
            held.append(Held(certificate: try certificate(from: row), holderName: row.text(13), traineeRef: row.text(14) ?? "", eventCode: row.text(15) ?? ""))
        }
        if let eventID {
            try database.forEachStep("\(select) WHERE e.event_id = ? AND \(filter)", [eventID.databaseText, year, year], collect)
        } else {
            try database.forEachStep("\(select) WHERE \(filter)", [year, year], collect)
        }
        return held
    }

    /// Whom a certificate was issued to and for which event: the person's name (nil once
    /// erased) and short reference, and the event's code.
    public func holder(of certificate: Certificate) throws -> (name: String?, traineeRef: String, eventCode: String)? {
        try database.row(
            """
            SELECT t.full_name, t.ref, v.code FROM enrollment AS e JOIN trainee AS t ON t.id = e.trainee_id
            JOIN training_event AS v ON v.id = e.event_id WHERE e.id = ?
            """, [certificate.enrollmentID.databaseText]
        ).map { row in (row.string(at: 0), row.string(at: 1) ?? "", row.string(at: 2) ?? "") }
    }

    /// ``columns`` by position, for reading a statement in place.
    private static let columnNames = columns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// A certificate from a row whose first columns are ``columns``, in that order.
    package func certificate(from row: some ColumnReader) throws -> Certificate {
        let stored = StoredRow(row, table: "certificate", names: Self.columnNames)
        return Certificate(
            id: try stored.uuid("id"), serial: try stored.text("serial"), series: try stored.text("series"), year: try stored.int("year"),
            sequence: try stored.int("sequence"), verificationCode: try stored.text("verification_code"),
            enrollmentID: try stored.uuid("enrollment_id"), issuedAt: try stored.timestamp("issued_at"),
            issueDate: try stored.calendarDate("issue_date"), issuedBy: try stored.text("issued_by"),
            revokedAt: try stored.optionalTimestamp("revoked_at"), revokeReason: stored.optionalText("revoke_reason"),
            supersededByID: try stored.optionalUUID("superseded_by_id"))
    }
}
