/// Migration 008: logos and signatories for certificates (issue #21). A logo is kept whole, as
/// its bytes and media type (checked by `BrandingImage` before it is stored, and by the table's
/// own checks after); the ministry's and the donor's belong to no centre, a centre's to it.
/// Signatories without a centre sign for every centre that has none of its own.
enum BrandingTables {
    static let migration = Migration("008-branding", sql: """
        CREATE TABLE branding_image (
            id INTEGER PRIMARY KEY,
            slot TEXT NOT NULL CHECK (slot IN ('ministry', 'centre', 'donor')),
            centre_id INTEGER REFERENCES centre (id),
            media_type TEXT NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg', 'image/svg+xml')),
            content BLOB NOT NULL CHECK (length(content) BETWEEN 1 AND 262144),
            updated_at TEXT NOT NULL,
            CHECK ((slot = 'centre') = (centre_id IS NOT NULL))
        );
        CREATE UNIQUE INDEX branding_image_slot ON branding_image (slot, coalesce(centre_id, 0));

        CREATE TABLE branding_signatory (
            id INTEGER PRIMARY KEY,
            centre_id INTEGER REFERENCES centre (id),
            position INTEGER NOT NULL CHECK (position IN (1, 2)),
            name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
            title TEXT NOT NULL CHECK (length(title) <= 200),
            updated_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX branding_signatory_position ON branding_signatory (coalesce(centre_id, 0), position);
        """)
}
