#!/usr/bin/env bash
# The web application against a hostile client, over real sockets on loopback (issue #30):
#   slowloris — 200 connections sending a byte a second, from one address and then spread over
#     50 addresses, while /healthz is asked from another address every quarter second: each
#     answer must come within 1 s;
#   sign-in lockout as a weapon — 25 made-up logins and 8 wrong passwords from attackers'
#     addresses must not keep `admin` or `koordinator` out;
#   memory — 64 unauthenticated 8 MiB POSTs to /login at once: refused from their heads, the
#     server's peak resident memory (VmHWM) before and after is printed for BENCHMARKS.md.
# Bounded: about a minute. Loopback addresses 127.0.0.2… stand in for other clients.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product cadre >/dev/null
cadre=$(swift build -c release --show-bin-path)/cadre
work=$(mktemp -d)
serve_pid=
cleanup() {
    [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
scripts=$PWD/Scripts
cd "$work"
source "$scripts/serve-demo.sh"
start_demo_server
python3 "$scripts/check-web-abuse.py" "$port" "$serve_pid" "$work/serve.log"
grep -q "Fatal error\|Segmentation" "$work/serve.log" && { echo "FAIL: the server crashed"; exit 1; }
kill -0 "$serve_pid" || { echo "FAIL: the server is gone"; exit 1; }
echo "check-web-abuse: passed"
