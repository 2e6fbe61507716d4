import Foundation

/// A certificate with what it says: whose, which course, when and where. What `verify` and
/// the printed page show — and nothing more (no contacts, no national id).
public struct CertificateRecord: Codable, Sendable {
    public enum Status: String, Codable, Sendable { case valid, revoked, superseded }

    public let certificate: Certificate
    public let status: Status
    public let holder: String
    public let traineeRef: String
    public let eventCode: String
    public let course: Course
    public let startDate: String
    public let endDate: String
    public let centre: String?
    public let venue: String?
    public let trainers: [String]
    public let supersededBy: String?

    public static func load(_ certificate: Certificate, database: Database) throws -> CertificateRecord {
        var loader = Loader(database)
        return try loader.record(certificate)
    }

    /// Reads many certificates' records in one read: an event's summary is read once for all
    /// its certificates, and courses, trainers and venues once for all events.
    struct Loader {
        let database: Database
        private var summaries: [String: EventSummary] = [:]
        private let lookups = EventSummary.Lookups()

        init(_ database: Database) { self.database = database }

        mutating func record(_ certificate: Certificate) throws -> CertificateRecord {
            guard let holder = try CertificateStore(database).holder(of: certificate)
            else { throw NotFound(kind: "certificate", reference: certificate.serial) }
            return try record(CertificateStore.Held(
                certificate: certificate, holderName: holder.name, traineeRef: holder.traineeRef, eventCode: holder.eventCode))
        }

        /// The records of an event's certificates, or of all (`eventID` nil), of one year or all.
        mutating func records(eventID: UUID?, year: Int?) throws -> [CertificateRecord] {
            try CertificateStore(database).held(eventID: eventID, year: year).map { try record($0) }
        }

        private mutating func record(_ held: CertificateStore.Held) throws -> CertificateRecord {
            let code = held.eventCode
            let summary = try summaries[code] ?? EventSummary.load(code, database: database, lookups: lookups)
            summaries[code] = summary
            let certificate = held.certificate
            let successor = try certificate.supersededByID.flatMap { try CertificateStore(database).certificate(id: $0)?.serial }
            let status: Status = certificate.revokedAt != nil ? .revoked : successor != nil ? .superseded : .valid
            return CertificateRecord(
                certificate: certificate, status: status, holder: held.holderName ?? "(erased)", traineeRef: held.traineeRef,
                eventCode: summary.event.code, course: summary.course, startDate: summary.event.startDate, endDate: summary.event.endDate,
                centre: summary.centre?.name, venue: summary.venue.map { [$0.name, $0.address].compactMap { $0 }.joined(separator: ", ") },
                trainers: summary.trainers.map(\.fullName), supersededBy: successor)
        }
    }
}

extension CertificateRegistry {
    /// Looks a certificate up by its serial or its verification code (typed loosely).
    public func find(_ serialOrCode: String) throws -> CertificateRecord? {
        try database.read { database in
            try CertificateStore(database).certificate(serialOrCode: serialOrCode).map { try CertificateRecord.load($0, database: database) }
        }
    }

    public func records(eventCode: String?, year: Int?) throws -> [CertificateRecord] {
        try database.read { database in
            let eventID = try eventCode.map { code in
                guard let event = try EventStore(database).event(code: code) else { throw NotFound(kind: "event", reference: code) }
                return event.id
            }
            var loader = CertificateRecord.Loader(database)
            return try loader.records(eventID: eventID, year: year)
        }
    }

    /// The certificates to print, in one read: for each target, the certificate with that
    /// serial or verification code (whatever its status, so a revoked one can be shown as
    /// such), or else the valid certificates of the event with that code.
    public func printable(_ targets: [String]) throws -> [CertificateRecord] {
        try database.read { database in
            var loader = CertificateRecord.Loader(database)
            var records: [CertificateRecord] = []
            for target in targets {
                if let certificate = try CertificateStore(database).certificate(serialOrCode: target) {
                    records.append(try loader.record(certificate))
                } else if let event = try EventStore(database).event(code: target) {
                    records += try loader.records(eventID: event.id, year: nil).filter { $0.status == .valid }
                } else {
                    throw NotFound(kind: "event or certificate", reference: target)
                }
            }
            return records
        }
    }
}
