package import CadreModel
import Foundation

/// ``TraineeInserter`` over either engine: new people go into a ``StagingTable`` and, at each
/// ``flush()``, become people by one `INSERT … SELECT` in the order given, their centres'
/// references by a second.
package final class TraineeStaging<Connection: SQLConnection>: TraineeInserter {
    private let database: Connection
    private let table: StagingTable<Connection>
    /// Rows staged and not yet stored, counted since the last flush.
    private var waiting = (people: 0, references: 0)

    init(_ database: Connection) throws {
        self.database = database
        table = try StagingTable(
            database, name: "staged_trainee",
            definition: """
                seq bigint NOT NULL, uuid \(Connection.uuidColumnType) NOT NULL, ref text NOT NULL, full_name text, sex text, birth_date text, profession_code text,
                organization text, region_code text, email text, phone text, national_id text, created_at text NOT NULL,
                updated_at text NOT NULL, name_key text, external_ref text, source text
                """,
            columns: [
                "seq", "uuid", "ref", "full_name", "sex", "birth_date", "profession_code", "organization", "region_code", "email", "phone",
                "national_id", "created_at", "updated_at", "name_key", "external_ref", "source",
            ])
    }

    package func insert(_ trainee: Trainee, nameKey: String?, externalRef: String?, source: String?) throws {
        precondition(trainee.mergedIntoID == nil && trainee.erasedAt == nil, "a new person is neither merged nor erased")
        let created = Timestamp.string(from: trainee.createdAt)
        try table.append([
            table.count, trainee.id, trainee.ref, trainee.fullName, trainee.sex?.rawValue, trainee.birthDate, trainee.professionCode,
            trainee.organization, trainee.regionCode, trainee.email, trainee.phone, trainee.nationalID, created,
            trainee.updatedAt == trainee.createdAt ? created : Timestamp.string(from: trainee.updatedAt),
            nameKey ?? trainee.fullName.map(TraineeStore<Connection>.nameKey), externalRef, source,
        ])
        waiting.people += 1
        if externalRef != nil { waiting.references += 1 }
    }

    package func flush() throws {
        try table.flush()
        guard waiting.people > 0 else { return }
        try database.execute(
            """
            INSERT INTO trainee (uuid, ref, full_name, sex, birth_date, profession_code, organization, region_code, email, phone,
                national_id, created_at, updated_at, name_key)
            SELECT uuid, ref, full_name, sex, birth_date, profession_code, organization, region_code, email, phone, national_id,
                created_at, updated_at, name_key
            FROM staged_trainee ORDER BY seq
            """, [])
        guard database.changes == waiting.people else { throw StagingTable<Connection>.danglingReference }
        if waiting.references > 0 {
            // As ``TraineeStore/addExternalRef(_:to:source:isDuplicate:)``: a reference already
            // recorded stays with whom it names.
            try database.execute(
                """
                INSERT INTO trainee_external_ref (ref, trainee_id, kind, source)
                SELECT s.external_ref, t.id, 'own', s.source FROM staged_trainee AS s JOIN trainee AS t ON t.uuid = s.uuid
                WHERE s.external_ref IS NOT NULL ORDER BY s.seq
                ON CONFLICT (ref) DO NOTHING
                """, [])
        }
        try database.execute("DELETE FROM staged_trainee", [])
        waiting = (0, 0)
    }

    package func finish() throws {
        try flush()
        try table.drop()
    }
}
