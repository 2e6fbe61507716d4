#!/usr/bin/env bash
# Crash safety: starts large imports and kills them with SIGKILL at random moments within
# their own duration (KILLS times, default 30), alternating a trainee import of ROWS new people and an attendance import
# of 6 × 2,000 marks. After each kill the database must pass `cadre doctor` (integrity_check,
# foreign_key_check, consistency) and the import must be wholly there or wholly absent.
# Bounded: about a minute with a release build. Needs sqlite3 and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${KILLS:-30}
rows=${ROWS:-20000}
source Scripts/release-database.sh kill-check
"$cadre" venue add --name "Hall" --capacity 10000 >/dev/null
"$cadre" event schedule --course DV-101 --venue V-00001 --start 2021-10-25 --code KILL >/dev/null
# 2,000 people enrolled before the first kill, so every attendance round has 12,000 marks.
python3 - "$work/base.csv" <<'PY'
import sys
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("full_name,sex,profession,ref\n")
    for i in range(2000):
        f.write(f"Kill Base {i},m,police,B-{i:04}\n")
PY
"$cadre" trainee import "$work/base.csv" >/dev/null

count() { sqlite3 "$CADRE_DB" "$1"; }
# trainee_file ROUND: $rows new people whose refs carry the round.
trainee_file() {
    python3 - "$work/batch.csv" "$1" "$rows" <<'PY'
import sys
path, batch, rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(path, "w", encoding="utf-8") as f:
    f.write("full_name,sex,profession,ref\n")
    for i in range(rows):
        f.write(f"Kill Test {batch} {i},f,social-worker,K{batch}-{i}\n")
PY
}
# marks_file ROUND: 6 sessions × the 2,000 base people, every mark noting the round.
marks_file() {
    python3 - "$work/marks.csv" "$1" "$work/refs" <<'PY'
import sys
path, batch, refs = sys.argv[1], int(sys.argv[2]), open(sys.argv[3]).read().split()
with open(path, "w", encoding="utf-8") as f:
    f.write("event_code,session_no,trainee_ref,status,note\n")
    for session in range(1, 7):
        for ref in refs:
            f.write(f"KILL,{session},{ref},{'PLEA'[(batch + session) % 4]},round {batch}\n")
PY
}
count "SELECT ref FROM trainee_external_ref WHERE ref LIKE 'B-%' ORDER BY ref" >"$work/refs"
xargs "$cadre" event enroll KILL <"$work/refs" >/dev/null
# The kill comes at a random moment within each import's own duration (a dry run of the same
# size, timed here), so that as this machine and Cadre get faster most kills still land
# while parsing, writing or committing rather than after the import has finished.
seconds() { local start=$EPOCHREALTIME; "$@" >/dev/null 2>&1; python3 -c "print($EPOCHREALTIME - $start)"; }
trainee_file 0; trainee_seconds=$(seconds "$cadre" trainee import "$work/batch.csv" --dry-run)
marks_file 0; marks_seconds=$(seconds "$cadre" attendance import "$work/marks.csv" --dry-run)
echo "kill check: a dry run takes ${trainee_seconds:0:5} s (trainees), ${marks_seconds:0:5} s (marks)"
failures=0
applied=0
killed=0
for round in $(seq 1 "$kills"); do
    if [ $((round % 2)) -eq 1 ]; then
        # A trainee import of $rows new people: afterwards all of them or none.
        trainee_file "$round"
        duration=$trainee_seconds
        kind="trainee import"
        expected=$rows
        query="SELECT count(*) FROM trainee_external_ref WHERE ref LIKE 'K$round-%'"
        command=("$cadre" trainee import "$work/batch.csv")
    else
        # An attendance import whose every mark carries this round's note: afterwards all
        # marks carry it or none does.
        marks_file "$round"
        duration=$marks_seconds
        kind="attendance import"
        expected=$(( $(wc -l <"$work/marks.csv") - 1 ))
        query="SELECT count(*) FROM attendance WHERE note = 'round $round'"
        command=("$cadre" attendance import "$work/marks.csv")
    fi
    # A random moment from the start to twice the dry run's time (the real import also commits and
    # checkpoints, so some kills land there and some after it), drawn before the
    # import starts so that drawing it takes none of the import's time.
    delay=$(python3 -c "import random; print(random.uniform(0.01, 2 * $duration))")
    "${command[@]}" >/dev/null 2>&1 &
    pid=$!
    sleep "$delay"
    if kill -9 "$pid" 2>/dev/null; then outcome="killed"; killed=$((killed + 1)); else outcome="finished first"; fi
    wait "$pid" 2>/dev/null || true
    if ! "$cadre" doctor >"$work/doctor.log" 2>&1; then
        cat "$work/doctor.log"
        echo "FAIL round $round: the database is not healthy after SIGKILL"
        failures=$((failures + 1))
    fi
    found=$(count "$query")
    if [ "$found" = "$expected" ]; then
        applied=$((applied + 1)); state="wholly there"
    elif [ "$found" = "0" ]; then
        state="wholly absent"
    else
        echo "FAIL round $round: $kind half-applied: $found of $expected rows"
        failures=$((failures + 1)); state="HALF"
    fi
    echo "round $round: $kind $outcome; integrity ok; $state"
done
echo "kill check: $kills rounds, $killed killed while running, $applied imports complete and $((kills - applied)) absent, integrity ok after each; $failures failure(s)"
# A check whose kills all come too late checks nothing: most should land mid-import.
[ "$killed" -ge $((kills / 4)) ] || { echo "FAIL: only $killed of $kills kills landed while an import ran"; failures=$((failures + 1)); }
[ "$failures" -eq 0 ]
