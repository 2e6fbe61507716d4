#!/usr/bin/env bash
# Imports a generated 100,000-row sign-up file (3 % duplicate registrations, 1 % invalid rows)
# with a release build, and checks the all-or-nothing and merge rules end to end:
#  - without --skip-invalid: exit 65, every invalid line reported, nothing written;
#  - with it: exactly the valid rows imported, duplicates merged into persons;
#  - re-importing changes nothing.
# Prints wall time and peak memory of each import. Bounded: about two minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${ROWS:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --product cadre >/dev/null
cadre=$(swift build -c release --show-bin-path)/cadre
expected=$(python3 Scripts/generate-trainees.py "$rows" "$work/signup.csv")
get() { python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$1" "$2"; }
# A summary file's field: summaries list every merged row, too long for a command line.
getf() { python3 -c "import json,sys; print(json.load(open(sys.argv[1], encoding='utf-8'))[sys.argv[2]])" "$1" "$2"; }
export CADRE_DB="$work/cadre.sqlite"
"$cadre" init >/dev/null

set +e
/usr/bin/time -f "%e s %M KB" -o "$work/time1" "$cadre" trainee import "$work/signup.csv" >"$work/out1" 2>"$work/err1"
status=$?
set -e
[ "$status" -eq 65 ] || { echo "FAIL: expected exit 65 without --skip-invalid, got $status"; exit 1; }
reported=$(grep -c "signup.csv:[0-9]*: column 'E-poçt'" "$work/err1" || true)
[ "$reported" -eq "$(get "$expected" invalid)" ] || { echo "FAIL: $reported invalid rows reported, expected $(get "$expected" invalid)"; exit 1; }
python3 - "$work/err1" "$expected" <<'PY'
import json, re, sys
lines = sorted(int(m) for m in re.findall(r"signup\.csv:(\d+):", open(sys.argv[1], encoding="utf-8").read()))
assert lines == json.loads(sys.argv[2])["invalid_lines"], "reported lines differ from the invalid lines"
PY
count=$("$cadre" trainee list --limit 1 | tail -1)
[ "$count" = "0 trainees" ] || { echo "FAIL: a refused import wrote something: $count"; exit 1; }
echo "refused whole: $(tail -1 "$work/time1"), $reported invalid rows reported with their lines, nothing written"

/usr/bin/time -f "%e s %M KB" -o "$work/time2" "$cadre" trainee import "$work/signup.csv" --skip-invalid --rejects "$work/rejects.csv" --json >"$work/out2" 2>/dev/null
summary=$work/out2
[ "$(getf "$summary" added)" -eq "$(get "$expected" persons)" ] || { echo "FAIL: added $(getf "$summary" added), expected $(get "$expected" persons)"; exit 1; }
[ "$(getf "$summary" merged)" -eq "$(get "$expected" duplicates)" ] || { echo "FAIL: merged $(getf "$summary" merged), expected $(get "$expected" duplicates)"; exit 1; }
[ "$(getf "$summary" rejected)" -eq "$(get "$expected" invalid)" ] || { echo "FAIL: rejected $(getf "$summary" rejected)"; exit 1; }
[ "$(($(wc -l <"$work/rejects.csv") - 1))" -eq "$(get "$expected" invalid)" ] || { echo "FAIL: rejects file has the wrong number of rows"; exit 1; }
echo "skip-invalid: $(cat "$work/time2"), $(getf "$summary" added) persons added, $(getf "$summary" merged) duplicates merged, $(getf "$summary" rejected) rejected"

/usr/bin/time -f "%e s %M KB" -o "$work/time3" "$cadre" trainee import "$work/signup.csv" --skip-invalid --json >"$work/out3" 2>/dev/null
again=$work/out3
[ "$(getf "$again" added)" -eq 0 ] && [ "$(getf "$again" updated)" -eq 0 ] && [ "$(getf "$again" merged)" -eq 0 ] \
    || { echo "FAIL: re-import changed something: $(head -c 300 "$again")"; exit 1; }
echo "re-import: $(cat "$work/time3"), $(getf "$again" unchanged) unchanged"
echo "import-100k: all checks passed"
