# Sourced by the check scripts: builds cadre in release mode and gives a fresh database with the
# built-in courses in a temporary folder that is removed on exit.
# Sets: cadre (the binary), work (the folder); exports CADRE_DB and CADRE_USER ($1).
swift build -c release --product cadre >/dev/null
cadre=$(swift build -c release --show-bin-path)/cadre
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CADRE_DB="$work/cadre.sqlite" CADRE_USER=$1
"$cadre" init >/dev/null
"$cadre" course import >/dev/null
