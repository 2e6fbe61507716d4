public import CadreModel
import Foundation

/// Data-protection erasure.
extension TraineeRegistry {
    /// Removes a person's personal data — name, e-mail, phone, FIN, date of birth and the
    /// centres' references — from their record and from any duplicate records merged into it,
    /// keeping the anonymous facts statistics need (sex, profession, region, enrollments,
    /// attendance, scores), so reported totals do not change.
    ///
    /// With `secure_delete` on, the old values are overwritten in the database pages; call
    /// ``Database/vacuum()`` afterwards to leave no copy in free pages either.
    public func erase(_ reference: String, reason: String, context: ChangeContext) throws -> Trainee {
        try database.write { database in
            let person = try find(reference, in: database)
            guard person.erasedAt == nil else { throw TraineeRegistryError.alreadyErased(person.ref) }
            let store = database.trainees
            let now = context.now()
            let duplicates = try store.records(mergedInto: person.id)
            for id in [person.id] + duplicates {
                guard var record = try store.trainee(id: id) else { continue }
                record.fullName = nil
                record.email = nil
                record.phone = nil
                record.nationalID = nil
                record.birthDate = nil
                record.erasedAt = now
                record.updatedAt = now
                try store.update(record)
                try store.removeExternalRefs(of: id)
            }
            try audit(database, context, action: "trainee.erase", trainee: person, detail: "reason: \(reason)")
            return try find(person.ref, in: database)
        }
    }
}
