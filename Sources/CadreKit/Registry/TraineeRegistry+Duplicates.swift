public import CadreModel
import Foundation

/// Finding and merging records that are probably the same person.
extension TraineeRegistry {
    /// Two records that may be one person, and why Cadre thinks so.
    public struct ProbableDuplicate: Sendable, Equatable {
        public let first: Trainee
        public let second: Trainee
        public let reason: String
    }

    /// Weaker matches than the automatic merge rule, for a person to decide: the same name
    /// (ignoring case, diacritics, invisible characters and word order) with the same phone,
    /// the same date of birth, or nothing else in common; or different names with the same
    /// e-mail or phone. Never merged silently.
    public func probableDuplicates() throws -> [ProbableDuplicate] {
        try database.read { database in
            let store = database.trainees
            let sameName = try store.sameNamePairs().map { a, b in
                ProbableDuplicate(first: a, second: b, reason: IdentityPolicy.probableReason(sameName: a, b))
            }
            let named = Set(sameName.map { [$0.first.id, $0.second.id] })
            let sameContact = try store.sameContactPairs().filter { !named.contains([$0.0.id, $0.1.id]) }.map { a, b in
                ProbableDuplicate(first: a, second: b, reason: IdentityPolicy.probableReason(sameContact: a, b))
            }
            return (sameName + sameContact).sorted { ($0.first.ref, $0.second.ref) < ($1.first.ref, $1.second.ref) }
        }
    }

    /// Makes `other` part of `keep`, in one transaction: `keep` gains `other`'s references,
    /// enrollments, attendance, scores and certificates, and any facts it lacked. `other`'s
    /// references keep resolving — to `keep`.
    public func merge(keep keepReference: String, other otherReference: String, context: ChangeContext) throws -> Trainee {
        try database.write { database in
            var keep = try find(keepReference, in: database)
            var other = try find(otherReference, in: database)
            guard keep.id != other.id else { throw TraineeRegistryError.cannotMergeIntoItself(keep.ref) }
            let store = database.trainees
            let filled = TraineeDetails(of: other).fillingGaps(of: keep).apply(to: &keep)
            let now = context.now()
            keep.updatedAt = now
            try store.update(keep)
            try store.moveRecords(from: other.id, to: keep.id)
            other.mergedIntoID = keep.id
            other.updatedAt = now
            try store.update(other)
            try audit(database, context, action: "trainee.merge", trainee: keep,
                detail: "merged \(other.ref) into it" + (filled.isEmpty ? "" : "; filled: \(filled.joined(separator: ", "))"))
            return try find(keep.ref, in: database)
        }
    }
}
