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
        var summaries: [String: EventSummary] = [:]
        return try load(certificate, database: database, summaries: &summaries)
    }

    /// Loads a certificate's record, reusing the summaries of events already loaded: an event's
    /// certificates share one (thousands of certificates took a summary each).
    static func load(_ certificate: Certificate, database: Database, summaries: inout [String: EventSummary]) throws -> CertificateRecord {
        guard let holder = try CertificateStore(database).holder(of: certificate)
        else { throw NotFound(kind: "certificate", reference: certificate.serial) }
        let code = holder.eventCode
        let summary = try summaries[code] ?? EventSummary.load(code, database: database)
        summaries[code] = summary
        let successor = try certificate.supersededByID.flatMap { try CertificateStore(database).certificate(id: $0)?.serial }
        let status: Status = certificate.revokedAt != nil ? .revoked : successor != nil ? .superseded : .valid
        return CertificateRecord(
            certificate: certificate, status: status, holder: holder.name ?? "(erased)", traineeRef: holder.traineeRef,
            eventCode: summary.event.code, course: summary.course, startDate: summary.event.startDate, endDate: summary.event.endDate,
            centre: summary.centre?.name, venue: summary.venue.map { [$0.name, $0.address].compactMap { $0 }.joined(separator: ", ") },
            trainers: summary.trainers.map(\.fullName), supersededBy: successor)
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
            var summaries: [String: EventSummary] = [:]
            return try CertificateStore(database).certificates(eventID: eventID, year: year).map {
                try CertificateRecord.load($0, database: database, summaries: &summaries)
            }
        }
    }
}
