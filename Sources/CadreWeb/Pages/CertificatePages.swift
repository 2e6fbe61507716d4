import CadreKit
import CadreModel
import CadreRender
import Foundation

/// `/events/CODE/certificates`: who completed and, for those who did not, why; issuing
/// certificates to everyone who completed; all of them as one page to print; revoking one
/// with a reason.
extension WebApp {
    func certificates(_ visitor: Visitor, code: String, values: [String: TemplateValue] = [:], status: Int = 200) throws -> HTTPResponse {
        guard let event = try visitor.event(code) else { return try notFound(visitor) }
        let register = try AttendanceRegister.load(event.code, database: visitor.store)
        let records = try CertificateRegistry(visitor.store).records(eventCode: event.code, year: nil)
        let held = Dictionary(records.map { ($0.traineeRef, $0) }) { current, later in later.status == .valid ? later : current }
        var context = values
        context["event"] = ["code": .string(event.code), "course": .string(register.summary.course.title[visitor.language])]
        context["people"] = .list(register.rows.map { row in
            let record = held[row.traineeRef]
            return [
                "name": .string(row.name), "ref": .string(row.printedRef), "completed": .bool(row.completion.completed),
                "reasons": .string(row.completion.shortfalls.map { AttendancePage.worded($0, visitor.language, visitor.messages) }.joined(separator: "; ")),
                "serial": .text(record?.certificate.serial),
                "state": .text(record.map { visitor.text("register.status." + $0.status.rawValue) }),
                "valid": .bool(record?.status == .valid),
                // A revoked certificate of someone who completed can be issued anew (the register keeps both).
                "reissue": .bool(record?.status == .revoked && row.completion.completed),
                "traineeRef": .string(row.traineeRef),
            ]
        })
        context["completedCount"] = .number(Double(register.rows.filter(\.completion.completed).count))
        context["validCount"] = .number(Double(records.filter { $0.status == .valid }.count))
        context["hasValid"] = .bool(records.contains { $0.status == .valid })
        return try page("certificates", visitor, context, status: status)
    }

    /// Issues a certificate to everyone who completed and has none (one transaction); with a
    /// person named (`ref`), to them — a reissue after a revocation.
    func issueCertificates(_ visitor: Visitor, code: String) throws -> HTTPResponse {
        guard let event = try visitor.event(code) else { return try notFound(visitor) }
        let outcomes = try CertificateRegistry(visitor.store).issue(eventCode: event.code, references: visitor.fieldValues("ref"), context: visitor.changeContext)
        let issued = outcomes.filter { $0.result == .issued }.count
        return try certificates(visitor, code: event.code, values: [
            "done": .string(visitor.text("web.certificates.issued").replacingOccurrences(of: "{count}", with: String(issued))),
        ])
    }

    /// Every valid certificate of the event as one page, one certificate per printed sheet.
    func printCertificates(_ visitor: Visitor, code: String) throws -> HTTPResponse {
        guard let event = try visitor.event(code) else { return try notFound(visitor) }
        let store = visitor.store
        // One certificate (`?serial=`, linked from the list) or every valid one of the event.
        let serial = visitor.query("serial")
        let records = try CertificateRegistry(store).records(eventCode: event.code, year: nil)
            .filter { $0.status == .valid && (serial == nil || $0.certificate.serial == serial) }
        guard !records.isEmpty else {
            return try certificates(visitor, code: event.code, values: ["problem": .string(visitor.text("web.certificates.noneToPrint"))], status: 409)
        }
        let printer = CertificatePrinter(
            library: library, languages: [visitor.language],
            verifyURL: try VerificationAddress.pattern(given: nil, in: store) ?? checkInBase.map { $0 + "/verify/{code}" },
            brandings: try BrandingBook(store).forPrinting())
        return .html(try printer.combinedPage(eventCode: event.code, records: records))
    }

    func revokeCertificate(_ visitor: Visitor, code: String) throws -> HTTPResponse {
        guard let event = try visitor.event(code) else { return try notFound(visitor) }
        guard let serial = visitor.field("serial"), let reason = visitor.field("reason") else {
            return try certificates(visitor, code: event.code, values: ["problem": .string(visitor.text("web.certificates.reasonNeeded"))], status: 400)
        }
        // Only a certificate of this event: the serial comes from a form, and a form can be forged.
        guard try CertificateRegistry(visitor.store).records(eventCode: event.code, year: nil).contains(where: { $0.certificate.serial == serial }) else {
            return try notFound(visitor)
        }
        let revoked = try CertificateRegistry(visitor.store).revoke(serial, reason: reason, context: visitor.changeContext)
        return try certificates(visitor, code: event.code, values: [
            "done": .string(visitor.text("web.certificates.revoked") + " " + revoked.serial),
        ])
    }
}
