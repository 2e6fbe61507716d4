#!/usr/bin/env bash
# Several servers on one PostgreSQL database, nothing lost when one falls (issue #33).
# A throwaway cluster holds the demo round (`cadre copy`), plus four events whose certificates
# are still to issue and one with room for ten; two `cadre serve` share it. 16 clients send
# their requests to the two in turn — roll-call taps, certificates, enrolments, pages — while
# `cadre attendance import` rewrites another event's marks from the CLI in a loop. Midway
# server A is killed with SIGKILL and started again; later PostgreSQL itself is stopped as a
# crash would stop it (`pg_ctl stop -m immediate`) and started again.
# Passes when: every acknowledged mark is stored; certificate serials are unique and gapless;
# CAP-1 holds at most 10 with a gapless waitlist; `cadre doctor` is clean; /healthz answers 200
# on both servers again (neither restarted for the database's outage); no request failed
# outside the outages. The errors clients saw while the database was down are counted.
# Bounded: about two minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${CLIENTS:-16}
seconds=${SECONDS_OF_LOAD:-60}
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
swift build -c release --product cadre >/dev/null
cadre=$(swift build -c release --show-bin-path)/cadre
scripts=$PWD/Scripts
work=$(mktemp -d)
chmod 755 "$work"
pids=()
source Scripts/postgres-scratch.sh
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    stop_scratch_postgres
    rm -rf "$work"
}
trap cleanup EXIT
start_scratch_postgres "${CADRE_CHECK_POSTGRES_PORT:-55450}"
psql "$CADRE_TEST_POSTGRES" -qc "CREATE DATABASE cadre"
export CADRE_DB="${CADRE_TEST_POSTGRES/dbname=postgres/dbname=cadre}" CADRE_USER=pg-check CADRE_PASSWORD_ITERATIONS=1000
now() { python3 -c 'import time; print(time.time())'; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# The data: the demo round, a coordinator, events for certificates and for the capacity race.
(cd "$work" && "$cadre" demo --out demo >/dev/null)
"$cadre" copy --from "$work/demo/cadre-demo.sqlite" --to "$CADRE_DB" >/dev/null 2>&1
echo saatli-koordinator-2021 | "$cadre" user add --name koordinator --role coordinator --centre SAATLI --password-stdin >/dev/null
"$cadre" attendance show DV-SAATLI-2021-10 --json >"$work/saatli.json"
mapfile -t refs < <(python3 -c 'import json, sys; [print(r["traineeRef"]) for r in json.load(open(sys.argv[1]))["rows"]]' "$work/saatli.json")
for n in 1 2 3 4; do
    "$cadre" event schedule --course DV-101 --centre SAATLI --venue V-00001 --start "2022-0$n-10" --trainer TR-00001 --code "LOAD-$n" >/dev/null
    "$cadre" event enroll "LOAD-$n" "${refs[@]}" >/dev/null
    for s in 1 2 3 4 5 6; do "$cadre" attendance mark "LOAD-$n" --session "$s" --all-present >/dev/null; done
    { echo "event_code,trainee_ref,kind,score"; for r in "${refs[@]}"; do echo "LOAD-$n,$r,post,18"; done; } >"$work/scores-$n.csv"
    "$cadre" assessment import "$work/scores-$n.csv" >/dev/null
done
"$cadre" venue add --name "Kiçik otaq" --address "Saatlı" --centre SAATLI --capacity 10 >/dev/null
"$cadre" event schedule --course DV-101 --centre SAATLI --venue "Kiçik otaq" --start 2022-06-06 --trainer TR-00001 --code CAP-1 --capacity 10 >/dev/null
python3 - "$work" "${refs[@]}" <<'PY'
import json, sys
work, refs = sys.argv[1], sys.argv[2:]
register = json.load(open(f"{work}/saatli.json"))
cells = [(s["number"], r) for s in register["sessions"] for r in refs]
json.dump({"refs": refs, "cells": cells, "load_events": ["LOAD-1", "LOAD-2", "LOAD-3", "LOAD-4"]}, open(f"{work}/setup.json", "w"))
PY
# The CLI's import: the Shuvalan event's marks, all present then all late, round after round.
"$cadre" attendance show DV-SHUVALAN-2021-10 --json >"$work/shuvalan.json"
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
register = json.load(open(f"{work}/shuvalan.json"))
for name, status in (("a", "present"), ("b", "late")):
    with open(f"{work}/import-{name}.csv", "w") as f:
        f.write("event_code,session_no,trainee_ref,status\n")
        for s in register["sessions"]:
            for row in register["rows"]:
                f.write(f"DV-SHUVALAN-2021-10,{s['number']},{row['traineeRef']},{status}\n")
PY

port_a=$(free_port); port_b=$(free_port)
start_server() { # name port
    "$cadre" serve --listen "127.0.0.1:$2" >>"$work/serve-$1.log" 2>&1 &
    pids+=($!)
    eval "pid_$1=$!"
    for _ in $(seq 300); do curl -sf "http://127.0.0.1:$2/healthz" >/dev/null 2>&1 && return 0; sleep 0.1; done
    cat "$work/serve-$1.log"; echo "FAIL: server $1 did not start"; exit 1
}
start_server a "$port_a"
start_server b "$port_b"
(
    round=0
    while [ ! -f "$work/stop-imports" ]; do
        if "$cadre" attendance import "$work/import-$([ $((round % 2)) = 0 ] && echo a || echo b).csv" >/dev/null 2>>"$work/imports.err"; then
            echo ok >>"$work/imports.log"
        else
            echo "failed $(now)" >>"$work/imports.log"
        fi
        round=$((round + 1))
    done
) &
import_pid=$!
pids+=("$import_pid")

python3 "$scripts/check-postgres.py" "$port_a" "$port_b" "$clients" "$seconds" "$work" &
load_pid=$!
sleep $((seconds / 4))
echo "{\"killed\": $(now)," >"$work/events.json"
kill -KILL "$pid_a"; wait "$pid_a" 2>/dev/null || true
sleep 2
start_server a "$port_a"
echo "\"restarted\": $(now)," >>"$work/events.json"
sleep $((seconds / 4))
echo "\"database_down\": $(now)," >>"$work/events.json"
crash_scratch_postgres
down_health_a=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port_a/healthz" || true)
down_health_b=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port_b/healthz" || true)
sleep 3
resume_scratch_postgres
echo "\"database_up\": $(now)}" >>"$work/events.json"
wait "$load_pid"
touch "$work/stop-imports"
wait "$import_pid" || true
health_a=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port_a/healthz")
health_b=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port_b/healthz")
echo "/healthz while the database was down: A $down_health_a, B $down_health_b; after it returned: A $health_a, B $health_b (B never restarted)"

"$cadre" attendance show DV-SAATLI-2021-10 --json >"$work/after.json"
"$cadre" certificate list --json >"$work/certificates.json"
"$cadre" event list >"$work/events-after.txt"
"$cadre" doctor >"$work/doctor.txt" || true
python3 - "$work" "$down_health_a$down_health_b" "$health_a$health_b" <<'PY'
import json, sys
work, down_health, health = sys.argv[1], sys.argv[2], sys.argv[3]
failures = []
events = json.load(open(f"{work}/events.json"))
records = json.load(open(f"{work}/load.json"))
expected = json.load(open(f"{work}/expected.json"))
register = json.load(open(f"{work}/after.json"))
index = {s["number"]: i for i, s in enumerate(register["sessions"])}
stored = {f"{n} {row['traineeRef']}": row["marks"][i] for row in register["rows"] for n, i in index.items()}
lost = [c for c, e in expected.items() if e["acknowledged"] is not None and stored.get(c) not in [e["acknowledged"]] + e["unknown"]]
acknowledged = sum(1 for r in records if r["kind"] == "tap" and r["ok"])
print(f"marks: {acknowledged} taps acknowledged, {len(expected)} cells, {len(lost)} lost or wrong")
failures += [f"cell {c}: acknowledged {expected[c]['acknowledged']}, stored {stored.get(c)}" for c in lost[:10]]
certificates = [c for c in json.load(open(f"{work}/certificates.json")) if c["serial"].split("-")[1] == "2022"]
sequences = sorted(int(c["serial"].split("-")[-1]) for c in certificates)
print(f"certificates of 2022: {len(sequences)} issued; serials unique: {len(set(sequences)) == len(sequences)}, gapless: {sequences == list(range(1, len(sequences) + 1))}")
if sequences != list(range(1, len(sequences) + 1)):
    failures.append(f"certificate serials not unique and gapless: {sequences[:20]}")
issued = sum(1 for r in records if r["kind"] == "issue" and r["ok"])
cap = next(line.split() for line in open(f"{work}/events-after.txt") if line.startswith("CAP-1 "))
enrolled, waitlisted = int(cap[-2]), int(cap[-1])
print(f"CAP-1 (capacity 10): {enrolled} enrolled, {waitlisted} waitlisted")
if enrolled > 10 or enrolled + waitlisted == 0:
    failures.append(f"CAP-1 holds {enrolled} for 10 places ({waitlisted} waiting)")
doctor = open(f"{work}/doctor.txt").read()
print("doctor: " + doctor.strip().splitlines()[-1])
if "Healthy." not in doctor:
    failures.append("doctor: " + doctor)
if health != "200200":
    failures.append(f"/healthz after the database returned: {health}")
if "200" in down_health:
    failures.append(f"/healthz said 200 while the database was down: {down_health}")
down, up = events["database_down"], events["database_up"]
killed, restarted = events["killed"], events["restarted"]
during = [r for r in records if not r["ok"] and down - 1 <= r["at"] <= up + 2]
kill_window = [r for r in records if not r["ok"] and killed - 1 <= r["at"] <= killed + 2 and r not in during]
outside = [r for r in records if not r["ok"] and r not in during and r not in kill_window]
print(f"requests: {len(records)} ({acknowledged} taps, {issued} certificate requests answered); "
      f"errors while the database was down ({up - down:.1f} s): {len(during)}; "
      f"answered by the other server while A was killed: {sum(1 for r in records if killed - 1 <= r['at'] <= restarted and r['server'] == 'B')}; "
      f"errors at the kill: {len(kill_window)}; other errors: {len(outside)}")
latencies = sorted(r["took"] for r in records if r["ok"])
print(f"latency of answered requests: p50 {latencies[len(latencies) // 2] * 1000:.0f} ms, p99 {latencies[int(len(latencies) * 0.99)] * 1000:.0f} ms")
for r in outside[:10]:
    failures.append(f"error outside the outages: {r}")
if kill_window:
    failures += [f"error at the kill (the other server should have answered): {r}" for r in kill_window[:5]]
imports = open(f"{work}/imports.log").read().split("\n")
ok_imports = sum(1 for line in imports if line == "ok")
failed = [float(line.split()[1]) for line in imports if line.startswith("failed")]
bad_imports = [t for t in failed if not (down - 2 <= t <= up + 5)]
print(f"CLI attendance imports: {ok_imports} completed, {len(failed)} failed ({len(failed) - len(bad_imports)} while the database was down)")
if ok_imports == 0:
    failures.append("no CLI import completed")
if bad_imports:
    failures.append(f"{len(bad_imports)} CLI imports failed outside the outage: " + open(f"{work}/imports.err").read()[-400:])
for failure in failures:
    print("FAIL: " + failure)
sys.exit(1 if failures else 0)
PY
echo "check-postgres: ok"
