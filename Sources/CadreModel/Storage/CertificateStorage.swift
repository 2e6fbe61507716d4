public import Foundation

/// Certificates and their numbering series.
///
/// Every method runs inside the caller's transaction (``Store/read(_:)`` or
/// ``Store/write(_:)``); the SQLite store in `CadreStore` implements it.
public protocol CertificateStorage {
    /// The next number in a series and year. Called inside the issuing write transaction,
    /// which holds the database's write lock, so numbers are gapless even across processes.
    func nextSequence(series: String, year: Int) throws -> Int

    func insert(_ certificate: Certificate) throws

    func update(_ certificate: Certificate) throws

    /// The valid (neither revoked nor superseded) certificate of an enrollment, if any.
    func current(enrollment: UUID) throws -> Certificate?

    /// The latest revoked certificate of an enrollment, if any.
    func revoked(enrollment: UUID) throws -> Certificate?

    func certificate(serialOrCode: String) throws -> Certificate?

    func certificate(id: UUID) throws -> Certificate?

    /// Certificates with their holders, in serial order: of one event, or all; of one year,
    /// or all. One statement however many there are (a query per certificate was a tenth of
    /// printing ten thousand).
    func held(eventID: UUID?, year: Int?) throws -> [HeldCertificate]

    /// Whom a certificate was issued to and for which event: the person's name (nil once
    /// erased) and short reference, and the event's code.
    func holder(of certificate: Certificate) throws -> HeldCertificate?
}
