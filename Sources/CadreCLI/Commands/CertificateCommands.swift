import CadreKit
import CadreModel
import Foundation

/// `cadre certificate …`: issuing, printing and verifying certificates.
enum CertificateCommands {
    static let command = Command(
        name: "certificate", abstract: "Issue, print, verify, revoke and reissue certificates.",
        subcommands: [issue, CertificatePrintCommand.command, verify, revoke, reissue, list, CertificatePrintCommand.register])

    static let issue = Command(
        name: "issue", abstract: "Issue certificates to those who completed (and only to them).",
        discussion: "Without references, everyone who completed gets one. Naming someone who did not complete is refused with the reason. Re-running issues nothing twice. Certificates are dated the event's last session day unless --date says otherwise (never earlier); a certificate dated wrongly is corrected with 'cadre certificate reissue SERIAL --date DATE'.",
        arguments: [Argument(name: "event", help: "The event code."), Argument(name: "refs", help: "Trainee references.", isOptional: true, isRepeating: true)],
        options: [issueDate, CommonOptions.json, CommonOptions.actor],
        action: { values, context in
            try context.withStore(values) { database in
                let outcomes = try CertificateRegistry(database).issue(
                    eventCode: values.argument("event") ?? "", references: values.arguments("refs"),
                    date: try context.dateOption(values, "date"), context: context.changeContext(values))
                if values.flag("json") { return context.stdout.write(try JSONOutput.render(outcomes)) }
                for outcome in outcomes where outcome.result == .issued { context.print("\(outcome.serial)  \(outcome.traineeRef)") }
                let count = { (result: CertificateRegistry.IssueOutcome.Result) in outcomes.filter { $0.result == result }.count }
                let revoked = count(.revokedBefore)
                context.print("\(count(.issued)) issued, \(count(.alreadyIssued)) already issued."
                    + (revoked > 0 ? " \(revoked) skipped: their certificate was revoked (name them to issue a new one)." : ""))
            }
        })

    static let issueDate = Option.value(
        "date", "date", help: "The date the certificates bear (default: the event's last session day; never earlier).")

    static let verify = Command(
        name: "verify", abstract: "Check a certificate by its verification code or serial.",
        discussion: "Exit code 0 when valid, 1 when revoked, superseded or unknown.",
        arguments: [Argument(name: "code", help: "The verification code (7KQ4-M2XD-9PRT-HW3C) or serial (DV-2021-00017).")],
        options: [CommonOptions.json, CommonOptions.language],
        action: { values, context in
            try context.withStore(values) { database in
                let typed = values.argument("code") ?? ""
                guard let record = try CertificateRegistry(database).find(typed) else {
                    if values.flag("json") { context.stdout.write(try JSONOutput.render(["status": "unknown", "query": typed])) } else {
                        context.print("UNKNOWN: no certificate has the code or serial '\(typed)'.")
                    }
                    throw CertificateNotValid(status: "unknown")
                }
                let language = try context.language(values, database: database)
                if values.flag("json") {
                    context.stdout.write(try JSONOutput.render(VerifiedCertificate(record, language: language)))
                } else {
                    let certificate = record.certificate
                    switch record.status {
                    case .valid: context.print("VALID: \(certificate.serial)")
                    case .revoked:
                        context.print("REVOKED: \(certificate.serial) on \(certificate.revokedAt.map(Timestamp.string(from:)) ?? "") — \(certificate.revokeReason ?? "")")
                    case .superseded: context.print("SUPERSEDED: \(certificate.serial) was replaced by \(record.supersededBy ?? "")")
                    }
                    context.print("Holder: \(record.holder)")
                    context.print("Course: \(record.course.title[language]) (\(record.course.code)), \(record.course.totalMinutes / 60) h")
                    context.print("Event: \(record.eventCode), \(record.startDate) to \(record.endDate)" + (record.centre.map { ", \($0)" } ?? ""))
                    context.print("Issued: \(certificate.issueDate.iso)")
                }
                if record.status != .valid { throw CertificateNotValid(status: record.status.rawValue) }
            }
        })

    static let revoke = Command(
        name: "revoke", abstract: "Revoke a certificate.",
        arguments: [Argument(name: "serial", help: "The serial.")],
        options: [.value("reason", "text", help: "Why (shown when it is verified).", required: true), CommonOptions.actor],
        action: { values, context in
            try context.withStore(values) { database in
                let certificate = try CertificateRegistry(database).revoke(
                    values.argument("serial") ?? "", reason: values.option("reason") ?? "", context: context.changeContext(values))
                context.print("Revoked \(certificate.serial).")
            }
        })

    static let reissue = Command(
        name: "reissue", abstract: "Replace a certificate (e.g. after a name correction); the old one verifies as superseded.",
        discussion: "The new certificate is dated the event's last session day unless --date says otherwise: reissuing with --date is how a wrongly dated certificate is corrected.",
        arguments: [Argument(name: "serial", help: "The serial.")], options: [issueDate, CommonOptions.actor],
        action: { values, context in
            try context.withStore(values) { database in
                let certificate = try CertificateRegistry(database).reissue(
                    values.argument("serial") ?? "", date: try context.dateOption(values, "date"),
                    context: context.changeContext(values))
                context.print("Issued \(certificate.serial) in place of \(values.argument("serial") ?? "").")
            }
        })

    static let list = Command(
        name: "list", abstract: "List certificates.",
        options: [.value("event", "code", help: "Only this event's."), .value("year", "year", help: "Only this year's."), CommonOptions.json],
        action: { values, context in
            try context.withStore(values) { database in
                let records = try CertificateRegistry(database).records(eventCode: values.option("event"), year: try values.integer("year", in: 1900...2200))
                if values.flag("json") { return context.stdout.write(try JSONOutput.render(records.map { VerifiedCertificate($0, language: .en) })) }
                var table = TextTable("SERIAL", "STATUS", "HOLDER", "EVENT", "ISSUED")
                for record in records {
                    table.append([record.certificate.serial, record.status.rawValue, record.holder, record.eventCode, record.certificate.issueDate.iso])
                }
                context.stdout.write(table.render())
            }
        })
}

/// What verification shows: the certificate's own facts, nothing more.
struct VerifiedCertificate: Encodable {
    let status: String
    let serial: String
    let holder: String
    let course: String
    let courseCode: String
    let event: String
    let startDate: String
    let endDate: String
    let issueDate: String
    let issuedAt: String
    let revokedAt: String?
    let revokeReason: String?
    let supersededBy: String?

    init(_ record: CertificateRecord, language: Language) {
        status = record.status.rawValue
        serial = record.certificate.serial
        holder = record.holder
        course = record.course.title[language]
        courseCode = record.course.code
        event = record.eventCode
        startDate = record.startDate.iso
        endDate = record.endDate.iso
        issueDate = record.certificate.issueDate.iso
        issuedAt = Timestamp.string(from: record.certificate.issuedAt)
        revokedAt = record.certificate.revokedAt.map(Timestamp.string(from:))
        revokeReason = record.certificate.revokeReason
        supersededBy = record.supersededBy
    }
}

/// `verify` of a certificate that is not valid: already printed, exit 1.
struct CertificateNotValid: CadreError {
    let status: String
    var category: ErrorCategory { .conflict }
    var description: String { "the certificate is \(status)" }
}
