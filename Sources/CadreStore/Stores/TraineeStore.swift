public import CadreModel
public import Foundation

/// Queries for trainees, their references and the records that hang off them.
package struct TraineeStore<Connection: SQLConnection>: TraineeStorage {
    package let database: Connection

    package init(_ database: Connection) { self.database = database }

    /// A person's columns as ``trainee(from:)`` reads them, ids as UUIDs, for a query `FROM trainee`.
    package static var columns: String { """
        trainee.uuid AS id, trainee.ref, trainee.full_name, trainee.sex, trainee.birth_date, trainee.profession_code,
        trainee.organization, trainee.region_code, trainee.email, trainee.phone, trainee.national_id,
        (SELECT m.uuid FROM trainee AS m WHERE m.id = trainee.merged_into_id) AS merged_into_id, trainee.erased_at,
        trainee.created_at, trainee.updated_at
        """
    }

    /// Takes the next short reference (`T-00042`) from the counter, inside the caller's transaction.
    package func nextShortRef() throws -> String {
        try RefCounter(database: database).next(kind: "trainee", prefix: "T-")
    }

    /// Short references for many new people in one transaction (see ``RefCounter/batch(kind:prefix:)``).
    package func shortRefs() throws -> any ReferenceBatch {
        try RefCounter(database: database).batch(kind: "trainee", prefix: "T-")
    }

    /// Adds a person. `nameKey` is ``nameKey(_:)`` of their name when the caller has made it
    /// already (an import makes it on its parsing thread); the statement is prepared once and
    /// kept, since imports call this for every row.
    package func insert(_ trainee: Trainee, nameKey: String? = nil) throws {
        let created = Timestamp.string(from: trainee.createdAt)
        try database.execute(
            traineeInsertSQL,
            [
                trainee.id, trainee.ref, trainee.fullName, trainee.sex?.rawValue, trainee.birthDate, trainee.professionCode,
                trainee.organization, trainee.regionCode, trainee.email, trainee.phone, trainee.nationalID,
                try database.rowID(.trainee, trainee.mergedIntoID), trainee.erasedAt.map(Timestamp.string(from:)), created,
                trainee.updatedAt == trainee.createdAt ? created : Timestamp.string(from: trainee.updatedAt),
                nameKey ?? trainee.fullName.map(Self.nameKey),
            ])
    }

    package func update(_ trainee: Trainee) throws {
        try database.execute(
            """
            UPDATE trainee SET full_name = ?, sex = ?, birth_date = ?, profession_code = ?, organization = ?,
                region_code = ?, email = ?, phone = ?, national_id = ?, merged_into_id = ?, erased_at = ?,
                updated_at = ?, name_key = ?
            WHERE uuid = ?
            """,
            [
                trainee.fullName, trainee.sex?.rawValue, trainee.birthDate, trainee.professionCode, trainee.organization,
                trainee.regionCode, trainee.email, trainee.phone, trainee.nationalID, try database.rowID(.trainee, trainee.mergedIntoID),
                trainee.erasedAt.map(Timestamp.string(from:)), Timestamp.string(from: trainee.updatedAt),
                trainee.fullName.map(Self.nameKey), trainee.id,
            ])
    }

    /// Records a centre's reference for a person. A reference already pointing at them is fine.
    /// `isDuplicate` marks the reference of a second registration merged into the person.
    package func addExternalRef(_ ref: String, to traineeID: UUID, source: String?, isDuplicate: Bool = false) throws {
        try database.execute(
            """
            INSERT INTO trainee_external_ref (ref, trainee_id, kind, source) VALUES (?, (SELECT id FROM trainee WHERE uuid = ?), ?, ?)
            ON CONFLICT (ref) DO NOTHING
            """, [ref, traineeID, isDuplicate ? "duplicate" : "own", source])
    }

    /// True when `ref` came from a duplicate registration merged into someone.
    package func isDuplicateRef(_ ref: String) throws -> Bool {
        try database.scalar("SELECT kind FROM trainee_external_ref WHERE ref = ?", [TextFolding.clean(ref)]).stringValue == "duplicate"
    }

    package func trainee(id: UUID) throws -> Trainee? {
        try database.row("SELECT \(Self.columns) FROM trainee WHERE uuid = ?", [id]).map(trainee(from:))
    }

    /// The person a reference names — Cadre's short ref or any of the centre's refs,
    /// following merges to the surviving record.
    package func resolve(_ reference: String) throws -> Trainee? {
        try resolveID(reference).flatMap(trainee(id:))
    }

    /// The id of the person a reference names, following merges, without reading their
    /// record: what bulk imports need for every distinct reference in a file.
    package func resolveID(_ reference: String) throws -> UUID? {
        let ref = TextFolding.clean(reference)
        // Cadre's own references win; only `T-` and digits can be one, so a centre's reference
        // (most of an import's) goes straight to the centres' table.
        let found = Trainee.couldBeShortRef(ref)
            ? try database.row(
                """
                SELECT uuid, merged_into_id FROM trainee WHERE id = COALESCE(
                    (SELECT id FROM trainee WHERE ref = ?), (SELECT trainee_id FROM trainee_external_ref WHERE ref = ?))
                """, [ref.uppercased(), ref])
            : try database.row(
                "SELECT t.uuid, t.merged_into_id FROM trainee_external_ref AS x JOIN trainee AS t ON t.id = x.trainee_id WHERE x.ref = ?", [ref])
        guard var row = found else { return nil }
        var hops = 0
        while let merged = row.int(at: 1), hops < 100,
            let next = try database.row("SELECT uuid, merged_into_id FROM trainee WHERE id = ?", [merged])
        {
            row = next
            hops += 1
        }
        return try StoredRow(row, table: "trainee", names: ["id", "merged_into_id"]).uuid("id")
    }

    /// The ids of the records merged into a person (their earlier duplicate registrations).
    package func records(mergedInto traineeID: UUID) throws -> [UUID] {
        try database.rows(
            "SELECT uuid AS id FROM trainee WHERE merged_into_id = (SELECT id FROM trainee WHERE uuid = ?) ORDER BY uuid", [traineeID]
        ).map { try $0.stored("trainee").uuid("id") }
    }

    package func externalRefs(of traineeID: UUID) throws -> [String] {
        try database.rows(
            "SELECT ref FROM trainee_external_ref WHERE trainee_id = (SELECT id FROM trainee WHERE uuid = ?) ORDER BY ref", [traineeID])
            .compactMap { $0.string(at: 0) }
    }

    package func shownRef(of traineeID: UUID) throws -> String? {
        try database.row("SELECT \(EventStore<Connection>.printedRef) FROM trainee AS t WHERE t.uuid = ?", [traineeID])?.string(at: 0)
    }

    /// Every person's own and merged-in external references, in one read, for lists.
    package func allExternalRefs() throws -> [UUID: [String]] {
        var refs: [UUID: [String]] = [:]
        try database.forEachRow(
            "SELECT t.uuid AS trainee_id, x.ref FROM trainee_external_ref AS x JOIN trainee AS t ON t.id = x.trainee_id ORDER BY x.ref"
        ) { row in
            let stored = row.stored("trainee_external_ref")
            refs[try stored.uuid("trainee_id"), default: []].append(try stored.text("ref"))
        }
        return refs
    }

    /// Active (not merged) trainees matching the filter, in no particular order.
    package func list(_ filter: TraineeFilter) throws -> [Trainee] {
        try database.rows(
            """
            SELECT \(Self.columns) FROM trainee
            WHERE merged_into_id IS NULL
              AND (CAST(? AS TEXT) IS NULL OR profession_code = ?) AND (CAST(? AS TEXT) IS NULL OR region_code = ?) AND (CAST(? AS TEXT) IS NULL OR sex = ?)
            """,
            [filter.professionCode, filter.professionCode, filter.regionCode, filter.regionCode, filter.sex?.rawValue, filter.sex?.rawValue]
        ).map(trainee(from:))
    }

    /// Calls `body` with every active trainee, streaming, for building import indexes and exports.
    package func forEachActive(_ body: (Trainee) throws -> Void) throws {
        try database.forEachRow("SELECT \(Self.columns) FROM trainee WHERE merged_into_id IS NULL ORDER BY ref") {
            try body(try trainee(from: $0))
        }
    }

    /// Pairs of active trainees whose folded names are equal, with both records.
    package func sameNamePairs() throws -> [(Trainee, Trainee)] {
        try pairs(
            """
            SELECT a.uuid AS a_id, b.uuid AS b_id FROM trainee AS a
            JOIN trainee AS b ON b.name_key = a.name_key AND a.ref < b.ref
            WHERE a.merged_into_id IS NULL AND b.merged_into_id IS NULL AND a.name_key IS NOT NULL AND a.name_key <> ''
            ORDER BY a.ref, b.ref
            """)
    }

    /// Pairs of active trainees sharing an e-mail or a phone.
    package func sameContactPairs() throws -> [(Trainee, Trainee)] {
        try pairs(
            """
            SELECT a.uuid AS a_id, b.uuid AS b_id, a.ref AS a_ref, b.ref AS b_ref FROM trainee AS a
            JOIN trainee AS b ON b.email = a.email AND a.ref < b.ref
            WHERE a.merged_into_id IS NULL AND b.merged_into_id IS NULL
            UNION
            SELECT a.uuid, b.uuid, a.ref, b.ref FROM trainee AS a
            JOIN trainee AS b ON b.phone = a.phone AND a.ref < b.ref
            WHERE a.merged_into_id IS NULL AND b.merged_into_id IS NULL
            ORDER BY 3, 4
            """)
    }

    private func pairs(_ sql: String) throws -> [(Trainee, Trainee)] {
        try database.rows(sql).compactMap { row in
            let stored = row.stored("trainee")
            guard let a = try trainee(id: try stored.uuid("a_id")), let b = try trainee(id: try stored.uuid("b_id"))
            else { return nil }
            return (a, b)
        }
    }

    /// Moves everything recorded for `other` to `keep`: references, enrollments with their
    /// attendance, scores and certificates. Where both were enrolled in the same event the kept
    /// person's records win and the other's fill only the gaps.
    package func moveRecords(from other: UUID, to keep: UUID) throws {
        guard let otherID = try database.rowID(.trainee, other), let keepID = try database.rowID(.trainee, keep) else { return }
        try database.execute(
            "UPDATE trainee_external_ref SET trainee_id = ?, kind = 'duplicate' WHERE trainee_id = ?", [keepID, otherID])
        let shared = try database.rows(
            """
            SELECT o.id AS other_enrollment, k.id AS keep_enrollment FROM enrollment AS o
            JOIN enrollment AS k ON k.event_id = o.event_id AND k.trainee_id = ?
            WHERE o.trainee_id = ?
            """, [keepID, otherID])
        for row in shared {
            let from = row.int("other_enrollment") ?? 0
            let to = row.int("keep_enrollment") ?? 0
            try database.execute(
                """
                UPDATE attendance SET enrollment_id = ? WHERE enrollment_id = ?
                AND session_id NOT IN (SELECT session_id FROM attendance WHERE enrollment_id = ?)
                """, [to, from, to])
            try database.execute("DELETE FROM attendance WHERE enrollment_id = ?", [from])
            try database.execute(
                """
                UPDATE assessment_score SET enrollment_id = ? WHERE enrollment_id = ?
                AND kind NOT IN (SELECT kind FROM assessment_score WHERE enrollment_id = ?)
                """, [to, from, to])
            try database.execute("DELETE FROM assessment_score WHERE enrollment_id = ?", [from])
            try database.execute("UPDATE certificate SET enrollment_id = ? WHERE enrollment_id = ?", [to, from])
            // Feedback: the kept person has answered what either answered (two forms stay two).
            try database.execute(
                """
                UPDATE feedback_respondent SET enrollment_id = ? WHERE enrollment_id = ?
                AND questionnaire_id NOT IN (SELECT questionnaire_id FROM feedback_respondent WHERE enrollment_id = ?)
                """, [to, from, to])
            try database.execute("DELETE FROM feedback_respondent WHERE enrollment_id = ?", [from])
            try database.execute("UPDATE feedback_response SET enrollment_id = ? WHERE enrollment_id = ?", [to, from])
            try database.execute("UPDATE follow_up_link SET enrollment_id = ? WHERE enrollment_id = ?", [to, from])
            try database.execute("DELETE FROM enrollment WHERE id = ?", [from])
        }
        try database.execute("UPDATE enrollment SET trainee_id = ? WHERE trainee_id = ?", [keepID, otherID])
    }

    /// Removes a person's references (they can point back to the centre's spreadsheets).
    package func removeExternalRefs(of traineeID: UUID) throws {
        try database.execute("DELETE FROM trainee_external_ref WHERE trainee_id = (SELECT id FROM trainee WHERE uuid = ?)", [traineeID])
    }

    /// Number of enrollments of a person, for `trainee show`.
    package func enrollmentCount(of traineeID: UUID) throws -> Int {
        try database.scalar(
            "SELECT count(*) FROM enrollment WHERE trainee_id = (SELECT id FROM trainee WHERE uuid = ?)", [traineeID]
        ).intValue ?? 0
    }

    package func home(of traineeID: UUID) throws -> TraineeHome {
        // Enrolment row ids grow as enrolments are made, so the smallest is the first.
        let first = try database.row(
            """
            SELECT ce.uuid AS centre FROM enrollment AS en
            JOIN training_event AS ev ON ev.id = en.event_id LEFT JOIN centre AS ce ON ce.id = ev.centre_id
            WHERE en.trainee_id = (SELECT id FROM trainee WHERE uuid = ?) ORDER BY en.id LIMIT 1
            """, [traineeID])
        guard let first else { return .unenrolled }
        return try first.stored("enrollment").optionalUUID("centre").map(TraineeHome.centre) ?? .national
    }

    package func trainee(from row: Row) throws -> Trainee {
        let stored = row.stored("trainee")
        return Trainee(
            id: try stored.uuid("id"), ref: try stored.text("ref"), fullName: stored.optionalText("full_name"),
            sex: try stored.optionalValue("sex", as: Sex.self), birthDate: stored.optionalText("birth_date"),
            professionCode: stored.optionalText("profession_code"), organization: stored.optionalText("organization"),
            regionCode: stored.optionalText("region_code"), email: stored.optionalText("email"), phone: stored.optionalText("phone"),
            nationalID: stored.optionalText("national_id"), externalRefs: [], mergedIntoID: try stored.optionalUUID("merged_into_id"),
            erasedAt: try stored.optionalTimestamp("erased_at"), createdAt: try stored.timestamp("created_at"),
            updatedAt: try stored.timestamp("updated_at"))
    }
}

extension TraineeStore {
    /// The active person who is certainly the same as someone with these details: the same
    /// FIN, or the same e-mail and the same name (ignoring case). Returns the reason too.
    package func strongMatch(nationalID: String?, email: String?, fullName: String?) throws -> (Trainee, String)? {
        if let nationalID,
            let row = try database.row(
                "SELECT \(Self.columns) FROM trainee WHERE national_id = ? AND merged_into_id IS NULL LIMIT 1", [nationalID])
        {
            return (try trainee(from: row), IdentityPolicy.sameNationalIDReason)
        }
        if let email, let fullName {
            for row in try database.rows(
                "SELECT \(Self.columns) FROM trainee WHERE email = ? AND merged_into_id IS NULL", [email])
            {
                let candidate = try trainee(from: row)
                if let reason = IdentityPolicy.sameEmailAndName(fullName, candidate) { return (candidate, reason) }
            }
        }
        return nil
    }

    /// An active person whose record already says exactly this (for re-importing rows that
    /// carry no reference).
    package func identicalRecord(_ details: TraineeDetails) throws -> Trainee? {
        guard let name = details.fullName else { return nil }
        return try database.rows(
            "SELECT \(Self.columns) FROM trainee WHERE name_key = ? AND merged_into_id IS NULL", [Self.nameKey(name)]
        ).map(trainee(from:)).first { TraineeDetails(of: $0) == details }
    }

    /// ``IdentityPolicy/nameKey(_:)``, the key the `name_key` column holds.
    package static func nameKey(_ name: String) -> String { IdentityPolicy.nameKey(name) }
}

/// Adds a person with ``TraineeStore/insert(_:nameKey:)``'s values, in their order; made once, as
/// imports run it for every row.
private let traineeInsertSQL = """
    INSERT INTO trainee (uuid, ref, full_name, sex, birth_date, profession_code, organization, region_code, email, phone,
        national_id, merged_into_id, erased_at, created_at, updated_at, name_key)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    """
