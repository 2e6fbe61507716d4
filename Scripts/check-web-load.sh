#!/usr/bin/env bash
# The web application under load on loopback, while the CLI imports into the same database:
# 16 clients × 500 requests (half of them roll-call taps, half page views) against
# `cadre serve --demo`, and `cadre trainee import` of fresh 5,000-row sheets in a loop meanwhile.
# Passes with 0 errors and 0 lost marks: the last status each client sent for each of its
# cells is what the CLI shows afterwards. Prints the latency figures for BENCHMARKS.md.
# Bounded: about a minute and a half (CLIENTS and REQUESTS make it smaller or larger).
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${CLIENTS:-16}
imports_wanted=${IMPORTS:-1}  # IMPORTS=0: the same load without the CLI importing, for comparison
requests=${REQUESTS:-500}
swift build -c release --product cadre >/dev/null
cadre=$(swift build -c release --show-bin-path)/cadre
work=$(mktemp -d)
serve_pid=
import_pid=
cleanup() {
    [ -n "$import_pid" ] && kill "$import_pid" 2>/dev/null
    [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
scripts=$PWD/Scripts

cd "$work"
source "$scripts/serve-demo.sh"
start_demo_server
export CADRE_DB="$work/cadre-demo/cadre-demo.sqlite" CADRE_USER=load-check

# The CLI's import loop: a new 5,000-row sheet each round, so every round writes.
python3 - "$work" <<'EOF'
import sys
for round in range(40):
    with open(f"{sys.argv[1]}/sheet-{round}.csv", "w", encoding="utf-8") as f:
        f.write("full_name;sex;profession;ref\n")
        for i in range(5000):
            f.write(f"Yükləmə{round} Şəxs{i};{'qadın' if i % 2 else 'kişi'};Sosial işçi;L{round}-{i}\n")
EOF
[ "$imports_wanted" = 0 ] && touch "$work/stop-imports"
(
    for round in $(seq 0 39); do
        [ -f "$work/stop-imports" ] && break
        "$cadre" trainee import "$work/sheet-$round.csv" >/dev/null
        echo "$round" >"$work/imports-done"
    done
) &
import_pid=$!

python3 "$scripts/check-web-load.py" "http://127.0.0.1:$port" DV-SAATLI-2021-10 "$clients" "$requests" "$work" | tee "$work/load.out"
status=${PIPESTATUS[0]}
touch "$work/stop-imports"
wait "$import_pid" || { echo "FAIL: a CLI import failed while the server was busy"; exit 1; }
import_pid=
imports=$(( $(cat "$work/imports-done" 2>/dev/null || echo -1) + 1 ))
echo "CLI imports completed during the load: $imports of 5,000 rows each"
[ "$imports" -ge 1 ] || [ "$imports_wanted" = 0 ] || { echo "FAIL: no CLI import finished during the load"; exit 1; }
[ "$status" -eq 0 ] || { echo "FAIL: the load had errors"; exit 1; }

# No lost marks: every cell shows the last status its client sent.
"$cadre" attendance show DV-SAATLI-2021-10 --json >"$work/attendance.json"
python3 - "$work" <<'EOF'
import json, sys
work = sys.argv[1]
expected = json.load(open(f"{work}/expected.json"))
register = json.load(open(f"{work}/attendance.json"))
index = {session["number"]: i for i, session in enumerate(register["sessions"])}
stored = {}
for row in register["rows"]:
    for number, i in index.items():
        stored[f"{number} {row['traineeRef']}"] = row["marks"][i]
lost = [cell for cell, status in expected.items() if stored.get(cell) != status]
print(f"marks: {len(expected)} cells checked, {len(lost)} lost or wrong")
for cell in lost[:10]:
    print(f"  {cell}: sent {expected[cell]}, stored {stored.get(cell)}")
sys.exit(1 if lost else 0)
EOF
# The server keeps its connections open (StorePool): SQLite's write-ahead log must still be
# checkpointed (a kept connection is closed, which checkpoints, once the log passes 4 MiB).
wal=$(stat -c %s "$work/cadre-demo/cadre-demo.sqlite-wal" 2>/dev/null || echo 0)
echo "write-ahead log after the load, server still running: $((wal / 1024)) KiB"
[ "$wal" -le $((32 * 1024 * 1024)) ] || { echo "FAIL: the write-ahead log grew to $wal bytes while the server ran"; exit 1; }
kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true; serve_pid=
echo "check-web-load: ok"
