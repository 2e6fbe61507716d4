import CadreModel
import Foundation

extension InMemoryStore {
    struct Trainees: TraineeStorage {
        let store: InMemoryStore

        private var active: [Trainee] {
            store.state.trainees.values.filter { $0.mergedIntoID == nil }.sorted { $0.ref < $1.ref }
        }

        func nextShortRef() throws -> String { ShortReference.make(prefix: "T-", number: store.take("trainee")) }

        func shortRefs() throws -> any ReferenceBatch { Batch(store: store) }

        final class Batch: ReferenceBatch {
            let store: InMemoryStore
            init(store: InMemoryStore) { self.store = store }
            func take() -> String { ShortReference.make(prefix: "T-", number: store.take("trainee")) }
            func save() throws {}
        }

        func insert(_ trainee: Trainee, nameKey: String?) throws {
            var stored = trainee
            stored.externalRefs = []
            store.state.trainees[trainee.id] = stored
        }

        func update(_ trainee: Trainee) throws {
            var stored = trainee
            stored.externalRefs = []
            store.state.trainees[trainee.id] = stored
        }

        func addExternalRef(_ ref: String, to traineeID: UUID, source: String?, isDuplicate: Bool) throws {
            if store.state.externalRefs[ref] == nil {
                store.state.externalRefs[ref] = (traineeID, isDuplicate ? "duplicate" : "own", source)
            }
        }

        func isDuplicateRef(_ ref: String) throws -> Bool {
            store.state.externalRefs[TextFolding.clean(ref)]?.kind == "duplicate"
        }

        func trainee(id: UUID) throws -> Trainee? { store.state.trainees[id] }

        func resolve(_ reference: String) throws -> Trainee? { try resolveID(reference).flatMap(trainee(id:)) }

        func resolveID(_ reference: String) throws -> UUID? {
            let ref = TextFolding.clean(reference)
            let named = store.state.trainees.values.first { $0.ref == ref.uppercased() }?.id ?? store.state.externalRefs[ref]?.traineeID
            guard var id = named else { return nil }
            var hops = 0
            while let merged = store.state.trainees[id]?.mergedIntoID, hops < 100 {
                id = merged
                hops += 1
            }
            return id
        }

        func records(mergedInto traineeID: UUID) throws -> [UUID] {
            store.state.trainees.values.filter { $0.mergedIntoID == traineeID }.map(\.id)
        }

        func externalRefs(of traineeID: UUID) throws -> [String] {
            store.state.externalRefs.filter { $0.value.traineeID == traineeID }.map(\.key).sorted()
        }

        func allExternalRefs() throws -> [UUID: [String]] {
            Dictionary(grouping: store.state.externalRefs.keys.sorted()) { store.state.externalRefs[$0]!.traineeID }
        }

        func list(_ filter: TraineeFilter) throws -> [Trainee] {
            active.filter { trainee in
                (filter.professionCode == nil || trainee.professionCode == filter.professionCode)
                    && (filter.regionCode == nil || trainee.regionCode == filter.regionCode)
                    && (filter.sex == nil || trainee.sex == filter.sex)
            }
        }

        func forEachActive(_ body: (Trainee) throws -> Void) throws { try active.forEach(body) }

        func sameNamePairs() throws -> [(Trainee, Trainee)] {
            pairs { a, b in
                guard let first = a.fullName.map(IdentityPolicy.nameKey), !first.isEmpty else { return false }
                return b.fullName.map(IdentityPolicy.nameKey) == first
            }
        }

        func sameContactPairs() throws -> [(Trainee, Trainee)] {
            pairs { a, b in (a.email != nil && a.email == b.email) || (a.phone != nil && a.phone == b.phone) }
        }

        private func pairs(_ match: (Trainee, Trainee) -> Bool) -> [(Trainee, Trainee)] {
            let people = active
            var result: [(Trainee, Trainee)] = []
            for (index, a) in people.enumerated() {
                for b in people[(index + 1)...] where match(a, b) { result.append((a, b)) }
            }
            return result
        }

        /// Only references move: this store keeps no enrolments.
        func moveRecords(from other: UUID, to keep: UUID) throws {
            for (ref, entry) in store.state.externalRefs where entry.traineeID == other {
                store.state.externalRefs[ref] = (keep, "duplicate", entry.source)
            }
        }

        func removeExternalRefs(of traineeID: UUID) throws {
            store.state.externalRefs = store.state.externalRefs.filter { $0.value.traineeID != traineeID }
        }

        func enrollmentCount(of traineeID: UUID) throws -> Int { 0 }
        func home(of traineeID: UUID) throws -> TraineeHome { .unenrolled }
        func shownRef(of traineeID: UUID) throws -> String? { store.state.trainees[traineeID]?.ref }

        func strongMatch(nationalID: String?, email: String?, fullName: String?) throws -> (Trainee, String)? {
            if let nationalID, let person = active.first(where: { $0.nationalID == nationalID }) {
                return (person, IdentityPolicy.sameNationalIDReason)
            }
            if let email, let fullName {
                for candidate in active where candidate.email == email {
                    if let reason = IdentityPolicy.sameEmailAndName(fullName, candidate) { return (candidate, reason) }
                }
            }
            return nil
        }

        func identicalRecord(_ details: TraineeDetails) throws -> Trainee? {
            guard let name = details.fullName else { return nil }
            let key = IdentityPolicy.nameKey(name)
            return active.first { $0.fullName.map(IdentityPolicy.nameKey) == key && TraineeDetails(of: $0) == details }
        }
    }
}
