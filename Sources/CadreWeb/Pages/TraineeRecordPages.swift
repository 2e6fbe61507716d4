import CadreKit
import CadreModel
import CadreRender
import Foundation

/// One person's record (`/trainees/REF`: see and correct it) and the records that may be one
/// person (`/trainees/duplicates`: review and merge). A centre's users reach only the people of
/// their centre's events and those enrolled nowhere yet (``Access/mayEdit(_:in:)``); anyone
/// else's record answers 404.
extension WebApp {
    func traineeRecord(_ visitor: Visitor, reference: String, values: [String: TemplateValue] = [:], status: Int = 200) throws -> HTTPResponse {
        guard let trainee = try visibleTrainee(visitor, reference) else { return try notFound(visitor) }
        var context = values
        // The reference the centre's own sheets print leads for a centre's users (as on every
        // other page they see); the registry's T-… leads for everyone else.
        let refs = visitor.user.centreID != nil && !trainee.externalRefs.isEmpty
            ? trainee.externalRefs + [trainee.ref] : [trainee.ref] + trainee.externalRefs
        context["person"] = [
            "ref": .string(trainee.ref), "shownRef": .string(refs[0]), "path": .string(Self.pathEscaped(trainee.ref)), "name": .text(trainee.fullName),
            "organization": .text(trainee.organization), "email": .text(trainee.email), "phone": .text(trainee.phone),
            "nationalID": .text(trainee.nationalID), "birthDate": .text(trainee.birthDate),
            "otherRefs": .text(refs.count > 1 ? refs.dropFirst().joined(separator: ", ") : nil),
        ]
        let labels = try PersonLabels(visitor.store, language: visitor.language)
        context["sexes"] = .list(Sex.allCases.map { ["value": .string($0.rawValue), "label": .string(visitor.text("web.person.sex." + $0.rawValue)), "chosen": .bool($0 == trainee.sex)] })
        context["professions"] = labels.professionChoices(chosen: trainee.professionCode)
        context["regions"] = labels.regionChoices(chosen: trainee.regionCode)
        let access = visitor.access
        let history = try TraineeHistory.load(trainee, database: visitor.store) { access.sees(centreID: $0) }
        context["history"] = .list(history.lines.map { line in
            let yes = visitor.text("attendance.yes"), no = visitor.text("attendance.no")
            return [
                "code": .string(line.event.code), "centre": .text(line.centreName?[visitor.language]), "course": .string(line.courseTitle[visitor.language]),
                "dates": .string(DateWording.range(line.event.startDate, line.event.endDate, visitor.language)),
                "status": .string(visitor.text("web.history.status." + line.status.rawValue)), "walkIn": .bool(line.isWalkIn),
                "attended": .text(line.attended.map { "\($0)/\(line.held ?? 0)" }), "completed": .text(line.completed.map { $0 ? yes : no }),
                "scores": .text(line.pre == nil && line.post == nil ? nil : "\(line.pre.map(String.init) ?? "—") → \(line.post.map(String.init) ?? "—")"),
                "serial": .text(line.certificate?.serial),
                "revoked": .text(line.certificate?.revokedAt != nil ? visitor.text("register.status.revoked") : nil),
            ]
        })
        context["hasHistory"] = .bool(!history.lines.isEmpty)
        context["hidden"] = .text(history.hidden == 0 ? nil : visitor.text("web.history.hidden").replacingOccurrences(of: "{count}", with: String(history.hidden)))
        return try page("trainee", visitor, context, status: status)
    }

    func editTrainee(_ visitor: Visitor, reference: String) throws -> HTTPResponse {
        guard let trainee = try visibleTrainee(visitor, reference) else { return try notFound(visitor) }
        let (details, problems) = try traineeDetails(visitor)
        guard problems.isEmpty else {
            return try traineeRecord(visitor, reference: trainee.ref, values: ["problems": .list(problems.map { .string($0) })], status: 400)
        }
        let (_, changed) = try TraineeRegistry(visitor.store).edit(trainee.ref, details, context: visitor.changeContext)
        let done = changed.isEmpty ? visitor.text("web.trainee.unchanged") : visitor.text("web.trainee.saved")
        return try traineeRecord(visitor, reference: trainee.ref, values: ["done": .string(done)])
    }

    /// Pairs of records that may be one person, with why, to merge or leave.
    func duplicates(_ visitor: Visitor, values: [String: TemplateValue] = [:]) throws -> HTTPResponse {
        let registry = TraineeRegistry(visitor.store)
        let pairs = try registry.probableDuplicates().filter { pair in
            try visitor.access.mayEdit(pair.first, in: visitor.store) && visitor.access.mayEdit(pair.second, in: visitor.store)
        }
        let labels = try PersonLabels(visitor.store, language: visitor.language)
        func person(_ trainee: Trainee) -> TemplateValue {
            [
                "ref": .string(trainee.ref), "path": .string(Self.pathEscaped(trainee.ref)), "name": .text(trainee.fullName),
                "profession": .text(trainee.professionCode.map(labels.profession)), "phone": .text(trainee.phone), "email": .text(trainee.email),
            ]
        }
        var context = values
        context["pairs"] = .list(pairs.map { pair in
            ["first": person(pair.first), "second": person(pair.second), "reason": .string(Self.duplicateReason(pair.reason, visitor))]
        })
        return try page("duplicates", visitor, context)
    }

    /// Merges `other` into `keep` (one transaction: enrolments, marks, scores and certificates move).
    func merge(_ visitor: Visitor) throws -> HTTPResponse {
        guard let keepRef = visitor.field("keep"), let otherRef = visitor.field("other"),
            let keep = try visibleTrainee(visitor, keepRef), let other = try visibleTrainee(visitor, otherRef)
        else { return try notFound(visitor) }
        let kept = try TraineeRegistry(visitor.store).merge(keep: keep.ref, other: other.ref, context: visitor.changeContext)
        return try duplicates(visitor, values: ["done": .string(visitor.text("web.duplicates.merged") + " \(other.ref) → \(kept.ref)")])
    }

    /// The person a reference names, if this user may see their record.
    func visibleTrainee(_ visitor: Visitor, _ reference: String) throws -> Trainee? {
        guard let trainee = try visitor.store.read({ try $0.trainees.resolve(reference) }), trainee.erasedAt == nil,
            try visitor.access.mayEdit(trainee, in: visitor.store)
        else { return nil }
        return try TraineeRegistry(visitor.store).find(trainee.ref)
    }

    /// The domain's reasons (IdentityPolicy) in the page's language.
    static func duplicateReason(_ english: String, _ visitor: Visitor) -> String {
        let keys = [
            "same name and phone": "web.duplicates.reason.namePhone", "same name and date of birth": "web.duplicates.reason.nameBirth",
            "same name, apart from case, diacritics or spacing": "web.duplicates.reason.name",
            "same e-mail, different name": "web.duplicates.reason.email", "same phone, different name": "web.duplicates.reason.phone",
        ]
        return keys[english].map(visitor.text) ?? english
    }
}
