#!/usr/bin/env bash
# Fuzzing: builds each libFuzzer target (Sources/Fuzz) with --sanitize=fuzzer,address and runs it
# for FUZZ_SECONDS (default 60) from a seed corpus made of the tests' inputs. Bounded: about
# 4 × FUZZ_SECONDS plus a few minutes of building. A crash stops that target, keeps the input in
# $FUZZ_OUT/<target>/crash-* and makes the script exit 1; replay it with the normal build:
#   swift build --product FuzzCSV && .build/debug/FuzzCSV path/to/crash-…
# Usage: Scripts/fuzz.sh [TARGET…]   (default: FuzzCSV FuzzTemplate FuzzCurriculum FuzzParsers FuzzHTTP)
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
out=${FUZZ_OUT:-$(mktemp -d /tmp/cadre-fuzz.XXXXXX)}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzCSV FuzzTemplate FuzzCurriculum FuzzParsers FuzzHTTP)
export SWIFT_BACKTRACE=enable=no

seed() {
    local target=$1 folder=$2
    mkdir -p "$folder"
    case $target in
        FuzzCSV)
            cp Tests/CadreCLITests/Hostile/csv/*.csv docs/examples/*.csv "$folder"/
            printf 'a;b\r\n"x;y";"1\r\n2"\r\n' >"$folder/semicolons.csv" ;;
        FuzzTemplate)
            cp Templates/html/*.html "$folder"/
            printf '{{#items}}{{> self}}{{/items}}{{^empty}}{{{name}}}{{/empty}}{{! c }}{{&name}}{{.}}' >"$folder/tags.html" ;;
        FuzzCurriculum)
            cp Curricula/*.json Tests/CadreCLITests/Hostile/curricula/*.json "$folder"/ ;;
        FuzzParsers)
            local i=0
            for value in 2021-10-25 25.10.2021 2021-02-30 09:30 09:30-12:30,13:30-16:30 "050 123 45 67" \
                "+994 (12) 555-12-34" "(050) 123-45-68" 0501234567 994501234567 Aynur@Mail.az "x@@y" \
                "İSMAYILOVA AYNUR" "ılqar məmmədov" "Gən​cə‮" 5ABC123 S-001 "McDonald" "ИВАНОВА АННА"; do
                printf '%s' "$value" >"$folder/seed-$i"; i=$((i + 1))
            done ;;
        FuzzHTTP)
            printf 'GET /verify/7KQ4-M2XD?lang=az HTTP/1.1\r\nHost: x\r\nAccept-Language: ru\r\n\r\n' >"$folder/get"
            printf 'POST /login HTTP/1.1\r\nHost: x\r\nContent-Length: 7\r\n\r\na=1&b=2' >"$folder/post"
            printf 'GET /%%2e%%2e/x?q=%%41+b HTTP/1.0\r\n\r\n' >"$folder/dots"
            printf 'GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n' >"$folder/folded" ;;
    esac
}

failed=0
summary=()
for target in "${targets[@]}"; do
    echo "== $target: building with -sanitize=fuzzer,address"
    if ! swift build -c release --scratch-path .build/fuzz --product "$target" \
        --sanitize=fuzzer --sanitize=address -Xswiftc -DFUZZING >"$out/$target-build.log" 2>&1; then
        tail -20 "$out/$target-build.log"; echo "FAIL: $target does not build"; failed=1; continue
    fi
    binary=$(swift build -c release --scratch-path .build/fuzz --sanitize=fuzzer --sanitize=address --show-bin-path)/$target
    mkdir -p "$out/$target/corpus"
    seed "$target" "$out/$target/seeds"
    echo "== $target: fuzzing for $seconds s"
    "$binary" "$out/$target/corpus" "$out/$target/seeds" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=8192 -print_final_stats=1 -artifact_prefix="$out/$target/" >"$out/$target.log" 2>&1
    status=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/$target.log" | grep -o '[0-9]*$')
    coverage=$(grep -o 'cov: [0-9]*' "$out/$target.log" | tail -1 | grep -o '[0-9]*')
    crashes=$(find "$out/$target" -maxdepth 1 -name 'crash-*' -o -maxdepth 1 -name 'timeout-*' -o -maxdepth 1 -name 'oom-*' | wc -l)
    summary+=("$(printf '%-15s %10s runs  %6s edges  %s' "$target" "${runs:-?}" "${coverage:-?}" "$([ $status -eq 0 ] && echo ok || echo "FAILED ($crashes inputs kept)")")")
    if [ $status -ne 0 ]; then
        failed=1
        grep -m1 -A12 "==ERROR\|Fatal error\|Precondition failed\|deadly signal" "$out/$target.log"
    fi
done
echo
echo "fuzzing, $seconds s per target (logs and any crashing inputs in $out):"
printf '  %s\n' "${summary[@]}"
exit $failed
