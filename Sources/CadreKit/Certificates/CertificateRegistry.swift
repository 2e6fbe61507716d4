public import CadreModel
import Foundation

/// Issuing certificates to those who completed — and only to them — and answering whether a
/// certificate is genuine.
public struct CertificateRegistry {
    let database: any Store

    public init(_ database: any Store) { self.database = database }

    public struct IssueOutcome: Sendable, Codable, Equatable {
        public enum Result: String, Sendable, Codable {
            case issued
            case alreadyIssued = "already-issued"
            /// Skipped: an earlier certificate was revoked; naming the person issues a new one.
            case revokedBefore = "revoked-before"
        }
        public let traineeRef: String
        public let serial: String
        public let result: Result
    }

    public enum CertificateError: CadreError, Equatable {
        case notCompleted([String])
        case revoked(String)
        case superseded(String)
        case dateBeforeEvent(date: CalendarDate, lastDay: String)

        public var category: ErrorCategory {
            if case .dateBeforeEvent = self { return .invalidInput }
            return .conflict
        }
        public var description: String {
            switch self {
            case .notCompleted(let lines):
                ProblemList.message(lines, summary: Plural.count(lines.count, "person", "people") + " did not complete", outcome: "no certificates were issued")
            case .revoked(let serial): "\(serial) is revoked"
            case .superseded(let serial): "\(serial) has already been superseded"
            case .dateBeforeEvent(let date, let lastDay): "the issue date \(date.iso) is before the event's last session day \(lastDay)"
            }
        }
    }

    /// Issues certificates for an event in one transaction: to everyone who completed when no
    /// references are given; to the named people otherwise, refusing (with the reason) anyone
    /// who did not complete. Re-running issues nothing twice, and a revoked certificate is not
    /// replaced unless the person is named. The certificates are dated `date`, by default the
    /// event's last session day, and never before it.
    public func issue(eventCode: String, references: [String] = [], date: CalendarDate? = nil, context: ChangeContext) throws -> [IssueOutcome] {
        try database.write { database in
            let register = try AttendanceRegister.load(eventCode, database: database)
            let issueDate = try Self.issueDate(date, summary: register.summary)
            var rows = register.rows
            if !references.isEmpty {
                let registry = TraineeRegistry(database)
                let wanted = try references.map { try registry.find($0, in: database).ref }
                rows = rows.filter { wanted.contains($0.traineeRef) }
                if let missing = wanted.first(where: { ref in !rows.contains { $0.traineeRef == ref } }) {
                    throw SchedulingError.notEnrolled(trainee: missing, event: register.summary.event.code)
                }
                let refused = rows.filter { !$0.completion.completed }.map { "\($0.traineeRef) did not complete: \($0.completion.reasons.joined(separator: "; "))" }
                if !refused.isEmpty { throw CertificateError.notCompleted(refused) }
            }
            let store = database.certificates
            return try rows.filter(\.completion.completed).map { row in
                if let existing = try store.current(enrollment: row.enrollmentID) {
                    return IssueOutcome(traineeRef: row.traineeRef, serial: existing.serial, result: .alreadyIssued)
                }
                if references.isEmpty, let revoked = try store.revoked(enrollment: row.enrollmentID) {
                    return IssueOutcome(traineeRef: row.traineeRef, serial: revoked.serial, result: .revokedBefore)
                }
                let certificate = try create(for: row.enrollmentID, summary: register.summary, date: issueDate, store: store, context: context)
                return IssueOutcome(traineeRef: row.traineeRef, serial: certificate.serial, result: .issued)
            }
        }
    }

    /// The date certificates of an event bear: the one asked for, or the event's last
    /// session day; never a day before the training ended.
    static func issueDate(_ asked: CalendarDate?, summary: EventSummary) throws -> CalendarDate {
        let lastDay = summary.event.endDate
        guard let asked else { return lastDay }
        if asked < lastDay { throw CertificateError.dateBeforeEvent(date: asked, lastDay: lastDay.iso) }
        return asked
    }

    /// Series from the course (`DV` of `DV-101`), year from the event's last day.
    func create(for enrollment: UUID, summary: EventSummary, date: CalendarDate, store: any CertificateStorage, context: ChangeContext) throws -> Certificate {
        let series = summary.course.code.split(separator: "-").first.map(String.init) ?? summary.course.code
        let year = summary.event.endDate.year
        let sequence = try store.nextSequence(series: series, year: year)
        var code = context.makeVerificationCode()
        while try store.certificate(serialOrCode: code) != nil { code = context.makeVerificationCode() }
        let certificate = Certificate(
            id: context.makeID(), serial: ShortReference.make(prefix: "\(series)-\(year)-", number: sequence),
            series: series, year: year, sequence: sequence, verificationCode: code, enrollmentID: enrollment, issuedAt: context.now(),
            issueDate: date, issuedBy: context.actor)
        try store.insert(certificate)
        try database.audit.record(context, "certificate.issue", entity: "certificate",
            entityID: certificate.id.databaseText, detail: "\(certificate.serial) for \(summary.event.code)")
        return certificate
    }

    public func revoke(_ serial: String, reason: String, context: ChangeContext) throws -> Certificate {
        try database.write { database in
            let store = database.certificates
            guard var certificate = try store.certificate(serialOrCode: serial) else { throw NotFound(kind: "certificate", reference: serial) }
            guard certificate.revokedAt == nil else { throw CertificateError.revoked(certificate.serial) }
            certificate.revokedAt = context.now()
            certificate.revokeReason = reason
            try store.update(certificate)
            try database.audit.record(context, "certificate.revoke", entity: "certificate",
                entityID: certificate.id.databaseText, detail: "\(certificate.serial): \(reason)")
            return certificate
        }
    }

    /// A new certificate (new serial and code) replacing one — after a name correction, say.
    /// The old one then verifies as superseded. The new one is dated `date`, by default the
    /// event's last session day — reissuing is also how a wrongly dated certificate is corrected.
    public func reissue(_ serial: String, date: CalendarDate? = nil, context: ChangeContext) throws -> Certificate {
        try database.write { database in
            let store = database.certificates
            guard var old = try store.certificate(serialOrCode: serial) else { throw NotFound(kind: "certificate", reference: serial) }
            guard old.revokedAt == nil else { throw CertificateError.revoked(old.serial) }
            guard old.supersededByID == nil else { throw CertificateError.superseded(old.serial) }
            guard let holder = try store.holder(of: old) else { throw NotFound(kind: "event", reference: old.serial) }
            let summary = try EventSummary.load(holder.eventCode, database: database)
            let new = try create(for: old.enrollmentID, summary: summary, date: try Self.issueDate(date, summary: summary), store: store, context: context)
            old.supersededByID = new.id
            try store.update(old)
            try database.audit.record(context, "certificate.reissue", entity: "certificate",
                entityID: old.id.databaseText, detail: "\(old.serial) superseded by \(new.serial)")
            return new
        }
    }
}
