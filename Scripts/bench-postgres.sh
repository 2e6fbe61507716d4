#!/usr/bin/env bash
# The bench's import, report and certificate steps on PostgreSQL beside SQLite, on the same
# deterministic data (Scripts/generate-bench-data.py), each engine beside its own floor:
# PostgreSQL's `psql \copy` of the same CSV into a bare table for the imports, and the headline
# report's hand-written query typed into psql; SQLite's `.import` and the same query in the
# sqlite3 shell. A throwaway cluster with fsync on (Scripts/postgres-scratch.sh), on the same
# disk as the SQLite file. Release build. Checks that both engines' reports give the same
# numbers as the query, and that both stored the same number of marks.
#
# Usage: Scripts/bench-postgres.sh                  full size (2,000,000 marks)
#        BENCH_SCALE=0.05 Scripts/bench-postgres.sh a quick run on 5 % of the data
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${BENCH_SCALE:-1}
work=$(mktemp -d /tmp/cadre-bench-pg.XXXXXX)
chmod 755 "$work"
source Scripts/postgres-scratch.sh
trap 'stop_scratch_postgres; rm -rf "$work"' EXIT
command -v sqlite3 >/dev/null || { echo "bench: needs the sqlite3 shell (apt-get install sqlite3)"; exit 1; }
echo "Building (release)…" >&2
swift build -c release --product cadre >/dev/null
cadre=$(swift build -c release --show-bin-path)/cadre
data=$work/data
python3 Scripts/generate-bench-data.py "$data" --scale "$scale" >"$work/counts.json"
count() { python3 -c "import json,sys; print(json.load(open('$work/counts.json'))['$1'])"; }
SCRATCH_POSTGRES_FSYNC=on start_scratch_postgres "${CADRE_BENCH_POSTGRES_PORT:-55460}"
psql "$CADRE_TEST_POSTGRES" -qc "CREATE DATABASE cadre"
server="${CADRE_TEST_POSTGRES/dbname=postgres/dbname=cadre}"
export CADRE_USER=bench

measure() {  # wall seconds of one run into $secs
    /usr/bin/time -f "%e %M" -o "$work/time.log" "$@" >"$work/out.log" 2>"$work/err.log" || {
        echo "FAILED: $*"; tail -5 "$work/err.log"; exit 1; }
    read -r secs _ <"$work/time.log"
}
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
declare -A took

run_engine() {  # run_engine NAME DATABASE
    local name=$1
    export CADRE_DB=$2
    echo "$name: setting up…" >&2
    "$cadre" init >/dev/null
    "$cadre" course import >/dev/null
    while read -r venue; do "$cadre" venue add --name "$venue" --capacity 30 >/dev/null; done <"$data/venues.txt"
    measure "$cadre" event import "$data/events.csv"; took[$name/events]=$secs
    measure "$cadre" session import "$data/sessions.csv"; took[$name/sessions]=$secs
    echo "$name: imports…" >&2
    measure "$cadre" trainee import "$data/trainees.csv" --skip-invalid; took[$name/trainees]=$secs
    measure "$cadre" enrollment import "$data/enrollments.csv"; took[$name/enrollments]=$secs
    # PostgreSQL's own floor for the same work starts from the database as it is now.
    [ "$name" = postgres ] && psql "$CADRE_TEST_POSTGRES" -qc "CREATE DATABASE floor_attendance TEMPLATE cadre"
    measure "$cadre" attendance import "$data/attendance.csv"; took[$name/attendance]=$secs
    measure "$cadre" assessment import "$data/scores.csv"; took[$name/scores]=$secs
    echo "$name: report…" >&2
    local runs=()
    for _ in 1 2 3; do measure "$cadre" report trained --by profession,sex; runs+=("$secs"); done
    took[$name/report]=$(median "${runs[@]}")
    "$cadre" report trained --by profession,sex --format json >"$work/report-$name.json"
    echo "$name: certificates…" >&2
    local target issued=0 events=() start
    target=$(python3 -c "print(max(1, int(10000 * $scale)))")
    "$cadre" event list --json | python3 -c 'import json,sys; [print(e["code"]) for e in sorted(json.load(sys.stdin), key=lambda e: e["code"])]' >"$work/events.txt"
    start=$(date +%s.%N)
    while read -r code && [ "$issued" -lt "$target" ]; do
        "$cadre" certificate issue "$code" --json >"$work/issued.json"
        events+=("$code")
        issued=$((issued + $(python3 -c 'import json,sys; print(sum(1 for o in json.load(open(sys.argv[1])) if o["result"] == "issued"))' "$work/issued.json" 2>/dev/null || echo 0)))
    done <"$work/events.txt"
    took[$name/issue]=$(python3 -c "print(f'{$(date +%s.%N) - $start:.2f}')")
    took[$name/issued]=$issued
    measure "$cadre" certificate print "${events[@]}" --out "$work/certificates-$name"; took[$name/print]=$secs
}

run_engine sqlite "$work/cadre.sqlite"
run_engine postgres "$server"

echo "cadre copy both ways…" >&2
psql "$CADRE_TEST_POSTGRES" -qc "CREATE DATABASE copied"
copied="${CADRE_TEST_POSTGRES/dbname=postgres/dbname=copied}"
measure "$cadre" copy --from "$work/cadre.sqlite" --to "$copied"; took[copy/up]=$secs
measure "$cadre" copy --from "$copied" --to "$work/back.sqlite"; took[copy/down]=$secs
copy_reports=$(for db in "$work/cadre.sqlite" "$copied" "$work/back.sqlite"; do
    "$cadre" report trained --by profession,sex --format json --db "$db" | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)["lines"]))' | sha256sum | cut -c1-16
done | sort -u | wc -l)

echo "floors…" >&2
psql "$server" -qc "CREATE TABLE attendance_raw (event_code text, session_no text, trainee_ref text, status text)" \
    -c "CREATE TABLE trainee_raw (line text)"
measure psql "$server" -qc "\\copy attendance_raw FROM '$data/attendance.csv' WITH (FORMAT csv, HEADER true)"; took[floor/attendance]=$secs
measure psql "$server" -qc "\\copy trainee_raw FROM '$data/trainees.csv' WITH (FORMAT text)"; took[floor/trainees]=$secs
# PostgreSQL alone storing the same marks into Cadre's schema: the CSV copied into a staging
# table and one INSERT … SELECT doing Cadre's lookups (event, person by the centre's reference,
# enrolment, session), in one transaction — as bench.sh's SQLite floor does.
floor_db="${CADRE_TEST_POSTGRES/dbname=postgres/dbname=floor_attendance}"
cat >"$work/floor-attendance.sql" <<SQL
BEGIN;
CREATE TEMP TABLE attendance_raw (event_code text, session_no text, trainee_ref text, status text) ON COMMIT DROP;
\copy attendance_raw FROM '$data/attendance.csv' WITH (FORMAT csv, HEADER true)
INSERT INTO actor (name) VALUES ('bench') ON CONFLICT DO NOTHING;
INSERT INTO attendance (enrollment_id, session_id, status, note, marked_by, marked_at)
SELECT e.id, s.id, CASE r.status WHEN 'P' THEN 0 WHEN 'L' THEN 1 WHEN 'E' THEN 2 ELSE 3 END,
    NULL, (SELECT id FROM actor WHERE name = 'bench'), 1795694400
FROM attendance_raw AS r
JOIN training_event AS ev ON ev.code = r.event_code
JOIN trainee_external_ref AS x ON x.ref = r.trainee_ref
JOIN enrollment AS e ON e.event_id = ev.id AND e.trainee_id = x.trainee_id
JOIN training_session AS s ON s.event_id = ev.id AND s.number = CAST(r.session_no AS INTEGER);
COMMIT;
SQL
measure psql "$floor_db" -q -v ON_ERROR_STOP=1 -f "$work/floor-attendance.sql"; took[floor/attendance-schema]=$secs
marks_floor=$(psql "$floor_db" -Atc "SELECT count(*) FROM attendance")
rm -f "$work/raw.sqlite"
measure sqlite3 "$work/raw.sqlite" ".mode csv" ".import $data/attendance.csv attendance_raw"; took[sfloor/attendance]=$secs
marks_pg=$(psql "$server" -Atc "SELECT count(*) FROM attendance")
marks_sqlite=$(sqlite3 "$work/cadre.sqlite" "SELECT count(*) FROM attendance")
cp Scripts/bench-report.sql "$work/report.sql"
runs=(); sruns=()
for _ in 1 2 3; do
    measure psql "$server" -AtF, -f "$work/report.sql"; runs+=("$secs"); cp "$work/out.log" "$work/query-pg.csv"
    measure sqlite3 -csv "$work/cadre.sqlite" ".read $work/report.sql"; sruns+=("$secs")
done
took[floor/report]=$(median "${runs[@]}"); took[sfloor/report]=$(median "${sruns[@]}")

for key in "${!took[@]}"; do echo "$key=${took[$key]}"; done >"$work/took.txt"
[ "$marks_floor" = "$marks_pg" ] || { echo "the floor statement stored $marks_floor marks, Cadre $marks_pg"; exit 1; }
python3 - "$work" "$scale" "$marks_pg" "$marks_sqlite" "$copy_reports" <<'PY'
import csv, json, sys
work, scale, marks_pg, marks_sqlite, copy_reports = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
took = dict(line.split("=", 1) for line in open(f"{work}/took.txt").read().split("\n") if line)
t = lambda key: float(took[key])
failures = []
query = {(r[0], r[1]): int(r[2]) for r in csv.reader(open(f"{work}/query-pg.csv")) if r}
for engine in ("sqlite", "postgres"):
    report = {tuple(l["values"]): l["count"] for l in json.load(open(f"{work}/report-{engine}.json"))["lines"] if l["count"] > 0}
    if report != query or not query:
        failures.append(f"{engine}'s report differs from the query")
if marks_pg != marks_sqlite:
    failures.append(f"marks stored: PostgreSQL {marks_pg}, SQLite {marks_sqlite}")
counts = json.load(open(f"{work}/counts.json"))
rows = [
    ("event import", counts["events"], "events", None, None),
    ("session import", counts["sessions"], "sessions", None, None),
    ("trainee import", counts["trainee_rows"], "trainees", "floor/trainees", None),
    ("enrollment import", counts["enrollments"], "enrollments", None, None),
    ("attendance import", counts["marks"], "attendance", "floor/attendance", 3),
    ("↳ PostgreSQL alone, the same marks into Cadre's schema", counts["marks"], "attendance", "floor/attendance-schema", None),
    ("assessment import", counts["scores"], "scores", None, None),
    ("report trained --by profession,sex (median of 3)", "", "report", "floor/report", 1.5),
    (f"certificate issue ({took['postgres/issued']} certificates)", "", "issue", None, None),
    ("certificate print", "", "print", None, None),
]
print(f"\nscale {scale}; marks stored: {marks_pg} on both" if marks_pg == marks_sqlite else "")
print("| step | rows | SQLite | PostgreSQL | PostgreSQL's floor | PostgreSQL ÷ floor | target |")
print("|---|---:|---:|---:|---:|---:|---|")
for name, n, key, floor, target in rows:
    pg, sq = t(f"postgres/{key}"), t(f"sqlite/{key}")
    floor_text, ratio_text, target_text = "", "", ""
    if floor:
        ratio = pg / max(t(floor), 0.001)
        floor_text, ratio_text = f"{t(floor):.2f} s", f"{ratio:.2f}×"
        if target:
            met = ratio <= target
            target_text = f"≤ {target}× — {'met' if met else 'missed'}"
    print(f"| {name} | {n:,} | {sq:.2f} s | {pg:.2f} s | {floor_text} | {ratio_text} | {target_text} |" if n != "" else
          f"| {name} | | {sq:.2f} s | {pg:.2f} s | {floor_text} | {ratio_text} | {target_text} |")
print(f"cadre copy of the SQLite database (every table read back and compared before the commit): into PostgreSQL {t('copy/up'):.2f} s, "
      f"back into a file {t('copy/down'):.2f} s; the report the same from all three: {copy_reports == 1}")
if copy_reports != 1:
    failures.append("the report differs between the database and its copies")
print(f"SQLite's floors on the same machine: .import of the marks {t('sfloor/attendance'):.2f} s; the report's query {t('sfloor/report'):.2f} s")
for failure in failures:
    print("FAIL: " + failure)
sys.exit(1 if failures else 0)
PY
