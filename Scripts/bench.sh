#!/usr/bin/env bash
# The performance benchmark (issue #11): Cadre's bulk paths side by side with the sqlite3 shell
# doing the same raw work, on the deterministic data set of Scripts/generate-bench-data.py
# (100,000 trainees, 16,000 events, 80,000 sessions, 400,000 enrolments, 2,000,000 marks,
# 680,000 scores). Release build. Prints a table of wall times, peak memory and ratios, and
# checks the report's numbers against the hand-written query.
#
# Usage: Scripts/bench.sh            full size, about 5-8 minutes on 2 cores
#        BENCH_SCALE=0.05 Scripts/bench.sh   a quick run on 5 % of the data
# BENCH_DIR keeps the data and databases (default: a fresh folder under /tmp, removed after).
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${BENCH_SCALE:-1}
work=${BENCH_DIR:-$(mktemp -d /tmp/cadre-bench.XXXXXX)}
[ -n "${BENCH_DIR:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"
command -v sqlite3 >/dev/null || { echo "bench: needs the sqlite3 shell (apt-get install sqlite3)"; exit 1; }

echo "Building (release)…" >&2
swift build -c release --product cadre >/dev/null
cadre=$(swift build -c release --show-bin-path)/cadre
data=$work/data
echo "Generating data (scale $scale)…" >&2
python3 Scripts/generate-bench-data.py "$data" --scale "$scale" >"$work/counts.json"
count() { python3 -c "import json,sys; print(json.load(open('$work/counts.json'))['$1'])"; }

export CADRE_DB=$work/cadre.sqlite CADRE_USER=bench
results=()
failures=0

# measure NAME COMMAND… : wall seconds and peak KB of one run, into $secs and $kb.
measure() {
    local log=$work/time.log
    /usr/bin/time -f "%e %M" -o "$log" "$@" >"$work/out.log" 2>"$work/err.log" || {
        echo "FAILED: $*"; tail -5 "$work/err.log"; exit 1; }
    read -r secs kb <"$log"
}
row() {  # name cadre_secs cadre_kb baseline_name baseline_secs target_ratio
    local ratio verdict
    ratio=$(python3 -c "print(f'{$2 / max($5, 0.001):.2f}')")
    verdict=$(python3 -c "print('ok' if $2 <= $6 * max($5, 0.001) else 'MISSED')")
    results+=("$(printf '%-34s %8.2f s %7d MB   %-26s %8.2f s %7s× (≤ %s×) %s' "$1" "$2" "$(($3 / 1024))" "$4" "$5" "$ratio" "$6" "$verdict")")
}
info() { results+=("$(printf "%-34s %8.2f s %7d MB   %s" "$1" "$2" "$(($3 / 1024))" "${4:-}")"); }

echo "Setting up…" >&2
"$cadre" init >/dev/null
"$cadre" course import >/dev/null
while read -r venue; do
    "$cadre" venue add --name "$venue" --capacity 30 >/dev/null
done <"$data/venues.txt"
measure "$cadre" event import "$data/events.csv"; info "event import ($(count events))" "$secs" "$kb"
measure "$cadre" session import "$data/sessions.csv"; info "session import ($(count sessions))" "$secs" "$kb"

# 1. Trainees.
echo "1. trainee import…" >&2
# Floors: what SQLite itself takes to store the rows Cadre stored into Cadre's own schema (keys,
# checks, foreign keys, indexes; WAL, synchronous=FULL, as Cadre opens it), in one INSERT …
# SELECT — no Swift at all. The database before the import is copied for it.
floor_sql() {  # floor_sql FILE DATABASE ALIAS: the pragmas Cadre uses, then the statements on stdin
    {
        echo "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;"
        echo "PRAGMA secure_delete = ON; PRAGMA cache_size = -16384;"
        echo "ATTACH '$2' AS $3;"
        echo "BEGIN;"; cat; echo "COMMIT;"
    } >"$1"
}
sqlite3 "$CADRE_DB" ".backup '$work/floor-trainee.sqlite'"
measure "$cadre" trainee import "$data/trainees.csv" --skip-invalid; t_cadre=$secs; t_kb=$kb
floor_sql "$work/floor-trainee.sql" "$CADRE_DB" cadre <<'SQL'
INSERT INTO trainee SELECT * FROM cadre.trainee ORDER BY rowid;
INSERT INTO trainee_external_ref SELECT * FROM cadre.trainee_external_ref ORDER BY rowid;
SQL
measure sqlite3 "$work/floor-trainee.sqlite" ".read $work/floor-trainee.sql"; t_floor=$secs
rm -f "$work/raw.sqlite"
measure sqlite3 "$work/raw.sqlite" ".mode csv" ".separator ;" ".import $data/trainees.csv trainee_raw"
row "trainee import ($(count trainee_rows) rows)" "$t_cadre" "$t_kb" "sqlite3 .import" "$secs" 2
floor_row() {  # floor_row NAME FLOOR_SECS CADRE_SECS IMPORT_SECS
    info "$1" "$2" 0 "$(python3 -c "print(f'SQLite alone = {$2 / max($4, 0.001):.2f}× .import; Cadre = {$3 / max($2, 0.001):.2f}× this')")"
}
floor_row "  same rows into Cadre's schema" "$t_floor" "$t_cadre" "$secs"

measure "$cadre" enrollment import "$data/enrollments.csv"; info "enrollment import ($(count enrollments))" "$secs" "$kb"

# 2. Attendance.
echo "2. attendance import…" >&2
sqlite3 "$CADRE_DB" ".backup '$work/floor-attendance.sqlite'"
measure "$cadre" attendance import "$data/attendance.csv"; a_cadre=$secs; a_kb=$kb
measure sqlite3 "$work/raw.sqlite" ".mode csv" ".import $data/attendance.csv attendance_raw"; a_import=$secs
# The same work as one statement: each line's event, person (by the centre's reference),
# enrolment and session looked up, the status letter as its number (schema 7), in the file's order.
floor_sql "$work/floor-attendance.sql" "$work/raw.sqlite" raw <<'SQL'
INSERT INTO actor (name) VALUES ('bench') ON CONFLICT DO NOTHING;
INSERT INTO attendance (enrollment_id, session_id, status, note, marked_by, marked_at)
SELECT e.id, s.id, CASE r.status WHEN 'P' THEN 0 WHEN 'L' THEN 1 WHEN 'E' THEN 2 ELSE 3 END,
    NULL, (SELECT id FROM actor WHERE name = 'bench'), 1795694400
FROM raw.attendance_raw AS r
JOIN training_event AS ev ON ev.code = r.event_code
JOIN trainee_external_ref AS x ON x.ref = r.trainee_ref
JOIN enrollment AS e ON e.event_id = ev.id AND e.trainee_id = x.trainee_id
JOIN training_session AS s ON s.event_id = ev.id AND s.number = CAST(r.session_no AS INTEGER)
ORDER BY r.rowid;
SQL
measure sqlite3 "$work/floor-attendance.sqlite" ".read $work/floor-attendance.sql"; a_floor=$secs
row "attendance import ($(count marks) rows)" "$a_cadre" "$a_kb" "sqlite3 .import" "$a_import" 3
floor_row "  same marks into Cadre's schema" "$a_floor" "$a_cadre" "$a_import"
a_marks=$(sqlite3 "$CADRE_DB" "SELECT count(*) FROM attendance"); f_marks=$(sqlite3 "$work/floor-attendance.sqlite" "SELECT count(*) FROM attendance")
[ "$a_marks" = "$f_marks" ] || { echo "attendance check: Cadre stored $a_marks marks, the floor statement $f_marks"; failures=$((failures + 1)); }
[ "$a_kb" -le $((64 * 1024)) ] || { echo "MISSED: attendance import peak memory $((a_kb / 1024)) MB > 64 MB"; }

measure "$cadre" assessment import "$data/scores.csv"; info "assessment import ($(count scores))" "$secs" "$kb"

# The database's size with every mark and score in it (issue #24: at most half of schema 6's).
sqlite3 "$CADRE_DB" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
db_mb=$(python3 -c "import os; print(f'{os.path.getsize(\"$CADRE_DB\") / 1048576:.0f}')")
mark_bytes=$(sqlite3 "$CADRE_DB" "SELECT printf('%.0f', (SELECT sum(pgsize) FROM dbstat WHERE name IN ('attendance', 'attendance_session')) * 1.0 / (SELECT count(*) FROM attendance))")
results+=("$(printf '%-34s %8s MB   %s' "database file after the imports" "$db_mb" "marks: $mark_bytes bytes each (table and index)")")

# 3. The headline report, and the same numbers by one hand-written query.
echo "3. report…" >&2
cp Scripts/bench-report.sql "$work/report.sql"  # the same numbers as one hand-written query
# Both take a few seconds and this machine's speed drifts by a fifth between runs, so each is
# run three times, alternating, and the medians are compared.
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
r_runs=(); q_runs=()
for _ in 1 2 3; do
    measure "$cadre" report trained --by profession,sex; r_runs+=("$secs"); r_kb=$kb
    measure sqlite3 -csv "$CADRE_DB" ".read $work/report.sql"; q_runs+=("$secs")
done
r_cadre=$(median "${r_runs[@]}")
"$cadre" report trained --by profession,sex --format json >"$work/report.json"
cp "$work/out.log" "$work/query.csv"
row "report trained (median of 3)" "$r_cadre" "$r_kb" "hand-written SQL query" "$(median "${q_runs[@]}")" 1.3
if python3 - "$work/report.json" "$work/query.csv" <<'PY'
import csv, json, sys
report = {tuple(line["values"]): line["count"] for line in json.load(open(sys.argv[1]))["lines"] if line["count"] > 0}
query = {(r[0], r[1]): int(r[2]) for r in csv.reader(open(sys.argv[2]))}
ok = report == query and len(query) > 0
print(f"report check: {len(query)} profession × sex cells, total {sum(query.values())} persons; "
      + ("report == query" if ok else f"DIFFERENT\n report {sorted(report.items())}\n query {sorted(query.items())}"))
sys.exit(0 if ok else 1)
PY
then :; else failures=$((failures + 1)); fi

# 4. Certificates: issue for events until 10,000, print them, then the I/O floor.
echo "4. certificates…" >&2
target=$(python3 -c "print(max(1, int(10000 * $scale)))")
sqlite3 "$CADRE_DB" "SELECT code FROM training_event ORDER BY code" >"$work/events.txt"
issued=0
events=()
while read -r code && [ "$issued" -lt "$target" ]; do
    "$cadre" certificate issue "$code" >/dev/null
    events+=("$code")
    issued=$(sqlite3 "$CADRE_DB" "SELECT count(*) FROM certificate")
done <"$work/events.txt"
# Like the report, three runs each, alternating, compared by their medians: each run writes
# 10,000 new files, and a file system's speed at that drifts from one minute to the next.
c_runs=(); f_runs=()
for run in 1 2 3; do
    measure "$cadre" certificate print "${events[@]}" --out "$work/certificates$run"; c_runs+=("$secs"); c_kb=$kb
    f_runs+=("$(python3 - "$work/certificates$run" "$work/floor$run" <<'PY'
import os, sys, time
src, dst = sys.argv[1], sys.argv[2]
pages = [(name, open(os.path.join(src, name), "rb").read()) for name in sorted(os.listdir(src))]
os.makedirs(dst)
start = time.perf_counter()
for name, data in pages:
    fd = os.open(os.path.join(dst, name), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.write(fd, data)
    os.close(fd)
os.sync()  # Cadre makes the files durable with one sync(2) before it reports success
print(f"{time.perf_counter() - start:.3f}")
PY
)")
done
files=$(find "$work/certificates1" -type f | wc -l)
# The same certificates give the same bytes, whichever thread rendered them.
diff -rq "$work/certificates1" "$work/certificates2" >/dev/null && diff -rq "$work/certificates1" "$work/certificates3" >/dev/null \
    || { echo "certificate check: the three runs wrote different files"; failures=$((failures + 1)); }
row "certificate print ($files files, median of 3)" "$(median "${c_runs[@]}")" "$c_kb" "plain write loop (I/O floor)" "$(median "${f_runs[@]}")" 1.5

# 5. Sign-in sheets for every event.
echo "5. sheets…" >&2
measure "$cadre" sheet --all-events --grid --out "$work/sheets"
files=$(find "$work/sheets" -type f | wc -l)
row "sheet --all-events --grid ($files files)" "$secs" "$kb" "target 3 s" 3 1

# 6. Start-up.
echo "6. start-up…" >&2
startup() {
    python3 - "$@" <<'PY'
import subprocess, sys, time
runs = []
for _ in range(20):
    start = time.perf_counter()
    subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    runs.append(time.perf_counter() - start)
print(f"{sorted(runs)[len(runs) // 2]:.4f}")
PY
}
row "cadre --version (median of 20)" "$(startup "$cadre" --version)" 0 "target 20 ms" 0.020 1
row "cadre event show (median of 20)" "$(startup "$cadre" event show "${events[0]}")" 0 "target 20 ms" 0.020 1

echo
echo "Cadre benchmark, scale $scale: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), SQLite $(sqlite3 --version | cut -d' ' -f1)"
printf '%-34s %10s %10s   %-26s %10s %8s\n' "step" "cadre" "peak" "baseline" "baseline" "ratio"
printf '%s\n' "${results[@]}"
[ "$failures" -eq 0 ]
