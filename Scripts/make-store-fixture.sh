#!/usr/bin/env bash
# Writes Tests/CadreKitTests/Fixtures/schema-6.sql: a database made by this release (schema
# version 6, text UUID keys) as SQL text, for the storage-key migration's test (issue #24) to
# upgrade and compare. It is the demo's round plus every kind of record the demo lacks: a
# merged duplicate, an erased person, a waitlist, a withdrawal, a walk-in, a cancelled
# session and event, a revoked and a reissued certificate, a movable holiday.
#
# Run it only to make the fixture again from a release that still writes schema 6; the test
# keeps the logical dump it expects beside it (CADRE_UPDATE_GOLDEN=1 swift test --filter
# StoreFixture rewrites that).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product cadre >/dev/null
cadre=$(swift build --show-bin-path)/cadre
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && "$cadre" demo >/dev/null)
export CADRE_DB=$work/cadre-demo/cadre-demo.sqlite CADRE_USER=fixture
run() { "$cadre" "$@" >/dev/null; }

# A second registration of T-00007 forced in, then merged into the first.
run trainee add --name "Abbasova Tərane" --sex female --profession social-worker --region saatly --ref SAATLI-DUP-1 --force
run trainee merge T-00007 T-00070
# A person asks to be erased.
run trainee erase T-00068 --reason "asked by letter"
# A small event: capacity 2, four enrolled (two waitlisted), one withdraws (the first on the
# waitlist takes the place), a walk-in.
run event schedule --course DV-101 --centre SAATLI --venue V-00001 --start 2021-12-13 --trainer TR-00001 --code DV-SAATLI-2021-12 --capacity 2
run event enroll DV-SAATLI-2021-12 T-00001 T-00002 T-00003 T-00004
run event withdraw DV-SAATLI-2021-12 T-00001
run session cancel DV-SAATLI-2021-12 6
run attendance mark DV-SAATLI-2021-12 --session 1 --all-present
run attendance mark DV-SAATLI-2021-12 --session 1 T-00010 --status late --walk-in
# A cancelled event with its records kept.
run event schedule --course JUD-201 --centre SHUVALAN --venue V-00002 --start 2021-12-20 --trainer TR-00002 --code JUD-SHUVALAN-2021-12
run event enroll JUD-SHUVALAN-2021-12 T-00020 --force
run event cancel JUD-SHUVALAN-2021-12
# Certificates: one revoked, one reissued.
run certificate revoke DV-2021-00003 --reason "issued to the wrong person"
run certificate reissue DV-2021-00005 --date 2021-11-01
run holiday add 2021-11-10 "Qələbə Günü (köçürülmüş)"
"$cadre" doctor >/dev/null

out=Tests/CadreKitTests/Fixtures/schema-6.sql
mkdir -p "$(dirname "$out")"
{
    echo "-- Made by Scripts/make-store-fixture.sh with Cadre $(git rev-parse --short HEAD) (schema version 6)."
    echo "PRAGMA application_id = $(sqlite3 "$CADRE_DB" 'PRAGMA application_id');"
    echo "PRAGMA user_version = $(sqlite3 "$CADRE_DB" 'PRAGMA user_version');"
    sqlite3 "$CADRE_DB" .dump
} >"$out"
echo "wrote $out ($(wc -c <"$out") bytes)"
