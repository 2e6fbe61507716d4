#!/usr/bin/env bash
# What each piece of threading machinery earns (issue #20: keep a pipeline only where it makes
# its step at least 1.5× faster). Builds Cadre four times — as it is, and with each mechanism
# compiled out (its work done on the calling thread instead) — and times the steps each one
# serves on the same data, alternating the binaries, median of 3:
#
#   CADRE_SEQUENTIAL_HANDOFF  rows read and checked on a second thread (every CSV import;
#                             sign-in sheets read beside rendering)
#   CADRE_SEQUENTIAL_SPLIT    certificates rendered on two threads
#   CADRE_SEQUENTIAL_WRITER   files created on a thread of their own (sheets, certificates)
#
# Usage: Scripts/bench-pipelines.sh               full size (about 15 minutes with the builds)
#        BENCH_SCALE=0.1 Scripts/bench-pipelines.sh
#        BENCH_ROOT=/tmp BENCH_ONLY="SPLIT WRITER" Scripts/bench-pipelines.sh
# Writes to a fresh folder under BENCH_ROOT — by default /dev/shm when it has room (the disk's
# speed drifts more than some differences measured), else /tmp — removed after. BENCH_ONLY
# names the mechanisms to measure (HANDOFF, SPLIT, WRITER; default all).
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${BENCH_SCALE:-1}
root=${BENCH_ROOT:-/tmp}
[ -n "${BENCH_ROOT:-}" ] || { [ -d /dev/shm ] && [ "$(df --output=avail -k /dev/shm | tail -1)" -gt 4000000 ] && root=/dev/shm; } || true
only=${BENCH_ONLY:-HANDOFF SPLIT WRITER}
work=$(mktemp -d "$root/cadre-pipelines.XXXXXX")
trap 'rm -rf "$work"' EXIT
command -v sqlite3 >/dev/null || { echo "bench-pipelines: needs the sqlite3 shell (apt-get install sqlite3)"; exit 1; }

variants=(threaded CADRE_SEQUENTIAL_HANDOFF CADRE_SEQUENTIAL_SPLIT CADRE_SEQUENTIAL_WRITER)
declare -A binary
for variant in "${variants[@]}"; do
    echo "Building $variant (release)…" >&2
    flags=()
    [ "$variant" = threaded ] || flags=(-Xswiftc "-D$variant")
    scratch=.build/pipelines-$variant
    swift build -c release --product cadre --scratch-path "$scratch" "${flags[@]}" >/dev/null
    binary[$variant]=$(swift build -c release --scratch-path "$scratch" --show-bin-path "${flags[@]}")/cadre
done
cadre=${binary[threaded]}

data=$work/data
echo "Generating data (scale $scale)…" >&2
python3 Scripts/generate-bench-data.py "$data" --scale "$scale" >/dev/null
export CADRE_USER=bench CADRE_DB=$work/base.sqlite
echo "Setting up…" >&2
"$cadre" init >/dev/null
"$cadre" course import >/dev/null
while read -r venue; do "$cadre" venue add --name "$venue" --capacity 30 >/dev/null; done <"$data/venues.txt"
"$cadre" event import "$data/events.csv" >/dev/null
"$cadre" session import "$data/sessions.csv" >/dev/null
cp "$CADRE_DB" "$work/before-trainees.sqlite"
"$cadre" trainee import "$data/trainees.csv" --skip-invalid >/dev/null
"$cadre" enrollment import "$data/enrollments.csv" >/dev/null
cp "$CADRE_DB" "$work/before-attendance.sqlite"
"$cadre" attendance import "$data/attendance.csv" >/dev/null
"$cadre" assessment import "$data/scores.csv" >/dev/null
target=$(python3 -c "print(max(1, int(10000 * $scale)))")
# The codes are read first: a sqlite3 process left reading them would hold a snapshot open.
mapfile -t codes < <(sqlite3 "$CADRE_DB" "SELECT code FROM training_event ORDER BY code")
events=()
for code in "${codes[@]}"; do
    "$cadre" certificate issue "$code" >/dev/null
    events+=("$code")
    [ "$(sqlite3 "$CADRE_DB" "SELECT count(*) FROM certificate")" -lt "$target" ] || break
done

# time VARIANT STEP: one run's wall seconds, on a fresh copy of the database the step starts from.
time_step() {
    local bin=${binary[$1]} db=$work/run.sqlite out=$work/out-$RANDOM
    rm -f "$db" "$db-wal" "$db-shm"
    case $2 in
        trainees) cp "$work/before-trainees.sqlite" "$db" ;;
        attendance) cp "$work/before-attendance.sqlite" "$db" ;;
        *) cp "$CADRE_DB" "$db" ;;
    esac
    local command
    case $2 in
        trainees) command=(trainee import "$data/trainees.csv" --skip-invalid) ;;
        attendance) command=(attendance import "$data/attendance.csv") ;;
        sheets) command=(sheet --all-events --grid --out "$out") ;;
        certificates) command=(certificate print "${events[@]}" --out "$out") ;;
    esac
    CADRE_DB=$db /usr/bin/time -f "%e" -o "$work/time.log" "$bin" "${command[@]}" >/dev/null 2>"$work/err.log" \
        || { echo "FAILED: $1 $2"; tail -3 "$work/err.log"; exit 1; }
    rm -rf "$out"
    cat "$work/time.log"
}
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }

# Which mechanism serves which step.
declare -A steps=(
    [CADRE_SEQUENTIAL_HANDOFF]="trainees attendance sheets"
    [CADRE_SEQUENTIAL_SPLIT]="certificates"
    [CADRE_SEQUENTIAL_WRITER]="sheets certificates"
)
printf '%-26s %-13s %10s %12s %8s %s\n' "compiled out" "step" "threaded" "one thread" "gain" "verdict (keep at ≥ 1.5×)"
echo "(files under $root)"
for variant in CADRE_SEQUENTIAL_HANDOFF CADRE_SEQUENTIAL_SPLIT CADRE_SEQUENTIAL_WRITER; do
    [[ " $only " == *" ${variant#CADRE_SEQUENTIAL_} "* ]] || continue
    for step in ${steps[$variant]}; do
        echo "$variant: $step…" >&2
        with=(); without=()
        for _ in 1 2 3; do
            with+=("$(time_step threaded "$step")")
            without+=("$(time_step "$variant" "$step")")
        done
        a=$(median "${with[@]}"); b=$(median "${without[@]}")
        gain=$(python3 -c "print(f'{$b / max($a, 0.001):.2f}')")
        verdict=$(python3 -c "print('earns it' if $b >= 1.5 * $a else 'below 1.5×')")
        printf '%-26s %-13s %8.2f s %10.2f s %7s× %s\n' "${variant#CADRE_SEQUENTIAL_}" "$step" "$a" "$b" "$gain" "$verdict"
    done
done
