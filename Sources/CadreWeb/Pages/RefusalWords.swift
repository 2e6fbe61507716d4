import CadreKit
import CadreModel
import Foundation

/// The domain's refusals in the page's language: what the CLI says in English with its flags,
/// a page says with the catalog's words, naming people, rooms and dates as the page does and
/// offering what the page offers (never `--force`). A refusal the catalog has no words for
/// falls back to its English line — the language test keeps that list short.
struct RefusalWords {
    let visitor: Visitor

    /// The refusal as one paragraph and, for a list (clashes, people who did not complete),
    /// its lines.
    func words(_ error: any CadreError) -> (text: String, lines: [String]) {
        switch error {
        case let clashes as ScheduleClashes:
            return (say("refusal.clashes", ["count": String(clashes.clashes.count)]), clashes.clashes.map(clash))
        case let error as SchedulingError:
            switch error {
            case .eventCancelled(let code): return (say("refusal.eventCancelled", ["event": code]), [])
            case .sessionCancelled(let event, let number): return (say("refusal.sessionCancelled", ["event": event, "session": String(number), "nth": nth(number)]), [])
            case .codeTaken(let code): return (say("refusal.codeTaken", ["event": code]), [])
            case .notEnrolled(let trainee, let event): return (say("refusal.notEnrolled", ["trainee": trainee, "event": event]), [])
            case .outsideAudience(let misses):
                let labels = try? PersonLabels(visitor.store, language: visitor.language)
                let profession = { (code: String) in labels?.profession(code) ?? code }
                return (say("refusal.outsideAudience", ["count": String(misses.count)]), misses.map { miss in
                    say("refusal.audienceLine", [
                        "person": "\(miss.name) (\(miss.traineeRef))", "profession": profession(miss.profession), "course": miss.courseCode,
                        "audience": miss.audience.map(profession).joined(separator: ", "),
                    ])
                })
            case .invalid: return (error.description, [])
            }
        case let error as AttendanceBook.AttendanceError:
            switch error {
            case .notEnrolled(let trainee, let event): return (say("refusal.notEnrolled", ["trainee": trainee, "event": event]), [])
            }
        case let error as CertificateRegistry.CertificateError:
            switch error {
            case .notCompleted(let lines): return (say("refusal.notCompleted", ["count": String(lines.count)]), lines)
            case .revoked(let serial): return (say("refusal.revoked", ["serial": serial]), [])
            case .superseded(let serial): return (say("refusal.superseded", ["serial": serial]), [])
            case .dateBeforeEvent(let date, let lastDay):
                return (say("refusal.dateBeforeEvent", ["date": DateWording.long(date, visitor.language), "last": lastDay]), [])
            }
        case let error as AssessmentBook.AssessmentError:
            switch error {
            case .outOfRange(let kind, let score, let max):
                return (say("refusal.scoreOutOfRange", ["test": visitor.text("web.scores." + kind), "score": String(score), "max": String(max)]), [])
            case .nothingToRecord: return (visitor.text("refusal.nothingToRecord"), [])
            }
        case let error as UserAccounts.Refused:
            switch error.reason {
            case .notALogin(let typed): return (say("refusal.user.notALogin", ["login": typed]), [])
            case .loginTaken(let login): return (say("refusal.user.loginTaken", ["login": login]), [])
            case .needsCentre(let role): return (say("refusal.user.needsCentre", ["role": visitor.text("role." + role.rawValue)]), [])
            case .adminWithCentre: return (visitor.text("refusal.user.adminWithCentre"), [])
            case .alreadyDisabled(let login): return (say("refusal.user.alreadyDisabled", ["login": login]), [])
            case .passwordTooShort(let given):
                return (say("refusal.user.passwordTooShort", ["minimum": String(UserAccounts.minimumPasswordLength), "given": String(given)]), [])
            case .passwordTooLong: return (visitor.text("refusal.user.passwordTooLong"), [])
            case .trainerNotTrainer(let role): return (say("refusal.user.trainerNotTrainer", ["role": visitor.text("role." + role.rawValue)]), [])
            }
        case let error as SessionPlanner.PlanError:
            switch error {
            case .notEnoughDays(let days, let available, let needed):
                return (say("refusal.notEnoughDays", ["days": String(days), "available": Hours.text(available), "needed": Hours.text(needed)]), [])
            case .noWorkingDay(let from): return (say("refusal.noWorkingDay", ["date": DateWording.long(from, visitor.language)]), [])
            }
        case let error as NotFound:
            let kind = visitor.messages["refusal.kind." + error.kind] ?? error.kind
            return (say("refusal.notFound", ["kind": kind, "reference": error.reference]), [])
        default:
            return (error.description, [])
        }
    }

    /// One clash in the page's words: who, the other booking and this one, dates as the page writes them.
    func clash(_ clash: ScheduleClash) -> String {
        var values = ["who": clash.who ?? "", "extra": clash.extra ?? ""]
        if let booked = clash.booked { values["booked"] = session(booked) }
        if let mine = clash.mine { values["mine"] = session(mine) }
        if clash.kind == .outsideEvent, let extra = clash.extra {
            let days = extra.split(separator: "|").compactMap { CalendarDate(parsing: String($0)) }
            if days.count == 2 { values["extra"] = DateWording.range(days[0], days[1], visitor.language) }
        }
        guard visitor.messages[clash.key] != nil else { return clash.description }
        return say(clash.key, values)
    }

    /// `DV-SAATLI-2021-10, 3-cü sessiya, 26 oktyabr 2021, 09:30–12:30`.
    func session(_ booked: ScheduleClash.Booked) -> String {
        let date = CalendarDate(parsing: booked.date).map { DateWording.long($0, visitor.language) } ?? booked.date
        return say("refusal.session", [
            "event": booked.eventCode, "session": String(booked.session), "nth": nth(booked.session), "date": date, "time": booked.start + "–" + booked.end,
        ])
    }

    /// `3-cü` in Azerbaijani; the number itself in the other languages.
    private func nth(_ number: Int) -> String { visitor.language == .az ? AzerbaijaniOrdinal.text(number) : String(number) }

    private func say(_ key: String, _ values: [String: String]) -> String {
        values.reduce(visitor.text(key)) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }
}
