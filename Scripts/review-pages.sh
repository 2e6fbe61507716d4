#!/usr/bin/env bash
# Every page kind as a person sees it, to be looked at: the web application's pages (signed in
# as the demo's coordinator and admin, and as the public) in az, en and ru at 1280 and 390 px
# wide, and every printed page kind of the demo (certificates, sign-in sheets, the grid, the
# attendance matrix, assessment, reports, timetable, register) in az, en and ru, as PNG
# screenshots under .build/review/ (or $REVIEW_OUT). Nothing is asserted: docs/REVIEW.md says
# what was looked at and how each page kind scored. Bounded: about three minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/ensure-print-tools.sh
python3 -c "import selenium" 2>/dev/null || python3 -m pip install -q selenium
swift build -c release --product cadre >/dev/null
cadre=$(swift build -c release --show-bin-path)/cadre
out=${REVIEW_OUT:-$PWD/.build/review}
rm -rf "$out" && mkdir -p "$out"
work=$(mktemp -d)
serve_pid=
cleanup() { [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

cd "$work"
source "$OLDPWD/Scripts/serve-demo.sh"
start_demo_server
export CADRE_DB="$work/cadre-demo/cadre-demo.sqlite"
# The printed pages of the demo in each language.
for lang in az en ru; do
    printed="$work/printed-$lang"
    mkdir -p "$printed"
    certificate_lang=$lang; [ "$lang" = az ] && certificate_lang=az+en
    "$cadre" certificate print DV-SAATLI-2021-10 --combined --lang "$certificate_lang" --out "$printed/certificates" >/dev/null
    "$cadre" certificate print JUD-BAKU-2021-11 --combined --lang "$certificate_lang" --out "$printed/certificates" --force >/dev/null
    "$cadre" sheet DV-SAATLI-2021-10 --session 1 --out "$printed/sheets" --lang "$lang" >/dev/null
    "$cadre" sheet DV-SAATLI-2021-10 --grid --out "$printed/sheets" --lang "$lang" --force >/dev/null
    "$cadre" attendance show DV-SAATLI-2021-10 --html "$printed/attendance.html" --lang "$lang" >/dev/null
    "$cadre" assessment show DV-SAATLI-2021-10 --html "$printed/assessment.html" --lang "$lang" >/dev/null
    "$cadre" timetable --html "$printed/timetable.html" --lang "$lang" >/dev/null
    "$cadre" certificate register --out "$printed/register.csv" --lang "$lang" >/dev/null
    "$cadre" report trained --by profession,sex --format html --lang "$lang" --out "$printed/trained.html" >/dev/null
    "$cadre" report delivery --by centre,course --format html --lang "$lang" --out "$printed/delivery.html" >/dev/null
    "$cadre" report assessment --format html --lang "$lang" --out "$printed/assessment-report.html" >/dev/null
    "$cadre" report indicators --targets "$work/cadre-demo/data/targets.json" --format html --lang "$lang" --out "$printed/indicators.html" >/dev/null
done
demo_code=$(grep -o 'class="code">[^<]*' "$work/cadre-demo/certificates/DV-2021-00001.html" | cut -d'>' -f2)
timeout 900 python3 "$OLDPWD/Scripts/review-pages.py" "http://127.0.0.1:$port" "$out" DV-SAATLI-2021-10 "$demo_code" "$work"
echo "Screenshots in $out"
