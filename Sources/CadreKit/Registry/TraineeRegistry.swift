public import CadreModel
import Foundation

/// The register of people trained: adding, editing, finding and listing them.
///
/// Personal values never go into the audit log — only which fields changed — so erasing a
/// person really removes their data (the log itself cannot be changed).
public struct TraineeRegistry {
    let database: any Store

    public init(_ database: any Store) { self.database = database }

    /// Registers a person. Refuses someone already registered (same FIN, or same e-mail and
    /// name) unless `force` is set.
    public func add(_ details: TraineeDetails, externalRef: String?, force: Bool = false, context: ChangeContext) throws -> Trainee {
        guard details.fullName != nil else { throw TraineeRegistryError.missingField("the name (--name)") }
        guard details.sex != nil else { throw TraineeRegistryError.missingField("the sex (--sex)") }
        guard details.professionCode != nil else { throw TraineeRegistryError.missingField("the profession (--profession)") }
        return try database.write { database in
            let store = database.trainees
            if !force, let (existing, reason) = try store.strongMatch(nationalID: details.nationalID, email: details.email, fullName: details.fullName) {
                throw TraineeRegistryError.alreadyRegistered(existingRef: existing.ref, reason: reason)
            }
            if let externalRef, let owner = try store.resolve(externalRef) {
                throw TraineeRegistryError.referenceTaken(ref: externalRef, ownerRef: owner.ref)
            }
            let trainee = try insert(details, ref: try store.nextShortRef(), externalRef: externalRef, source: "cli", store: store, context: context)
            try audit(database, context, action: "trainee.add", trainee: trainee, detail: nil)
            return trainee
        }
    }

    func insert(
        _ details: TraineeDetails, ref: String, externalRef: String?, source: String?, store: any TraineeStorage,
        context: ChangeContext
    ) throws -> Trainee {
        var trainee = Self.newTrainee(details, ref: ref, context: context)
        try store.insert(trainee)
        if let externalRef {
            try store.addExternalRef(externalRef, to: trainee.id, source: source)
            trainee.externalRefs = [externalRef]
        }
        return trainee
    }

    /// A new person's record with these details, for the caller to store.
    static func newTrainee(_ details: TraineeDetails, ref: String, context: ChangeContext) -> Trainee {
        let now = context.now()
        var trainee = Trainee(id: context.makeID(), ref: ref, fullName: nil, sex: nil, professionCode: nil, createdAt: now, updatedAt: now)
        _ = details.apply(to: &trainee)
        return trainee
    }

    /// Changes the given fields of a person; returns the record and the names of changed fields.
    public func edit(_ reference: String, _ details: TraineeDetails, context: ChangeContext) throws -> (Trainee, [String]) {
        try database.write { database in
            var trainee = try find(reference, in: database)
            guard trainee.erasedAt == nil else { throw TraineeRegistryError.alreadyErased(trainee.ref) }
            let changed = details.apply(to: &trainee)
            guard !changed.isEmpty else { return (trainee, []) }
            trainee.updatedAt = context.now()
            try database.trainees.update(trainee)
            try audit(database, context, action: "trainee.edit", trainee: trainee, detail: "changed: " + changed.joined(separator: ", "))
            return (trainee, changed)
        }
    }

    /// The person a reference names (short ref or a centre's ref), with their references.
    public func find(_ reference: String) throws -> Trainee {
        try database.read { try find(reference, in: $0) }
    }

    func find(_ reference: String, in database: any Store) throws -> Trainee {
        let store = database.trainees
        guard var trainee = try store.resolve(reference) else {
            throw NotFound(kind: "trainee", reference: reference)
        }
        trainee.externalRefs = try store.externalRefs(of: trainee.id)
        return trainee
    }

    /// Active trainees matching the filter, in Azerbaijani alphabetical order of their names.
    /// The people matching the filter in Azerbaijani alphabetical order, each with their
    /// centres' references, up to the filter's limit — and how many matched in all, so a
    /// shortened list can say so.
    public func list(_ filter: TraineeFilter) throws -> (trainees: [Trainee], matching: Int) {
        var (trainees, externalRefs) = try database.read { database in
            let store = database.trainees
            return (try store.list(filter), try store.allExternalRefs())
        }
        for index in trainees.indices { trainees[index].externalRefs = externalRefs[trainees[index].id] ?? [] }
        if let search = filter.search.map(TextFolding.matchKey), !search.isEmpty {
            trainees = trainees.filter { trainee in
                ([trainee.fullName, trainee.ref, trainee.email, trainee.phone, trainee.nationalID] + trainee.externalRefs)
                    .compactMap { $0.map(TextFolding.matchKey) }.contains { $0.contains(search) }
            }
        }
        let sorted = trainees.sortedAzerbaijani { $0.fullName ?? "" }
        return (filter.limit.map { Array(sorted.prefix($0)) } ?? sorted, sorted.count)
    }

    func audit(_ database: any Store, _ context: ChangeContext, action: String, trainee: Trainee, detail: String?) throws {
        try database.audit.record(context, action, entity: "trainee",
            entityID: trainee.id.databaseText, detail: [trainee.ref, detail].compactMap { $0 }.joined(separator: ": "))
    }
}
