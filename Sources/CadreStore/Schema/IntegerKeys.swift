import CadreModel

/// Migration 007 (issue #24): integer keys inside, UUIDs at the edge.
///
/// Every table that was keyed by a UUID's 36-character text gets `id INTEGER PRIMARY KEY`
/// (SQLite's rowid) and integer foreign keys; the records that may one day be merged between
/// centres' databases keep their UUID as `uuid`, 16 bytes, unique. A mark is keyed by its
/// enrolment and session alone and stores its status (0–3), who marked it (an ``actor``) and
/// when (Unix seconds, the precision the text had) as integers: 38 bytes a mark instead of
/// 267. Scores likewise, keeping their UUID (unindexed) for the audit log, which names them.
///
/// The rebuild runs in the migration's one transaction: the old tables are renamed aside, the
/// new ones made with their final names, every row copied with joins — each UUID turned into
/// 16 bytes and each time into seconds by functions that refuse anything malformed (see
/// ``Database/registerUpgradeFunctions()``), so a damaged value rolls the whole upgrade back
/// and leaves the file as it was — then the old tables dropped and the foreign keys checked.
enum IntegerKeys {
    static let migration = Migration("007-integer-keys", rewrites: rebuilt) { database in
        try database.registerUpgradeFunctions()
        try database.executeScript(renameOld)
        // Index names are the schema's, not the table's: the old ones go before the new are made.
        let oldIndexes = try database.rows(
            "SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name LIKE 'old\\_%' ESCAPE '\\'")
        for index in oldIndexes.compactMap({ $0.string(at: 0) }) {
            try database.executeScript("DROP INDEX \"\(index)\"")
        }
        try database.executeScript(newTables + copy)
        for table in rebuilt {
            // Names from the fixed list above, never from users.
            let lost = try database.scalar("SELECT (SELECT count(*) FROM old_\(table)) - (SELECT count(*) FROM \(table))").intValue ?? 0
            if lost != 0 {
                throw StoreError(code: 19, message: "\(lost) rows of \(table) point at records that do not exist")
            }
        }
        try database.executeScript(dropOld + Schema.eventDateTriggers)
        let broken = try database.rows("PRAGMA foreign_key_check")
        if let first = broken.first {
            throw StoreError(
                code: 19, extendedCode: 787,
                message: "FOREIGN KEY constraint failed: \(broken.count) rows, the first in \(first.string(at: 0) ?? "?") row \(first.string(at: 1) ?? "?")")
        }
    }

    /// The tables rebuilt, parents before children.
    static let rebuilt = [
        "course", "course_audience", "course_module", "course_objective", "trainee", "trainee_external_ref", "centre", "venue",
        "trainer", "training_event", "event_trainer", "training_session", "enrollment", "attendance", "assessment_score", "certificate",
    ]

    private static let renameOld = rebuilt.map { "ALTER TABLE \($0) RENAME TO old_\($0);\n" }.joined()

    /// Children first, so that no old row is left pointing at a dropped one.
    private static let dropOld = rebuilt.reversed().map { "DROP TABLE old_\($0);\n" }.joined()

    /// The final shape of every rebuilt table (fresh databases get it too, by running
    /// 001–007). Kept portable: `INTEGER PRIMARY KEY` is PostgreSQL's `bigint generated
    /// always as identity`, BLOB is `bytea`, and `WITHOUT ROWID` is dropped there.
    static let newTables = """
        CREATE TABLE actor (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE
        );

        CREATE TABLE course (
            id INTEGER PRIMARY KEY,
            uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
            code TEXT NOT NULL,
            version INTEGER NOT NULL CHECK (version > 0),
            title_az TEXT NOT NULL,
            title_en TEXT NOT NULL,
            title_ru TEXT NOT NULL,
            min_attendance_percent INTEGER NOT NULL CHECK (min_attendance_percent BETWEEN 0 AND 100),
            pass_mark INTEGER CHECK (pass_mark >= 0),
            max_score INTEGER NOT NULL CHECK (max_score > 0),
            total_minutes INTEGER NOT NULL CHECK (total_minutes > 0),
            source_name TEXT NOT NULL,
            canonical_json TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            UNIQUE (code, version)
        );

        CREATE TABLE course_audience (
            course_id INTEGER NOT NULL REFERENCES course (id),
            profession_code TEXT NOT NULL REFERENCES profession (code),
            PRIMARY KEY (course_id, profession_code)
        ) WITHOUT ROWID;

        CREATE TABLE course_module (
            course_id INTEGER NOT NULL REFERENCES course (id),
            position INTEGER NOT NULL CHECK (position > 0),
            title_az TEXT NOT NULL,
            title_en TEXT NOT NULL,
            title_ru TEXT NOT NULL,
            minutes INTEGER NOT NULL CHECK (minutes > 0),
            PRIMARY KEY (course_id, position)
        ) WITHOUT ROWID;

        CREATE TABLE course_objective (
            course_id INTEGER NOT NULL,
            module_position INTEGER NOT NULL,
            position INTEGER NOT NULL CHECK (position > 0),
            text_az TEXT NOT NULL,
            text_en TEXT NOT NULL,
            text_ru TEXT NOT NULL,
            PRIMARY KEY (course_id, module_position, position),
            FOREIGN KEY (course_id, module_position) REFERENCES course_module (course_id, position)
        ) WITHOUT ROWID;

        CREATE TABLE trainee (
            id INTEGER PRIMARY KEY,
            uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
            ref TEXT NOT NULL UNIQUE,
            full_name TEXT,
            name_key TEXT,
            sex TEXT CHECK (sex IN ('female', 'male')),
            birth_date TEXT,
            profession_code TEXT REFERENCES profession (code),
            organization TEXT,
            region_code TEXT REFERENCES region (code),
            email TEXT,
            phone TEXT,
            national_id TEXT,
            merged_into_id INTEGER REFERENCES trainee (id),
            erased_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX trainee_name_key ON trainee (name_key);
        CREATE INDEX trainee_national_id ON trainee (national_id);
        CREATE INDEX trainee_email ON trainee (email);
        CREATE INDEX trainee_phone ON trainee (phone);
        CREATE INDEX trainee_merged_into ON trainee (merged_into_id);

        CREATE TABLE trainee_external_ref (
            ref TEXT PRIMARY KEY,
            trainee_id INTEGER NOT NULL REFERENCES trainee (id),
            kind TEXT NOT NULL DEFAULT 'own' CHECK (kind IN ('own', 'duplicate')),
            source TEXT
        );
        CREATE INDEX trainee_external_ref_trainee ON trainee_external_ref (trainee_id);

        CREATE TABLE centre (
            id INTEGER PRIMARY KEY,
            uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            region_code TEXT REFERENCES region (code),
            address TEXT,
            created_at TEXT NOT NULL
        );

        CREATE TABLE venue (
            id INTEGER PRIMARY KEY,
            uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
            code TEXT NOT NULL UNIQUE,
            centre_id INTEGER REFERENCES centre (id),
            name TEXT NOT NULL,
            address TEXT,
            region_code TEXT REFERENCES region (code),
            capacity INTEGER CHECK (capacity > 0),
            created_at TEXT NOT NULL
        );

        CREATE TABLE trainer (
            id INTEGER PRIMARY KEY,
            uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
            ref TEXT NOT NULL UNIQUE,
            full_name TEXT NOT NULL,
            organization TEXT,
            email TEXT,
            languages TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );

        CREATE TABLE training_event (
            id INTEGER PRIMARY KEY,
            uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
            code TEXT NOT NULL UNIQUE,
            course_id INTEGER NOT NULL REFERENCES course (id),
            centre_id INTEGER REFERENCES centre (id),
            venue_id INTEGER REFERENCES venue (id),
            start_date TEXT NOT NULL,
            end_date TEXT NOT NULL,
            capacity INTEGER CHECK (capacity > 0),
            status TEXT NOT NULL DEFAULT 'planned'
                CHECK (status IN ('planned', 'running', 'completed', 'cancelled')),
            created_at TEXT NOT NULL,
            CHECK (end_date >= start_date)
        );
        CREATE INDEX training_event_dates ON training_event (start_date, end_date);
        CREATE INDEX training_event_course ON training_event (course_id);

        CREATE TABLE event_trainer (
            event_id INTEGER NOT NULL REFERENCES training_event (id),
            trainer_id INTEGER NOT NULL REFERENCES trainer (id),
            PRIMARY KEY (event_id, trainer_id)
        ) WITHOUT ROWID;

        CREATE TABLE training_session (
            id INTEGER PRIMARY KEY,
            uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
            event_id INTEGER NOT NULL REFERENCES training_event (id),
            number INTEGER NOT NULL CHECK (number > 0),
            date TEXT NOT NULL,
            start_time TEXT NOT NULL,
            end_time TEXT NOT NULL,
            minutes INTEGER NOT NULL CHECK (minutes > 0),
            module_position INTEGER,
            trainer_id INTEGER REFERENCES trainer (id),
            venue_id INTEGER REFERENCES venue (id),
            status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
            UNIQUE (event_id, number),
            CHECK (end_time > start_time)
        );
        CREATE INDEX training_session_date ON training_session (date);

        CREATE TABLE enrollment (
            id INTEGER PRIMARY KEY,
            uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
            event_id INTEGER NOT NULL REFERENCES training_event (id),
            trainee_id INTEGER NOT NULL REFERENCES trainee (id),
            status TEXT NOT NULL CHECK (status IN ('enrolled', 'waitlisted', 'withdrawn')),
            waitlist_position INTEGER,
            walk_in INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1)),
            profession_code TEXT REFERENCES profession (code),
            region_code TEXT REFERENCES region (code),
            organization TEXT,
            sex TEXT CHECK (sex IN ('female', 'male')),
            enrolled_at TEXT NOT NULL,
            UNIQUE (event_id, trainee_id)
        );
        CREATE INDEX enrollment_trainee ON enrollment (trainee_id);

        -- status: 0 present, 1 late, 2 excused, 3 absent (AttendanceCode).
        CREATE TABLE attendance (
            enrollment_id INTEGER NOT NULL REFERENCES enrollment (id),
            session_id INTEGER NOT NULL REFERENCES training_session (id),
            status INTEGER NOT NULL CHECK (status BETWEEN 0 AND 3),
            note TEXT,
            marked_by INTEGER NOT NULL REFERENCES actor (id),
            marked_at INTEGER NOT NULL,
            PRIMARY KEY (enrollment_id, session_id)
        ) WITHOUT ROWID;
        CREATE INDEX attendance_session ON attendance (session_id);

        CREATE TABLE assessment_score (
            enrollment_id INTEGER NOT NULL REFERENCES enrollment (id),
            kind TEXT NOT NULL CHECK (kind IN ('pre', 'post')),
            uuid BLOB NOT NULL CHECK (length(uuid) = 16),
            score INTEGER NOT NULL CHECK (score >= 0),
            max_score INTEGER NOT NULL CHECK (max_score > 0),
            recorded_by INTEGER NOT NULL REFERENCES actor (id),
            recorded_at INTEGER NOT NULL,
            PRIMARY KEY (enrollment_id, kind),
            CHECK (score <= max_score)
        ) WITHOUT ROWID;

        CREATE TABLE certificate (
            id INTEGER PRIMARY KEY,
            uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
            serial TEXT NOT NULL UNIQUE,
            series TEXT NOT NULL,
            year INTEGER NOT NULL,
            sequence INTEGER NOT NULL CHECK (sequence > 0),
            verification_code TEXT NOT NULL UNIQUE,
            enrollment_id INTEGER NOT NULL REFERENCES enrollment (id),
            issued_at TEXT NOT NULL,
            issued_by TEXT NOT NULL,
            revoked_at TEXT,
            revoke_reason TEXT,
            superseded_by_id INTEGER REFERENCES certificate (id),
            issue_date TEXT,
            UNIQUE (series, year, sequence)
        );
        CREATE INDEX certificate_enrollment ON certificate (enrollment_id);

        """

    /// Every row into its new table, in the old table's order (so records keep the order they
    /// were made in), references through the parents' new ids.
    private static let copy = """
        INSERT INTO actor (name)
            SELECT marked_by FROM old_attendance UNION SELECT recorded_by FROM old_assessment_score ORDER BY 1;

        INSERT INTO course (uuid, code, version, title_az, title_en, title_ru, min_attendance_percent, pass_mark, max_score,
                total_minutes, source_name, canonical_json, imported_at)
            SELECT cadre_uuid_bytes(id, 'course.id'), code, version, title_az, title_en, title_ru, min_attendance_percent,
                pass_mark, max_score, total_minutes, source_name, canonical_json, imported_at
            FROM old_course ORDER BY rowid;
        INSERT INTO course_audience (course_id, profession_code)
            SELECT c.id, a.profession_code FROM old_course_audience AS a JOIN course AS c ON c.uuid = cadre_uuid_bytes(a.course_id, 'course_audience.course_id');
        INSERT INTO course_module (course_id, position, title_az, title_en, title_ru, minutes)
            SELECT c.id, m.position, m.title_az, m.title_en, m.title_ru, m.minutes
            FROM old_course_module AS m JOIN course AS c ON c.uuid = cadre_uuid_bytes(m.course_id, 'course_module.course_id');
        INSERT INTO course_objective (course_id, module_position, position, text_az, text_en, text_ru)
            SELECT c.id, o.module_position, o.position, o.text_az, o.text_en, o.text_ru
            FROM old_course_objective AS o JOIN course AS c ON c.uuid = cadre_uuid_bytes(o.course_id, 'course_objective.course_id');

        INSERT INTO trainee (uuid, ref, full_name, name_key, sex, birth_date, profession_code, organization, region_code, email,
                phone, national_id, merged_into_id, erased_at, created_at, updated_at)
            SELECT cadre_uuid_bytes(id, 'trainee.id'), ref, full_name, name_key, sex, birth_date, profession_code, organization,
                region_code, email, phone, national_id, NULL, erased_at, created_at, updated_at
            FROM old_trainee ORDER BY rowid;
        UPDATE trainee SET merged_into_id = (
                SELECT m.id FROM old_trainee AS o JOIN trainee AS m ON m.uuid = cadre_uuid_bytes(o.merged_into_id, 'trainee.merged_into_id')
                WHERE o.ref = trainee.ref)
            WHERE ref IN (SELECT ref FROM old_trainee WHERE merged_into_id IS NOT NULL);
        INSERT INTO trainee_external_ref (ref, trainee_id, kind, source)
            SELECT x.ref, t.id, x.kind, x.source FROM old_trainee_external_ref AS x
            JOIN trainee AS t ON t.uuid = cadre_uuid_bytes(x.trainee_id, 'trainee_external_ref.trainee_id') ORDER BY x.rowid;

        INSERT INTO centre (uuid, code, name, region_code, address, created_at)
            SELECT cadre_uuid_bytes(id, 'centre.id'), code, name, region_code, address, created_at FROM old_centre ORDER BY rowid;
        INSERT INTO venue (uuid, code, centre_id, name, address, region_code, capacity, created_at)
            SELECT cadre_uuid_bytes(v.id, 'venue.id'), v.code, c.id, v.name, v.address, v.region_code, v.capacity, v.created_at
            FROM old_venue AS v LEFT JOIN centre AS c ON c.uuid = cadre_uuid_bytes(v.centre_id, 'venue.centre_id') ORDER BY v.rowid;
        INSERT INTO trainer (uuid, ref, full_name, organization, email, languages, created_at)
            SELECT cadre_uuid_bytes(id, 'trainer.id'), ref, full_name, organization, email, languages, created_at
            FROM old_trainer ORDER BY rowid;

        INSERT INTO training_event (uuid, code, course_id, centre_id, venue_id, start_date, end_date, capacity, status, created_at)
            SELECT cadre_uuid_bytes(e.id, 'training_event.id'), e.code, c.id, ce.id, v.id, e.start_date, e.end_date, e.capacity,
                e.status, e.created_at
            FROM old_training_event AS e
            JOIN course AS c ON c.uuid = cadre_uuid_bytes(e.course_id, 'training_event.course_id')
            LEFT JOIN centre AS ce ON ce.uuid = cadre_uuid_bytes(e.centre_id, 'training_event.centre_id')
            LEFT JOIN venue AS v ON v.uuid = cadre_uuid_bytes(e.venue_id, 'training_event.venue_id')
            ORDER BY e.rowid;
        INSERT INTO event_trainer (event_id, trainer_id)
            SELECT e.id, t.id FROM old_event_trainer AS x
            JOIN training_event AS e ON e.uuid = cadre_uuid_bytes(x.event_id, 'event_trainer.event_id')
            JOIN trainer AS t ON t.uuid = cadre_uuid_bytes(x.trainer_id, 'event_trainer.trainer_id');
        INSERT INTO training_session (uuid, event_id, number, date, start_time, end_time, minutes, module_position, trainer_id,
                venue_id, status)
            SELECT cadre_uuid_bytes(s.id, 'training_session.id'), e.id, s.number, s.date, s.start_time, s.end_time, s.minutes,
                s.module_position, t.id, v.id, s.status
            FROM old_training_session AS s
            JOIN training_event AS e ON e.uuid = cadre_uuid_bytes(s.event_id, 'training_session.event_id')
            LEFT JOIN trainer AS t ON t.uuid = cadre_uuid_bytes(s.trainer_id, 'training_session.trainer_id')
            LEFT JOIN venue AS v ON v.uuid = cadre_uuid_bytes(s.venue_id, 'training_session.venue_id')
            ORDER BY s.rowid;

        INSERT INTO enrollment (uuid, event_id, trainee_id, status, waitlist_position, walk_in, profession_code, region_code,
                organization, sex, enrolled_at)
            SELECT cadre_uuid_bytes(n.id, 'enrollment.id'), e.id, t.id, n.status, n.waitlist_position, n.walk_in, n.profession_code,
                n.region_code, n.organization, n.sex, n.enrolled_at
            FROM old_enrollment AS n
            JOIN training_event AS e ON e.uuid = cadre_uuid_bytes(n.event_id, 'enrollment.event_id')
            JOIN trainee AS t ON t.uuid = cadre_uuid_bytes(n.trainee_id, 'enrollment.trainee_id')
            ORDER BY n.rowid;
        INSERT INTO attendance (enrollment_id, session_id, status, note, marked_by, marked_at)
            SELECT n.id, s.id,
                CASE a.status WHEN 'present' THEN 0 WHEN 'late' THEN 1 WHEN 'excused' THEN 2 WHEN 'absent' THEN 3 END,
                a.note, w.id, cadre_seconds(a.marked_at, 'attendance.marked_at')
            FROM old_attendance AS a
            JOIN enrollment AS n ON n.uuid = cadre_uuid_bytes(a.enrollment_id, 'attendance.enrollment_id')
            JOIN training_session AS s ON s.uuid = cadre_uuid_bytes(a.session_id, 'attendance.session_id')
            JOIN actor AS w ON w.name = a.marked_by;
        INSERT INTO assessment_score (enrollment_id, kind, uuid, score, max_score, recorded_by, recorded_at)
            SELECT n.id, a.kind, cadre_uuid_bytes(a.id, 'assessment_score.id'), a.score, a.max_score, w.id,
                cadre_seconds(a.recorded_at, 'assessment_score.recorded_at')
            FROM old_assessment_score AS a
            JOIN enrollment AS n ON n.uuid = cadre_uuid_bytes(a.enrollment_id, 'assessment_score.enrollment_id')
            JOIN actor AS w ON w.name = a.recorded_by;

        INSERT INTO certificate (uuid, serial, series, year, sequence, verification_code, enrollment_id, issued_at, issued_by,
                revoked_at, revoke_reason, superseded_by_id, issue_date)
            SELECT cadre_uuid_bytes(c.id, 'certificate.id'), c.serial, c.series, c.year, c.sequence, c.verification_code, n.id,
                c.issued_at, c.issued_by, c.revoked_at, c.revoke_reason, NULL, c.issue_date
            FROM old_certificate AS c
            JOIN enrollment AS n ON n.uuid = cadre_uuid_bytes(c.enrollment_id, 'certificate.enrollment_id')
            ORDER BY c.rowid;
        UPDATE certificate SET superseded_by_id = (
                SELECT s.id FROM old_certificate AS o JOIN certificate AS s ON s.uuid = cadre_uuid_bytes(o.superseded_by_id, 'certificate.superseded_by_id')
                WHERE o.serial = certificate.serial)
            WHERE serial IN (SELECT serial FROM old_certificate WHERE superseded_by_id IS NOT NULL);

        """
}
