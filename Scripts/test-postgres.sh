#!/usr/bin/env bash
# The tests that need a PostgreSQL server, against a throwaway cluster made for them
# (Scripts/postgres-scratch.sh): CADRE_TEST_POSTGRES names it, and each test works in a
# schema of its own. Today: the PostgreSQL connection (issue #33's first step); the store
# tests join as the PostgreSQL store implements them. Seconds once built.
set -euo pipefail
cd "$(dirname "$0")/.."
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "Installing postgresql"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
source Scripts/postgres-scratch.sh
trap stop_scratch_postgres EXIT
start_scratch_postgres "${CADRE_TEST_POSTGRES_PORT:-55432}"
output=$(swift test --filter 'Postgres' 2>&1) || { echo "$output" | tail -40; echo "FAIL: the PostgreSQL tests"; exit 1; }
if echo "$output" | grep -q "skipped"; then echo "$output" | grep skipped; echo "FAIL: a PostgreSQL test was skipped with a server running"; exit 1; fi
echo "$output" | grep -E "^✔ Test run"
echo "PostgreSQL tests passed against $(psql "$CADRE_TEST_POSTGRES" -Atc 'SHOW server_version')"
