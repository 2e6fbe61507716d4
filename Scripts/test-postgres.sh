#!/usr/bin/env bash
# The whole test suite once more, on PostgreSQL: a throwaway cluster is made for it
# (Scripts/postgres-scratch.sh), CADRE_TEST_POSTGRES names it and CADRE_TEST_STORE=postgres
# makes every test that keeps records keep them there, each in a schema of its own. The
# tests of the SQLite file itself (backup, restore, damaged or read-only files, the demo's
# file) skip, each saying so; a test skipped without a reason fails the run. ~2 minutes once built.
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
output=$(CADRE_TEST_STORE=postgres swift test 2>&1) || { echo "$output" | grep -E "✘" | head -40; echo "$output" | tail -5; echo "FAIL: the tests on PostgreSQL"; exit 1; }
if echo "$output" | grep -E "^➜ .* skipped\.?$" ; then echo "FAIL: a test was skipped with a server running"; exit 1; fi
echo "$output" | grep -E "^✔ Test run"
echo "Skipped on PostgreSQL (SQLite's own file): $(echo "$output" | grep -cE '^➜ Test .* skipped: ')"
echo "PostgreSQL tests passed against $(psql "$CADRE_TEST_POSTGRES" -Atc 'SHOW server_version')"
