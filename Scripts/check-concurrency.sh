#!/usr/bin/env bash
# Concurrency: 8 `cadre attendance take` processes (8 centre staff at once) each record 1,000
# marks, one transaction per mark, into one database. Every mark must be stored and no
# "database is locked" may reach a user: writers wait within the busy timeout.
# Bounded: well under a minute with a release build. Needs sqlite3 and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
processes=${PROCESSES:-8}
people=${PEOPLE:-1000}
source Scripts/release-database.sh concurrency-check
"$cadre" venue add --name "Hall" --capacity "$people" >/dev/null
# Two-hour slots: DV-101's 18 hours make 9 sessions, one per process and one spare.
"$cadre" event schedule --course DV-101 --venue V-00001 --start 2021-10-25 --code MANY \
    --pattern 09:00-11:00,11:00-13:00,14:00-16:00 >/dev/null
# Names zero-padded, so the sign-in order (alphabetical) is the order of the refs.
python3 - "$work/people.csv" "$people" <<'PY'
import sys
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("full_name,sex,profession,ref\n")
    for i in range(int(sys.argv[2])):
        f.write(f"Concurrent {i:04},f,teacher,C-{i:04}\n")
PY
"$cadre" trainee import "$work/people.csv" >/dev/null
sqlite3 "$CADRE_DB" "SELECT ref FROM trainee_external_ref ORDER BY ref" | xargs "$cadre" event enroll MANY >/dev/null

# Each process answers one key per person: a mix of all four statuses.
start=$(date +%s.%N)
for session in $(seq 1 "$processes"); do
    python3 -c "
import sys
for i in range($people): print('plea'[(i + $session) % 4])
print('q')" | "$cadre" attendance take MANY --session "$session" >"$work/take-$session.out" 2>"$work/take-$session.err" &
done
status=0
for job in $(jobs -p); do wait "$job" || status=1; done
elapsed=$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")

failures=0
if [ "$status" -ne 0 ]; then echo "FAIL: a marking process exited with an error"; failures=$((failures + 1)); fi
if grep -il "locked\|busy" "$work"/take-*.err "$work"/take-*.out >/dev/null; then
    echo "FAIL: 'database is locked' reached a user:"; grep -ih "locked\|busy" "$work"/take-*.err "$work"/take-*.out | head -5
    failures=$((failures + 1))
fi
stored=$(sqlite3 "$CADRE_DB" "SELECT count(*) FROM attendance")
expected=$((processes * people))
if [ "$stored" != "$expected" ]; then echo "FAIL: $stored marks stored, expected $expected"; failures=$((failures + 1)); fi
# Every status is the one the process sent: keys p, l, e, a are stored as 0–3 (schema 7).
wrong=$(sqlite3 "$CADRE_DB" "
    SELECT count(*) FROM attendance a JOIN training_session s ON s.id = a.session_id
    JOIN enrollment e ON e.id = a.enrollment_id JOIN trainee_external_ref r ON r.trainee_id = e.trainee_id
    WHERE a.status <> (CAST(substr(r.ref, 3) AS INTEGER) + s.number) % 4")
if [ "$wrong" != "0" ]; then echo "FAIL: $wrong marks differ from what was sent"; failures=$((failures + 1)); fi
"$cadre" doctor >/dev/null || { echo "FAIL: doctor reports problems"; failures=$((failures + 1)); }
echo "concurrency check: $processes processes × $people marks in $elapsed s; $stored of $expected stored; $failures failure(s)"
[ "$failures" -eq 0 ]
