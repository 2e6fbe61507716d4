public import CadreModel
public import Foundation

/// A certificate with what it says: whose, which course, when and where. What `verify` and
/// the printed page show — and nothing more (no contacts, no national id).
public struct CertificateRecord: Codable, Sendable {
    public enum Status: String, Codable, Sendable, CaseIterable { case valid, revoked, superseded }

    public let certificate: Certificate
    public let status: Status
    public let holder: String
    public let traineeRef: String
    public let eventCode: String
    public let course: Course
    public let startDate: CalendarDate
    public let endDate: CalendarDate
    public let centre: String?
    /// The centre that trained, whose logo and signatories the certificate prints.
    public let centreID: UUID?
    public let venue: String?
    public let trainers: [String]
    public let supersededBy: String?
    /// For the words that agree with the holder in Russian; never shown, and left out of the
    /// record's JSON (the public verification answer says no more than the certificate).
    public var holderSex: Sex? = nil
    /// The centre's name in each language, for the printed certificate (nil: no centre).
    public var centreNames: LocalizedText? = nil

    enum CodingKeys: String, CodingKey {
        case certificate, status, holder, traineeRef, eventCode, course, startDate, endDate, centre, centreID, venue, trainers, supersededBy
    }

    public static func load(_ certificate: Certificate, database: any Store) throws -> CertificateRecord {
        var loader = Loader(database)
        return try loader.record(certificate)
    }

    /// Reads many certificates' records in one read: an event's summary is read once for all
    /// its certificates, and courses, trainers and venues once for all events.
    struct Loader {
        let database: any Store
        private var summaries: [String: EventSummary] = [:]
        private let lookups = EventSummary.Lookups()

        init(_ database: any Store) { self.database = database }

        mutating func record(_ certificate: Certificate) throws -> CertificateRecord {
            guard let holder = try database.certificates.holder(of: certificate)
            else { throw NotFound(kind: "certificate", reference: certificate.serial) }
            return try record(holder)
        }

        /// The records of an event's certificates, or of all (`eventID` nil), of one year or all.
        mutating func records(eventID: UUID?, year: Int?) throws -> [CertificateRecord] {
            var records: [CertificateRecord] = []
            try forEachRecord(eventID: eventID, year: year) { records.append($0) }
            return records
        }

        /// Calls `body` with each record `keep` accepts, as it is read: a record is a few
        /// hundred bytes, and ten thousand of them filtered and concatenated into new arrays
        /// were a fifth of the time before the first certificate was printed.
        mutating func forEachRecord(
            eventID: UUID?, year: Int?, where keep: (Status) -> Bool = { _ in true }, _ body: (CertificateRecord) throws -> Void
        ) throws {
            for certificate in try database.certificates.held(eventID: eventID, year: year) {
                let record = try record(certificate)
                if keep(record.status) { try body(record) }
            }
        }

        private mutating func record(_ held: HeldCertificate) throws -> CertificateRecord {
            let code = held.eventCode
            let summary = try summaries[code] ?? EventSummary.load(code, database: database, lookups: lookups)
            summaries[code] = summary
            let certificate = held.certificate
            let successor = try certificate.supersededByID.flatMap { try database.certificates.certificate(id: $0)?.serial }
            let status: Status = certificate.revokedAt != nil ? .revoked : successor != nil ? .superseded : .valid
            return CertificateRecord(
                certificate: certificate, status: status, holder: held.holderName ?? "(erased)", traineeRef: held.traineeRef,
                eventCode: summary.event.code, course: summary.course, startDate: summary.event.startDate, endDate: summary.event.endDate,
                centre: summary.centre?.name, centreID: summary.centre?.id, venue: summary.venue.map { [$0.name, $0.address].compactMap { $0 }.joined(separator: ", ") },
                trainers: summary.trainers.map(\.fullName), supersededBy: successor, holderSex: held.holderSex,
                centreNames: summary.centre?.names)
        }
    }
}
