import CadreModel
import Foundation

/// The people a chunk of trainee rows may name or be, read from the store in a few statements
/// when the chunk begins, and kept up to date with what the import itself adds and changes:
/// each row is decided from memory as ``TraineeStorage``'s `resolve`, `strongMatch`,
/// `isDuplicateRef` and `identicalRecord` would decide it row by row, in file order.
///
/// On SQLite a question costs microseconds; on PostgreSQL each is a round trip to the server,
/// and a row asked four.
struct TraineeImportIndex {
    /// Every person read or stored, as they now are.
    private var people: [UUID: Trainee] = [:]
    /// The people each reference of the chunk names (cleaned reference → id), as the store resolved them.
    private var resolved: [String: UUID] = [:]
    /// References given to people during the import: Cadre's (`T-…`) and the centres'.
    private var newShortRefs: [String: UUID] = [:]
    private var newExternalRefs: [String: UUID] = [:]
    private var duplicateRefs = Set<String>()
    /// Who may have a value (checked against the person as they now are before use), in the
    /// order they were found.
    private var byNationalID: [String: [UUID]] = [:]
    private var byEmail: [String: [UUID]] = [:]
    private var byNameKey: [String: [UUID]] = [:]
    /// The name key each person indexed by name now has.
    private var nameKeys: [UUID: String] = [:]

    /// Forgets the last chunk and reads what this one's rows may name or be. Everything the
    /// import stored before must be in the store by now (``TraineeInserter/flush()``).
    mutating func prepare(_ rows: [TraineeRowParser.Parsed], store: any TraineeStorage) throws {
        self = TraineeImportIndex()
        let valid = rows.filter(\.problems.isEmpty)
        let refs = valid.compactMap(\.ref)
        for (ref, person) in try store.resolveAll(refs) {
            resolved[TextFolding.clean(ref)] = person.id
            people[person.id] = person
        }
        duplicateRefs = try store.duplicateRefs(among: refs)
        let contacts = try store.candidates(
            nationalIDs: valid.compactMap(\.details.nationalID), emails: valid.compactMap(\.details.email), nameKeys: [])
        for person in contacts { remember(person, nameKey: nil) }
        // Only rows without a reference are recognised by their whole record, found by name key.
        let nameKeys = valid.filter { $0.ref == nil }.compactMap { $0.nameKey ?? $0.details.fullName.map(IdentityPolicy.nameKey) }
        if !nameKeys.isEmpty {
            for person in try store.candidates(nationalIDs: [], emails: [], nameKeys: nameKeys) {
                remember(person, nameKey: person.fullName.map(IdentityPolicy.nameKey))
            }
        }
    }

    /// Records a person as they now are: read, added or changed by the import. `nameKey`, when
    /// given, is their name's key (``IdentityPolicy/nameKey(_:)``) and indexes them for
    /// ``identicalRecord(_:nameKey:)``; a changed name is indexed anew. (Making a name key costs
    /// more than the rest of a row: it is made only where a row without a reference may need it.)
    mutating func remember(_ person: Trainee, nameKey: String?) {
        let known = people[person.id]
        people[person.id] = person
        func index(_ value: String?, _ was: String?, in map: inout [String: [UUID]]) {
            guard let value, known == nil || value != was else { return }
            map[value, default: []].append(person.id)
        }
        index(person.nationalID, known?.nationalID, in: &byNationalID)
        index(person.email, known?.email, in: &byEmail)
        var key = nameKey
        if key == nil, let known, known.fullName != person.fullName { key = person.fullName.map(IdentityPolicy.nameKey) }
        if let key {
            nameKeys[person.id] = key
            byNameKey[key, default: []].append(person.id)
        }
    }

    /// Records a reference given during the import.
    mutating func remember(externalRef: String, of person: UUID, isDuplicate: Bool) {
        let ref = TextFolding.clean(externalRef)
        newExternalRefs[ref] = newExternalRefs[ref] ?? resolved[ref] ?? person
        if isDuplicate { duplicateRefs.insert(ref) }
    }

    mutating func remember(shortRef: String, of person: UUID) { newShortRefs[shortRef.uppercased()] = person }

    /// ``TraineeStorage/resolve(_:)``: Cadre's own references first, then the centres'.
    func resolve(_ reference: String) -> Trainee? {
        let ref = TextFolding.clean(reference)
        if Trainee.couldBeShortRef(ref), let id = newShortRefs[ref.uppercased()] { return people[id] }
        return (resolved[ref] ?? newExternalRefs[ref]).flatMap { people[$0] }
    }

    func isDuplicateRef(_ reference: String) -> Bool { duplicateRefs.contains(TextFolding.clean(reference)) }

    /// ``TraineeStorage/strongMatch(nationalID:email:fullName:)``.
    func strongMatch(nationalID: String?, email: String?, fullName: String?) -> (Trainee, String)? {
        if let nationalID, let person = active(byNationalID[nationalID]).first(where: { $0.nationalID == nationalID }) {
            return (person, IdentityPolicy.sameNationalIDReason)
        }
        if let email, let fullName {
            for person in active(byEmail[email]) where person.email == email {
                if let reason = IdentityPolicy.sameEmailAndName(fullName, person) { return (person, reason) }
            }
        }
        return nil
    }

    /// ``TraineeStorage/identicalRecord(_:)``.
    func identicalRecord(_ details: TraineeDetails, nameKey: String?) -> Trainee? {
        guard let name = details.fullName else { return nil }
        let key = nameKey ?? IdentityPolicy.nameKey(name)
        return active(byNameKey[key]).first { nameKeys[$0.id] == key && TraineeDetails(of: $0) == details }
    }

    private func active(_ ids: [UUID]?) -> [Trainee] {
        var seen = Set<UUID>()
        return (ids ?? []).compactMap { id in seen.insert(id).inserted ? people[id] : nil }.filter { $0.mergedIntoID == nil }
    }
}
