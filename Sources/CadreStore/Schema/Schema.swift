import CadreModel
/// The migrations that make a Cadre database, in order. Append new ones at the end;
/// never edit or reorder one that has shipped.
public enum Schema {
    public static let migrations: [Migration] = [
        Migration("001-domain-model", sql: domainModel),
        Migration("002-reference-data", sql: ReferenceDataSeed.sql),
        Migration("003-holidays", sql: HolidaySeed.sql),
        Migration("004-attendance-keyed-by-enrollment-session", sql: attendanceByEnrollmentAndSession),
        Migration("005-event-dates-follow-sessions", sql: eventDatesFollowSessions),
        Migration("006-certificate-issue-date", sql: certificateIssueDate),
        IntegerKeys.migration,
        BrandingTables.migration,
        Migration("009-users", sql: usersTable),
        Migration("010-web-sessions", sql: webSessionsTable),
        Migration("011-check-ins", sql: checkInsTable),
        Migration("012-languages", sql: languageColumns),
        Migration("013-web-counters", sql: webCountersTable),
        Migration("014-questionnaires", sql: questionnaireTable),
        Migration("015-feedback", sql: feedbackTables),
        Migration("016-follow-up-links", sql: followUpLinkTable),
        Migration("017-user-trainer", sql: userTrainerColumn),
    ]

    /// A trainer's account names the trainer it is (issue #34): their own events' feedback is
    /// theirs to read.
    package static let userTrainerColumn = """
        ALTER TABLE app_user ADD COLUMN trainer_id INTEGER REFERENCES trainer (id);
        """

    /// Personal follow-up links (issue #34): a token's SHA-256, never the token; the first and
    /// last day it opens the questionnaire; the language the person was written to in. No time
    /// of use is kept: an answer's only trace with the person is `feedback_respondent`.
    package static let followUpLinkTable = """
        CREATE TABLE follow_up_link (
            token_hash TEXT NOT NULL PRIMARY KEY CHECK (length(token_hash) = 64),
            enrollment_id INTEGER NOT NULL REFERENCES enrollment (id),
            questionnaire_id INTEGER NOT NULL REFERENCES questionnaire (id),
            opens_on TEXT NOT NULL,
            expires_on TEXT NOT NULL CHECK (expires_on >= opens_on),
            language TEXT NOT NULL CHECK (language IN ('az', 'en', 'ru'))
        ) WITHOUT ROWID;
        CREATE INDEX follow_up_link_enrollment ON follow_up_link (enrollment_id);
        """

    /// Feedback (issue #34), kept so that no query can join an answer to a person: who answered
    /// (`feedback_respondent`, for the response rate and to refuse a second form) and what was
    /// answered (`feedback_response`, `feedback_answer`) share no key and no time; a response
    /// is keyed by a random id, and these tables keep their rows in key order (`WITHOUT
    /// ROWID`), not in the order they were written. A response names its enrolment only for a
    /// questionnaire that says answers are linked to the person.
    package static let feedbackTables = """
        CREATE TABLE feedback_respondent (
            enrollment_id INTEGER NOT NULL REFERENCES enrollment (id),
            questionnaire_id INTEGER NOT NULL REFERENCES questionnaire (id),
            channel TEXT NOT NULL CHECK (channel IN ('door', 'paper', 'link')),
            PRIMARY KEY (enrollment_id, questionnaire_id)
        ) WITHOUT ROWID;
        CREATE TABLE feedback_response (
            uuid BLOB NOT NULL PRIMARY KEY CHECK (length(uuid) = 16),
            event_id INTEGER NOT NULL REFERENCES training_event (id),
            questionnaire_id INTEGER NOT NULL REFERENCES questionnaire (id),
            enrollment_id INTEGER REFERENCES enrollment (id)
        ) WITHOUT ROWID;
        CREATE INDEX feedback_response_event ON feedback_response (event_id);
        CREATE TABLE feedback_answer (
            response_uuid BLOB NOT NULL REFERENCES feedback_response (uuid),
            question_key TEXT NOT NULL,
            number INTEGER,
            text TEXT,
            PRIMARY KEY (response_uuid, question_key),
            CHECK ((number IS NULL) <> (text IS NULL))
        ) WITHOUT ROWID;
        """

    /// Questionnaires (issue #34), every version kept as its canonical JSON, as courses are:
    /// answers will name the version they were given to.
    package static let questionnaireTable = """
        CREATE TABLE questionnaire (
            id INTEGER PRIMARY KEY,
            uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
            code TEXT NOT NULL,
            version INTEGER NOT NULL CHECK (version > 0),
            kind TEXT NOT NULL CHECK (kind IN ('end-of-training', 'follow-up')),
            source_name TEXT NOT NULL,
            canonical_json TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            UNIQUE (code, version)
        );
        """

    /// The web application's counters (issue #33): sign-in failures and rate limits, kept in
    /// the database so that several servers on it count together; `at` in Unix seconds.
    package static let webCountersTable = """
        CREATE TABLE web_counter (
            scope TEXT NOT NULL,
            key TEXT NOT NULL,
            count INTEGER NOT NULL CHECK (count >= 0),
            at INTEGER NOT NULL,
            PRIMARY KEY (scope, key)
        ) WITHOUT ROWID;
        """

    /// Words in each language where one was not enough (issue #32): a centre's name and a
    /// signatory's title in English and Russian (NULL: the same as the Azerbaijani), and the
    /// language a web user reads.
    package static let languageColumns = """
        ALTER TABLE centre ADD COLUMN name_en TEXT CHECK (length(name_en) BETWEEN 1 AND 200);
        ALTER TABLE centre ADD COLUMN name_ru TEXT CHECK (length(name_ru) BETWEEN 1 AND 200);
        ALTER TABLE branding_signatory ADD COLUMN title_en TEXT CHECK (length(title_en) <= 200);
        ALTER TABLE branding_signatory ADD COLUMN title_ru TEXT CHECK (length(title_ru) <= 200);
        ALTER TABLE app_user ADD COLUMN language TEXT CHECK (language IN ('az', 'en', 'ru'));
        """

    /// Self check-ins from participants' phones (issue #23): pending until the trainer confirms
    /// (then a mark is made) or rejects; one per person and session; time in Unix seconds.
    package static let checkInsTable = """
        CREATE TABLE check_in (
            session_id INTEGER NOT NULL REFERENCES training_session (id),
            trainee_id INTEGER NOT NULL REFERENCES trainee (id),
            status INTEGER NOT NULL CHECK (status IN (0, 1, 2)),
            walk_in INTEGER NOT NULL CHECK (walk_in IN (0, 1)),
            at INTEGER NOT NULL,
            PRIMARY KEY (session_id, trainee_id)
        ) WITHOUT ROWID;
        """

    /// Signed-in browsers: the SHA-256 of each session's token (a stolen database yields no
    /// usable cookie), its user, its forms' CSRF token, and times in Unix seconds.
    package static let webSessionsTable = """
        CREATE TABLE web_session (
            token_hash BLOB PRIMARY KEY CHECK (length(token_hash) = 32),
            user_id INTEGER NOT NULL REFERENCES app_user (id),
            csrf_token TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            last_seen INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX web_session_user ON web_session (user_id);
        """

    /// The web application's users (issue #22): a login people type, a role, the centre of a
    /// coordinator or trainer, and the password only as a salted PBKDF2 hash.
    package static let usersTable = """
        CREATE TABLE app_user (
            id INTEGER PRIMARY KEY,
            uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
            login TEXT NOT NULL UNIQUE CHECK (length(login) BETWEEN 3 AND 64 AND login = lower(login)),
            role TEXT NOT NULL CHECK (role IN ('admin', 'coordinator', 'trainer', 'viewer')),
            centre_id INTEGER REFERENCES centre (id),
            password_hash TEXT NOT NULL CHECK (password_hash LIKE 'pbkdf2-sha256$%'),
            disabled_at TEXT,
            created_at TEXT NOT NULL,
            CHECK (role NOT IN ('coordinator', 'trainer') OR centre_id IS NOT NULL)
        );
        """

    /// The whole domain in one go, so later work adds behaviour rather than upheaval.
    ///
    /// Portable on purpose: ISO 8601 text for dates and instants, INTEGER minutes for
    /// durations, CHECK constraints instead of SQLite-only features, so a PostgreSQL store can
    /// run the same DDL with few changes. Its TEXT UUID keys were replaced by integer keys in
    /// migration 007 (``IntegerKeys``), which holds the tables' final shape.
    package static let domainModel = """
        CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );

        -- Short, human-typable references (T-00042) are numbered per kind.
        CREATE TABLE ref_counter (
            kind TEXT PRIMARY KEY,
            next_value INTEGER NOT NULL CHECK (next_value > 0)
        );

        CREATE TABLE profession (
            code TEXT PRIMARY KEY,
            label_az TEXT NOT NULL,
            label_en TEXT NOT NULL,
            label_ru TEXT NOT NULL,
            position INTEGER NOT NULL UNIQUE
        );

        CREATE TABLE profession_alias (
            alias_key TEXT PRIMARY KEY,
            profession_code TEXT NOT NULL REFERENCES profession (code)
        );

        CREATE TABLE region (
            code TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('district', 'city', 'city-district')),
            parent_code TEXT REFERENCES region (code),
            name_az TEXT NOT NULL,
            name_en TEXT NOT NULL,
            name_ru TEXT NOT NULL
        );

        CREATE TABLE region_alias (
            alias_key TEXT PRIMARY KEY,
            region_code TEXT NOT NULL REFERENCES region (code)
        );

        CREATE TABLE course (
            id TEXT PRIMARY KEY,
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
            course_id TEXT NOT NULL REFERENCES course (id),
            profession_code TEXT NOT NULL REFERENCES profession (code),
            PRIMARY KEY (course_id, profession_code)
        );

        CREATE TABLE course_module (
            course_id TEXT NOT NULL REFERENCES course (id),
            position INTEGER NOT NULL CHECK (position > 0),
            title_az TEXT NOT NULL,
            title_en TEXT NOT NULL,
            title_ru TEXT NOT NULL,
            minutes INTEGER NOT NULL CHECK (minutes > 0),
            PRIMARY KEY (course_id, position)
        );

        CREATE TABLE course_objective (
            course_id TEXT NOT NULL,
            module_position INTEGER NOT NULL,
            position INTEGER NOT NULL CHECK (position > 0),
            text_az TEXT NOT NULL,
            text_en TEXT NOT NULL,
            text_ru TEXT NOT NULL,
            PRIMARY KEY (course_id, module_position, position),
            FOREIGN KEY (course_id, module_position) REFERENCES course_module (course_id, position)
        );

        CREATE TABLE trainee (
            id TEXT PRIMARY KEY,
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
            merged_into_id TEXT REFERENCES trainee (id),
            erased_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX trainee_name_key ON trainee (name_key);
        CREATE INDEX trainee_national_id ON trainee (national_id);
        CREATE INDEX trainee_email ON trainee (email);
        CREATE INDEX trainee_phone ON trainee (phone);
        CREATE INDEX trainee_merged_into ON trainee (merged_into_id);

        -- The centres' own references for a person. 'own' registered the record; 'duplicate'
        -- came from a second registration merged into it, and never overwrites its facts.
        CREATE TABLE trainee_external_ref (
            ref TEXT PRIMARY KEY,
            trainee_id TEXT NOT NULL REFERENCES trainee (id),
            kind TEXT NOT NULL DEFAULT 'own' CHECK (kind IN ('own', 'duplicate')),
            source TEXT
        );
        CREATE INDEX trainee_external_ref_trainee ON trainee_external_ref (trainee_id);

        CREATE TABLE centre (
            id TEXT PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            region_code TEXT REFERENCES region (code),
            address TEXT,
            created_at TEXT NOT NULL
        );

        CREATE TABLE venue (
            id TEXT PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            centre_id TEXT REFERENCES centre (id),
            name TEXT NOT NULL,
            address TEXT,
            region_code TEXT REFERENCES region (code),
            capacity INTEGER CHECK (capacity > 0),
            created_at TEXT NOT NULL
        );

        CREATE TABLE trainer (
            id TEXT PRIMARY KEY,
            ref TEXT NOT NULL UNIQUE,
            full_name TEXT NOT NULL,
            organization TEXT,
            email TEXT,
            languages TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );

        CREATE TABLE training_event (
            id TEXT PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            course_id TEXT NOT NULL REFERENCES course (id),
            centre_id TEXT REFERENCES centre (id),
            venue_id TEXT REFERENCES venue (id),
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
            event_id TEXT NOT NULL REFERENCES training_event (id),
            trainer_id TEXT NOT NULL REFERENCES trainer (id),
            PRIMARY KEY (event_id, trainer_id)
        );

        CREATE TABLE training_session (
            id TEXT PRIMARY KEY,
            event_id TEXT NOT NULL REFERENCES training_event (id),
            number INTEGER NOT NULL CHECK (number > 0),
            date TEXT NOT NULL,
            start_time TEXT NOT NULL,
            end_time TEXT NOT NULL,
            minutes INTEGER NOT NULL CHECK (minutes > 0),
            module_position INTEGER,
            trainer_id TEXT REFERENCES trainer (id),
            venue_id TEXT REFERENCES venue (id),
            status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
            UNIQUE (event_id, number),
            CHECK (end_time > start_time)
        );
        CREATE INDEX training_session_date ON training_session (date);

        -- Profession, region, organisation and sex are kept as they were at the event,
        -- so a later change of job does not rewrite past statistics.
        CREATE TABLE enrollment (
            id TEXT PRIMARY KEY,
            event_id TEXT NOT NULL REFERENCES training_event (id),
            trainee_id TEXT NOT NULL REFERENCES trainee (id),
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

        CREATE TABLE attendance (
            id TEXT PRIMARY KEY,
            enrollment_id TEXT NOT NULL REFERENCES enrollment (id),
            session_id TEXT NOT NULL REFERENCES training_session (id),
            status TEXT NOT NULL CHECK (status IN ('present', 'late', 'excused', 'absent')),
            note TEXT,
            marked_by TEXT NOT NULL,
            marked_at TEXT NOT NULL,
            UNIQUE (enrollment_id, session_id)
        );
        CREATE INDEX attendance_session ON attendance (session_id);

        CREATE TABLE assessment_score (
            id TEXT PRIMARY KEY,
            enrollment_id TEXT NOT NULL REFERENCES enrollment (id),
            kind TEXT NOT NULL CHECK (kind IN ('pre', 'post')),
            score INTEGER NOT NULL CHECK (score >= 0),
            max_score INTEGER NOT NULL CHECK (max_score > 0),
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            UNIQUE (enrollment_id, kind),
            CHECK (score <= max_score)
        );

        CREATE TABLE certificate (
            id TEXT PRIMARY KEY,
            serial TEXT NOT NULL UNIQUE,
            series TEXT NOT NULL,
            year INTEGER NOT NULL,
            sequence INTEGER NOT NULL CHECK (sequence > 0),
            verification_code TEXT NOT NULL UNIQUE,
            enrollment_id TEXT NOT NULL REFERENCES enrollment (id),
            issued_at TEXT NOT NULL,
            issued_by TEXT NOT NULL,
            revoked_at TEXT,
            revoke_reason TEXT,
            superseded_by_id TEXT REFERENCES certificate (id),
            UNIQUE (series, year, sequence)
        );
        CREATE INDEX certificate_enrollment ON certificate (enrollment_id);

        -- Append-only: the triggers below refuse every UPDATE and DELETE.
        CREATE TABLE audit_log (
            id TEXT PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT,
            old_value TEXT,
            new_value TEXT,
            detail TEXT
        );
        CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log cannot be deleted from'); END;
        """

    /// Marks are stored in the order of their natural key (enrolment, session) instead of
    /// beside a separate index of it: an import of millions of marks then writes two B-trees
    /// per mark instead of four, and counting a person's attended sessions (every report)
    /// reads one contiguous range without visiting the table. The mark keeps its UUID, which
    /// the audit log names; it is unique by construction and nothing looks marks up by it.
    /// (`WITHOUT ROWID` is SQLite's spelling of a clustered primary key; PostgreSQL's DDL
    /// drops those two words.) The status check is written with `OR`: SQLite builds a
    /// temporary table for an `IN` list of more than two values on every insert, which cost
    /// a third of a mark's insert time.
    package static let attendanceByEnrollmentAndSession = """
        CREATE TABLE attendance_by_key (
            id TEXT NOT NULL,
            enrollment_id TEXT NOT NULL REFERENCES enrollment (id),
            session_id TEXT NOT NULL REFERENCES training_session (id),
            status TEXT NOT NULL CHECK (status = 'present' OR status = 'late' OR status = 'excused' OR status = 'absent'),
            note TEXT,
            marked_by TEXT NOT NULL,
            marked_at TEXT NOT NULL,
            PRIMARY KEY (enrollment_id, session_id)
        ) WITHOUT ROWID;
        INSERT INTO attendance_by_key (id, enrollment_id, session_id, status, note, marked_by, marked_at)
            SELECT id, enrollment_id, session_id, status, note, marked_by, marked_at FROM attendance;
        DROP TABLE attendance;
        ALTER TABLE attendance_by_key RENAME TO attendance;
        CREATE INDEX attendance_session ON attendance (session_id);
        """

    /// An event's first and last day are those of its sessions that are not cancelled, kept
    /// by the database itself: every way a session changes — added, moved, cancelled,
    /// imported, deleted — goes through these triggers, and a direct write of an event's dates
    /// is corrected by the last one, so no command can forget them. An event whose sessions
    /// are all cancelled keeps the dates it had. Each statement changes an event only when its
    /// dates differ from its sessions', and reads them with scalar subqueries: a derived table
    /// (`UPDATE … FROM`) made SQLite build a temporary table on disk for every session inserted,
    /// which tripled the cost of importing sessions. The first UPDATE after the triggers repairs the events that
    /// earlier versions left stale. The event's own status column holds only what people
    /// decided ('cancelled', or 'completed' for a past event imported as such); 'running' was
    /// never written and becomes 'planned' (the rest is derived when read).
    package static let eventDatesFollowSessions = eventDateTriggers + """
        UPDATE training_event SET
            start_date = (SELECT min(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled'),
            end_date = (SELECT max(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
        WHERE EXISTS (SELECT 1 FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
          AND (start_date <> (SELECT min(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
            OR end_date <> (SELECT max(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled'));
        UPDATE training_event SET status = 'planned' WHERE status = 'running';
        """

    /// The triggers of ``eventDatesFollowSessions``, made again when migration 007 rebuilds
    /// the tables they are on.
    package static let eventDateTriggers = """
        CREATE TRIGGER training_session_dates_after_insert AFTER INSERT ON training_session
        WHEN NEW.status <> 'cancelled'
        BEGIN
            UPDATE training_event SET
                start_date = (SELECT min(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled'),
                end_date = (SELECT max(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
            WHERE id = NEW.event_id
              AND (start_date <> (SELECT min(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
                OR end_date <> (SELECT max(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled'));
        END;
        CREATE TRIGGER training_session_dates_after_update AFTER UPDATE OF date, status, event_id ON training_session
        BEGIN
            UPDATE training_event SET
                start_date = (SELECT min(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled'),
                end_date = (SELECT max(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
            WHERE id IN (NEW.event_id, OLD.event_id) AND EXISTS (SELECT 1 FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
              AND (start_date <> (SELECT min(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
                OR end_date <> (SELECT max(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled'));
        END;
        CREATE TRIGGER training_session_dates_after_delete AFTER DELETE ON training_session
        BEGIN
            UPDATE training_event SET
                start_date = (SELECT min(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled'),
                end_date = (SELECT max(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
            WHERE id = OLD.event_id AND EXISTS (SELECT 1 FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
              AND (start_date <> (SELECT min(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
                OR end_date <> (SELECT max(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled'));
        END;
        CREATE TRIGGER training_event_dates_after_update AFTER UPDATE OF start_date, end_date ON training_event
        BEGIN
            UPDATE training_event SET
                start_date = (SELECT min(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled'),
                end_date = (SELECT max(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
            WHERE id = NEW.id AND EXISTS (SELECT 1 FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
              AND (start_date <> (SELECT min(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled')
                OR end_date <> (SELECT max(s.date) FROM training_session AS s WHERE s.event_id = training_event.id AND s.status <> 'cancelled'));
        END;
        """

    /// The date a certificate says it was issued, which is not the moment it was recorded:
    /// a past round entered later is certified on its last day. Certificates recorded
    /// before this migration keep the date they have always shown (the day of `issued_at`
    /// in Asia/Baku, UTC+4 without daylight saving).
    package static let certificateIssueDate = """
        ALTER TABLE certificate ADD COLUMN issue_date TEXT;
        UPDATE certificate SET issue_date = date(issued_at, '+4 hours');
        """
}
