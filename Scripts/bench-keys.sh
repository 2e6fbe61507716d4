#!/usr/bin/env bash
# Issue #24's measurements, before the migration is written: what SQLite alone takes to store
# the benchmark's marks (every mark's event, session, person and enrolment looked up, WAL,
# synchronous=FULL, foreign keys on, as Cadre opens it) and how large the big tables are, for
# the schema as it is (36-character text keys) and for the candidates:
#
#   text-keys   today: every key and every reference a UUID as text
#   int-text    INTEGER PRIMARY KEY everywhere, the UUID kept as a UNIQUE text column on the
#               records that may be merged; marks keyed by (enrolment, session), no UUID
#   int-blob    the same with the UUID as a 16-byte BLOB
#   int-compact int-blob, and a mark's status, author and time as small integers
#   int-compact-uuid  int-compact with each mark's UUID kept as an unindexed 16-byte BLOB
#               (what the audit log names a mark by)
#
# Usage: Scripts/bench-keys.sh [CADRE_DATABASE]   (default: a full bench database is built)
# It measured schema 6, before #24 landed: the database (given or built) must be one made by
# commit 2e21f87 or earlier (`git worktree add /tmp/old 2e21f87` and run it from there).
# Needs the sqlite3 shell. Prints one line per schema: seconds to store the marks, their
# ratio to `.import` of the same file, and MB of marks (table + indexes), enrolments, people.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${BENCH_SCALE:-1}
root=/tmp
[ -d /dev/shm ] && [ "$(df --output=avail -k /dev/shm | tail -1)" -gt 6000000 ] && root=/dev/shm
work=$(mktemp -d "$root/cadre-keys.XXXXXX")
trap 'rm -rf "$work"' EXIT
data=$work/data
python3 Scripts/generate-bench-data.py "$data" --scale "$scale" >/dev/null
source_db=${1:-}
if [ -z "$source_db" ]; then
    echo "Building the bench database…" >&2
    swift build -c release --product cadre >/dev/null
    cadre=$(swift build -c release --show-bin-path)/cadre
    export CADRE_DB=$work/source.sqlite CADRE_USER=bench
    "$cadre" init >/dev/null
    "$cadre" course import >/dev/null
    while read -r venue; do "$cadre" venue add --name "$venue" --capacity 30 >/dev/null; done <"$data/venues.txt"
    "$cadre" event import "$data/events.csv" >/dev/null
    "$cadre" session import "$data/sessions.csv" >/dev/null
    "$cadre" trainee import "$data/trainees.csv" --skip-invalid >/dev/null 2>&1
    "$cadre" enrollment import "$data/enrollments.csv" >/dev/null
    source_db=$CADRE_DB
fi

pragmas="PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA cache_size = -16384;"
/usr/bin/time -f "%e" -o "$work/t" sqlite3 "$work/raw.sqlite" ".mode csv" ".import $data/attendance.csv attendance_raw"
import_secs=$(cat "$work/t")
marks_file=$(($(wc -l <"$data/attendance.csv") - 1))

# parents VARIANT: the people, events, sessions and enrolments of the source in VARIANT's shape.
parents() {
    local uuid="TEXT" convert="KEY"
    # SQLite 3.40 has no unhex(): the 16 bytes are random here, which is all a measurement of
    # size and speed needs (the migration converts the real ids in Swift).
    if [ "$1" != text-keys ] && [ "$1" != int-text ]; then uuid="BLOB"; convert="randomblob(16)"; fi
    cat <<SQL
ATTACH '$source_db' AS old;
CREATE TABLE trainee (
    id INTEGER PRIMARY KEY, uuid $uuid NOT NULL UNIQUE, ref TEXT NOT NULL UNIQUE, full_name TEXT, name_key TEXT,
    sex TEXT CHECK (sex IN ('female', 'male')), birth_date TEXT, profession_code TEXT, organization TEXT, region_code TEXT,
    email TEXT, phone TEXT, national_id TEXT, merged_into_id INTEGER REFERENCES trainee (id), erased_at TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX trainee_name_key ON trainee (name_key);
CREATE INDEX trainee_national_id ON trainee (national_id);
CREATE INDEX trainee_email ON trainee (email);
CREATE INDEX trainee_phone ON trainee (phone);
CREATE INDEX trainee_merged_into ON trainee (merged_into_id);
INSERT INTO trainee SELECT NULL, ${convert//KEY/id}, ref, full_name, name_key, sex, birth_date, profession_code, organization, region_code,
    email, phone, national_id, NULL, erased_at, created_at, updated_at FROM old.trainee ORDER BY rowid;
CREATE TABLE trainee_external_ref (
    ref TEXT PRIMARY KEY, trainee_id INTEGER NOT NULL REFERENCES trainee (id), kind TEXT NOT NULL, source TEXT);
CREATE INDEX trainee_external_ref_trainee ON trainee_external_ref (trainee_id);
INSERT INTO trainee_external_ref SELECT x.ref, t.id, x.kind, x.source FROM old.trainee_external_ref AS x
    JOIN old.trainee AS o ON o.id = x.trainee_id JOIN trainee AS t ON t.ref = o.ref;
CREATE TABLE training_event (
    id INTEGER PRIMARY KEY, uuid $uuid NOT NULL UNIQUE, code TEXT NOT NULL UNIQUE, course_id TEXT NOT NULL, centre_id TEXT,
    venue_id TEXT, start_date TEXT NOT NULL, end_date TEXT NOT NULL, capacity INTEGER, status TEXT NOT NULL, created_at TEXT NOT NULL);
INSERT INTO training_event SELECT NULL, ${convert//KEY/id}, code, course_id, centre_id, venue_id, start_date, end_date, capacity, status, created_at
    FROM old.training_event ORDER BY rowid;
CREATE TABLE training_session (
    id INTEGER PRIMARY KEY, uuid $uuid NOT NULL UNIQUE, event_id INTEGER NOT NULL REFERENCES training_event (id),
    number INTEGER NOT NULL, date TEXT NOT NULL, start_time TEXT NOT NULL, end_time TEXT NOT NULL, minutes INTEGER NOT NULL,
    module_position INTEGER, trainer_id TEXT, venue_id TEXT, status TEXT NOT NULL, UNIQUE (event_id, number));
CREATE INDEX training_session_date ON training_session (date);
INSERT INTO training_session SELECT NULL, ${convert//KEY/s.id}, e.id, s.number, s.date, s.start_time, s.end_time, s.minutes, s.module_position,
    s.trainer_id, s.venue_id, s.status FROM old.training_session AS s JOIN old.training_event AS o ON o.id = s.event_id
    JOIN training_event AS e ON e.code = o.code ORDER BY s.rowid;
CREATE TABLE enrollment (
    id INTEGER PRIMARY KEY, uuid $uuid NOT NULL UNIQUE, event_id INTEGER NOT NULL REFERENCES training_event (id),
    trainee_id INTEGER NOT NULL REFERENCES trainee (id), status TEXT NOT NULL, waitlist_position INTEGER,
    walk_in INTEGER NOT NULL DEFAULT 0, profession_code TEXT, region_code TEXT, organization TEXT, sex TEXT,
    enrolled_at TEXT NOT NULL, UNIQUE (event_id, trainee_id));
CREATE INDEX enrollment_trainee ON enrollment (trainee_id);
INSERT INTO enrollment SELECT NULL, ${convert//KEY/n.id}, e.id, t.id, n.status, n.waitlist_position, n.walk_in, n.profession_code, n.region_code,
    n.organization, n.sex, n.enrolled_at FROM old.enrollment AS n
    JOIN old.training_event AS oe ON oe.id = n.event_id JOIN training_event AS e ON e.code = oe.code
    JOIN old.trainee AS ot ON ot.id = n.trainee_id JOIN trainee AS t ON t.ref = ot.ref ORDER BY n.rowid;
SQL
}

# marks VARIANT: the attendance table and the timed statement that fills it from the file.
marks() {
    case $1 in
    text-keys)
        echo "BEGIN;"
        echo "INSERT INTO attendance (id, enrollment_id, session_id, status, note, marked_by, marked_at)"
        echo "SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6))),"
        echo "    e.id, s.id, CASE r.status WHEN 'P' THEN 'present' WHEN 'L' THEN 'late' WHEN 'E' THEN 'excused' ELSE 'absent' END,"
        echo "    NULL, 'bench', '2026-11-26T12:00:00Z'" ;;
    int-text | int-blob)
        echo "CREATE TABLE attendance (enrollment_id INTEGER NOT NULL REFERENCES enrollment (id),"
        echo "    session_id INTEGER NOT NULL REFERENCES training_session (id),"
        echo "    status TEXT NOT NULL CHECK (status = 'present' OR status = 'late' OR status = 'excused' OR status = 'absent'),"
        echo "    note TEXT, marked_by TEXT NOT NULL, marked_at TEXT NOT NULL, PRIMARY KEY (enrollment_id, session_id)) WITHOUT ROWID;"
        echo "CREATE INDEX attendance_session ON attendance (session_id);"
        echo "BEGIN;"
        echo "INSERT INTO attendance (enrollment_id, session_id, status, note, marked_by, marked_at)"
        echo "SELECT e.id, s.id, CASE r.status WHEN 'P' THEN 'present' WHEN 'L' THEN 'late' WHEN 'E' THEN 'excused' ELSE 'absent' END,"
        echo "    NULL, 'bench', '2026-11-26T12:00:00Z'" ;;
    int-compact-uuid)
        echo "CREATE TABLE actor (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE); INSERT INTO actor (name) VALUES ('bench');"
        echo "CREATE TABLE attendance (enrollment_id INTEGER NOT NULL REFERENCES enrollment (id),"
        echo "    session_id INTEGER NOT NULL REFERENCES training_session (id), uuid BLOB NOT NULL CHECK (length(uuid) = 16),"
        echo "    status INTEGER NOT NULL CHECK (status BETWEEN 0 AND 3),"
        echo "    note TEXT, marked_by INTEGER NOT NULL REFERENCES actor (id), marked_at INTEGER NOT NULL, PRIMARY KEY (enrollment_id, session_id)) WITHOUT ROWID;"
        echo "CREATE INDEX attendance_session ON attendance (session_id);"
        echo "BEGIN;"
        echo "INSERT INTO attendance (enrollment_id, session_id, uuid, status, note, marked_by, marked_at)"
        echo "SELECT e.id, s.id, randomblob(16), CASE r.status WHEN 'P' THEN 0 WHEN 'L' THEN 1 WHEN 'E' THEN 2 ELSE 3 END,"
        echo "    NULL, 1, 1795694400000" ;;
    int-compact)
        echo "CREATE TABLE actor (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE); INSERT INTO actor (name) VALUES ('bench');"
        echo "CREATE TABLE attendance (enrollment_id INTEGER NOT NULL REFERENCES enrollment (id),"
        echo "    session_id INTEGER NOT NULL REFERENCES training_session (id),"
        echo "    status INTEGER NOT NULL CHECK (status BETWEEN 0 AND 3),"
        echo "    note TEXT, marked_by INTEGER NOT NULL REFERENCES actor (id), marked_at INTEGER NOT NULL, PRIMARY KEY (enrollment_id, session_id)) WITHOUT ROWID;"
        echo "CREATE INDEX attendance_session ON attendance (session_id);"
        echo "BEGIN;"
        echo "INSERT INTO attendance (enrollment_id, session_id, status, note, marked_by, marked_at)"
        echo "SELECT e.id, s.id, CASE r.status WHEN 'P' THEN 0 WHEN 'L' THEN 1 WHEN 'E' THEN 2 ELSE 3 END,"
        echo "    NULL, 1, 1795694400000" ;;
    esac
    cat <<SQL
FROM raw.attendance_raw AS r
JOIN training_event AS ev ON ev.code = r.event_code
JOIN trainee_external_ref AS x ON x.ref = r.trainee_ref
JOIN enrollment AS e ON e.event_id = ev.id AND e.trainee_id = x.trainee_id
JOIN training_session AS s ON s.event_id = ev.id AND s.number = CAST(r.session_no AS INTEGER)
ORDER BY r.rowid;
COMMIT;
SQL
}

mb() { sqlite3 "$1" "SELECT printf('%.1f', coalesce(sum(pgsize), 0) / 1048576.0) FROM dbstat WHERE name = '$2' OR name IN (SELECT name FROM sqlite_schema WHERE tbl_name = '$2' AND type = 'index')"; }
printf '%-12s %9s %8s %10s %9s %11s %9s %8s\n' schema "marks s" "×import" "marks MB" "B/mark" "enrol MB" "people MB" "file MB"
for variant in ${BENCH_KEYS_VARIANTS:-text-keys int-text int-blob int-compact int-compact-uuid}; do
    db=$work/$variant.sqlite
    if [ "$variant" = text-keys ]; then
        # Today's schema is the source's own: a copy without its marks, scores and certificates.
        sqlite3 "$source_db" "VACUUM INTO '$db'"
        sqlite3 "$db" "PRAGMA journal_mode = WAL; DELETE FROM certificate; DELETE FROM assessment_score; DELETE FROM attendance;" >/dev/null
    else
        { echo "$pragmas"; echo "BEGIN;"; parents "$variant"; echo "COMMIT; DETACH old;"; } >"$work/parents.sql"
        sqlite3 "$db" ".read $work/parents.sql" >/dev/null
    fi
    sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
    { echo "$pragmas"; echo "ATTACH '$work/raw.sqlite' AS raw;"; marks "$variant"; } >"$work/marks.sql"
    /usr/bin/time -f "%e" -o "$work/t" sqlite3 "$db" ".read $work/marks.sql" >/dev/null
    secs=$(cat "$work/t")
    sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
    stored=$(sqlite3 "$db" "SELECT count(*) FROM attendance")
    [ "$stored" -gt 0 ] || { echo "$variant: no marks stored"; exit 1; }
    marks_mb=$(mb "$db" attendance)
    printf '%-12s %9.2f %7.1f× %10s %9.0f %11s %9s %8.0f\n' "$variant" "$secs" "$(python3 -c "print($secs / $import_secs)")" "$marks_mb" \
        "$(python3 -c "print($marks_mb * 1048576 / $stored)")" "$(mb "$db" enrollment)" "$(mb "$db" trainee)" "$(python3 -c "import os; print(os.path.getsize('$db') / 1048576)")"
done
echo "(.import of the same $marks_file lines: $import_secs s; $stored marks stored by each schema)"
