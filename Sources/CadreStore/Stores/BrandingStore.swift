public import CadreModel
public import Foundation

/// Queries for logos and signatories (migration 008).
package struct BrandingStore<Connection: SQLConnection>: BrandingStorage {
    package let database: Connection

    package init(_ database: Connection) { self.database = database }

    package func setImage(_ image: BrandingImage?, slot: Branding.Slot, centreID: UUID?, at date: Date) throws {
        let centre = try database.rowID(.centre, centreID)
        try database.execute(
            "DELETE FROM branding_image WHERE slot = ? AND coalesce(centre_id, 0) = ?", [slot.rawValue, centre ?? 0])
        guard let image else { return }
        try database.execute(
            "INSERT INTO branding_image (slot, centre_id, media_type, content, updated_at) VALUES (?, ?, ?, ?, ?)",
            [slot.rawValue, centre, image.mediaType.rawValue, SQLValue.blob(image.bytes), Timestamp.string(from: date)])
    }

    package func setSignatories(_ signatories: [Branding.Signatory], centreID: UUID?, at date: Date) throws {
        let centre = try database.rowID(.centre, centreID)
        try database.execute("DELETE FROM branding_signatory WHERE coalesce(centre_id, 0) = ?", [centre ?? 0])
        for (index, signatory) in signatories.enumerated() {
            try database.execute(
                "INSERT INTO branding_signatory (centre_id, position, name, title, title_en, title_ru, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [centre, index + 1, signatory.name, signatory.title.az, signatory.title.en, signatory.title.ru, Timestamp.string(from: date)])
        }
    }

    package func branding(centreID: UUID?) throws -> Branding {
        let centre = try centreID.flatMap { try database.scalar("SELECT id FROM centre WHERE uuid = ?", [$0]).intValue } ?? 0
        var branding = Branding()
        try database.forEachRow(
            "SELECT slot, media_type, content FROM branding_image WHERE centre_id IS NULL OR centre_id = ?", [centre]
        ) { row in
            guard let slot = Branding.Slot(rawValue: row.string(at: 0) ?? "") else { return }
            guard case .blob(let bytes) = row[2], let image = BrandingImage(storedType: row.string(at: 1) ?? "", bytes: bytes) else {
                throw DamagedValue(table: "branding_image", column: "content", row: slot.rawValue, value: nil, expected: "a PNG, JPEG or SVG image")
            }
            branding[slot] = image
        }
        // A centre's own signatories, else everyone's.
        let rows = try database.rows(
            """
            SELECT name, title, title_en, title_ru FROM branding_signatory
            WHERE coalesce(centre_id, 0) = (SELECT coalesce(max(centre_id), 0) FROM branding_signatory WHERE centre_id = ?)
            ORDER BY position
            """, [centre])
        branding.signatories = rows.map { row in
            let title = row.string(at: 1) ?? ""
            return Branding.Signatory(name: row.string(at: 0) ?? "", title: LocalizedText(az: title, en: row.string(at: 2) ?? title, ru: row.string(at: 3) ?? title))
        }
        return branding
    }

    package func centresWithBranding() throws -> [UUID] {
        try database.rows(
            """
            SELECT c.uuid AS id FROM centre AS c
            WHERE c.id IN (SELECT centre_id FROM branding_image UNION SELECT centre_id FROM branding_signatory)
            ORDER BY c.code
            """
        ).map { try $0.stored("centre").uuid("id") }
    }
}
