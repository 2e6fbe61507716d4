public import Foundation

/// The people trained, their references (Cadre's `T-00042` and the centres' own) and the
/// records that hang off them.
///
/// Every method runs inside the caller's transaction (``Store/read(_:)`` or
/// ``Store/write(_:)``); the SQLite store in `CadreStore` implements it.
public protocol TraineeStorage {
    /// Takes the next short reference (`T-00042`) from the counter, inside the caller's transaction.
    func nextShortRef() throws -> String

    /// Short references for many new people in one transaction (see ``ReferenceBatch``).
    func shortRefs() throws -> any ReferenceBatch

    /// Adds a person. `nameKey` is ``nameKey(_:)`` of their name when the caller has made it
    /// already (an import makes it on its parsing thread); values are bound straight from
    /// the record, since imports call this for every row.
    func insert(_ trainee: Trainee, nameKey: String?) throws

    /// New people stored together (see ``TraineeInserter``), inside the caller's transaction.
    func inserter() throws -> any TraineeInserter

    func update(_ trainee: Trainee) throws

    /// Records a centre's reference for a person. A reference already pointing at them is fine.
    /// `isDuplicate` marks the reference of a second registration merged into the person.
    func addExternalRef(_ ref: String, to traineeID: UUID, source: String?, isDuplicate: Bool) throws

    /// True when `ref` came from a duplicate registration merged into someone.
    func isDuplicateRef(_ ref: String) throws -> Bool

    func trainee(id: UUID) throws -> Trainee?

    /// The person a reference names — Cadre's short ref or any of the centre's refs,
    /// following merges to the surviving record.
    func resolve(_ reference: String) throws -> Trainee?

    /// The id of the person a reference names, following merges, without reading their
    /// record: what bulk imports need for every distinct reference in a file.
    func resolveID(_ reference: String) throws -> UUID?

    /// The people many references name, each as ``resolve(_:)`` finds them, asked together:
    /// what an import needs for a chunk of its rows. References naming nobody are left out.
    func resolveAll(_ references: [String]) throws -> [String: Trainee]

    /// Every active (not merged) person with one of these national ids, e-mails or name keys
    /// (``nameKey(_:)``), asked together: the people a chunk of imported rows may be.
    func candidates(nationalIDs: [String], emails: [String], nameKeys: [String]) throws -> [Trainee]

    /// Which of these references (cleaned) came from duplicate registrations merged into someone
    /// (see ``isDuplicateRef(_:)``), asked together.
    func duplicateRefs(among references: [String]) throws -> Set<String>

    /// The ids of the records merged into a person (their earlier duplicate registrations).
    func records(mergedInto traineeID: UUID) throws -> [UUID]

    func externalRefs(of traineeID: UUID) throws -> [String]

    /// The reference people see for a person — on sheets, roll calls, lists: the centre's own
    /// (the first of their own external references), else their T-… reference. One rule, so a
    /// person is never S-017 on paper and T-00017 on the screen beside it.
    func shownRef(of traineeID: UUID) throws -> String?

    /// Every person's own and merged-in external references, in one read, for lists.
    func allExternalRefs() throws -> [UUID: [String]]

    /// Active (not merged) trainees matching the filter, in no particular order.
    func list(_ filter: TraineeFilter) throws -> [Trainee]

    /// Calls `body` with every active trainee, streaming, for building import indexes and exports.
    func forEachActive(_ body: (Trainee) throws -> Void) throws

    /// Pairs of active trainees whose folded names are equal, with both records.
    func sameNamePairs() throws -> [(Trainee, Trainee)]

    /// Pairs of active trainees sharing an e-mail or a phone.
    func sameContactPairs() throws -> [(Trainee, Trainee)]

    /// Moves everything recorded for `other` to `keep`: references, enrollments with their
    /// attendance, scores and certificates. Where both were enrolled in the same event the kept
    /// person's records win and the other's fill only the gaps.
    func moveRecords(from other: UUID, to keep: UUID) throws

    /// Removes a person's references (they can point back to the centre's spreadsheets).
    func removeExternalRefs(of traineeID: UUID) throws

    /// Number of enrollments of a person, for `trainee show`.
    func enrollmentCount(of traineeID: UUID) throws -> Int

    /// Whose records the person is part of: the organiser of the event of their first
    /// enrolment (any status), in the order enrolments were made.
    func home(of traineeID: UUID) throws -> TraineeHome

    /// The active person who is certainly the same as someone with these details: the same
    /// FIN, or the same e-mail and the same name (ignoring case). Returns the reason too.
    func strongMatch(nationalID: String?, email: String?, fullName: String?) throws -> (Trainee, String)?

    /// An active person whose record already says exactly this (for re-importing rows that
    /// carry no reference).
    func identicalRecord(_ details: TraineeDetails) throws -> Trainee?
}

extension TraineeStorage {
    public func insert(_ trainee: Trainee) throws { try insert(trainee, nameKey: nil) }

    public func addExternalRef(_ ref: String, to traineeID: UUID, source: String?) throws {
        try addExternalRef(ref, to: traineeID, source: source, isDuplicate: false)
    }
}
