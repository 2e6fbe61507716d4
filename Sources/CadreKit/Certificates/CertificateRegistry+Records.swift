import CadreModel
import Foundation

extension CertificateRegistry {
    /// Looks a certificate up by its serial or its verification code (typed loosely).
    public func find(_ serialOrCode: String) throws -> CertificateRecord? {
        try database.read { database in
            try database.certificates.certificate(serialOrCode: serialOrCode).map { try CertificateRecord.load($0, database: database) }
        }
    }

    /// What the public check answers for what someone typed.
    public enum PublicCheck: Sendable {
        case found(CertificateRecord)
        /// A serial (printed on the certificate, sequential): it alone shows nothing, or anyone
        /// could walk the serials and list every holder; the verification code is asked for.
        case serialOnly
        case unknown
    }

    /// The public check: a certificate by its random verification code only (the QR code on
    /// the certificate carries it). Staff look serials up with `cadre certificate verify`.
    public func verify(code typed: String) throws -> PublicCheck {
        guard let record = try find(typed) else { return .unknown }
        guard VerificationCode.normalise(typed) == record.certificate.verificationCode else { return .serialOnly }
        return .found(record)
    }

    public func records(eventCode: String?, year: Int?) throws -> [CertificateRecord] {
        try database.read { database in
            let eventID = try eventCode.map { code in
                guard let event = try database.events.event(code: EventCode(code)) else { throw NotFound(kind: "event", reference: code) }
                return event.id
            }
            var loader = CertificateRecord.Loader(database)
            return try loader.records(eventID: eventID, year: year)
        }
    }

    /// The certificates to print, in one read, each handed to `body` as it is read so that
    /// printing starts before the last one is: for each target, the certificate with that
    /// serial or verification code (whatever its status, so a revoked one can be shown as
    /// such), or else the valid certificates of the event with that code. Every target is
    /// resolved first: an unknown one throws before `body` is called at all.
    public func forEachPrintable(_ targets: [String], _ body: (CertificateRecord) throws -> Void) throws {
        enum Target {
            case certificate(Certificate)
            case event(UUID)
        }
        try database.read { database in
            let resolved = try targets.map { target in
                if let certificate = try database.certificates.certificate(serialOrCode: target) { return Target.certificate(certificate) }
                if let event = try database.events.event(code: EventCode(target)) { return Target.event(event.id) }
                throw NotFound(kind: "event or certificate", reference: target)
            }
            var loader = CertificateRecord.Loader(database)
            for target in resolved {
                switch target {
                case .certificate(let certificate): try body(try loader.record(certificate))
                case .event(let id): try loader.forEachRecord(eventID: id, year: nil, where: { $0 == .valid }, body)
                }
            }
        }
    }
}
