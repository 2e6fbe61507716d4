#!/usr/bin/env bash
# The web application in a real browser: starts `cadre serve --demo` on a free loopback port
# and drives headless Chromium (Selenium with Debian's chromedriver) through a training round
# as the coordinator and the ministry's viewer would — upload a sign-up sheet (a bad one
# first), schedule an event, enrol, take the roll call of every session with a walk-in, enter
# scores, issue and print certificates, verify one without signing in, download the donor
# report; the QR check-in: the trainer's screen's code decoded with zbarimg from a screenshot,
# opened by a second browser (the phone), confirmed by the trainer; feedback at the door: the
# last session's feedback code decoded the same way, answered on a Russian phone, refused
# for someone not enrolled with what was typed kept — then checks with the CLI
# what each step stored; then every page at 360, 390 and 768 px (Scripts/check-web-widths.py):
# no sideways scroll, tap targets of at least 44 px. Screenshots of every page stay in
# .build/check-web/ (or $CHECK_WEB_OUT) to look at. Bounded: about two minutes once installed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/ensure-print-tools.sh
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v chromedriver >/dev/null 2>&1; then
    echo "Installing chromium-driver"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-driver >/dev/null
fi
python3 -c "import selenium" 2>/dev/null || python3 -m pip install -q selenium
swift build -c release --product cadre >/dev/null
cadre=$(swift build -c release --show-bin-path)/cadre
out=${CHECK_WEB_OUT:-$PWD/.build/check-web}
rm -rf "$out" && mkdir -p "$out"
work=$(mktemp -d)
serve_pid=
cleanup() { [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

cd "$work"
source "$OLDPWD/Scripts/serve-demo.sh"
start_demo_server
# For the QR check-in: an event of today's with a session running now (Baku time), three of
# the demo's people enrolled — the server checks the session's time against its own clock.
slot=$(python3 -c "
import datetime
now = datetime.datetime.utcnow() + datetime.timedelta(hours=4)
minutes = now.hour * 60 + now.minute
start, end = max(0, minutes - 10), min(23 * 60 + 59, minutes + 170)
print(now.date().isoformat(), '%02d:%02d-%02d:%02d' % (start // 60, start % 60, end // 60, end % 60))")
today=${slot% *}; pattern=${slot#* }
CADRE_DB="$work/cadre-demo/cadre-demo.sqlite" "$cadre" event schedule --course DV-101 --centre SAATLI --start "$today" \
    --pattern "$pattern" --allow-weekend --code CHECKIN-TODAY >/dev/null
CADRE_DB="$work/cadre-demo/cadre-demo.sqlite" "$cadre" event enroll CHECKIN-TODAY T-00001 T-00002 T-00003 >/dev/null
# For feedback at the door: the same, with its later sessions cancelled, so that the session
# running now is its last — the one whose screen shows the feedback code.
CADRE_DB="$work/cadre-demo/cadre-demo.sqlite" "$cadre" event schedule --course DV-101 --centre SAATLI --start "$today" \
    --pattern "$pattern" --allow-weekend --code FEEDBACK-TODAY >/dev/null
for n in 2 3 4 5 6; do CADRE_DB="$work/cadre-demo/cadre-demo.sqlite" "$cadre" session cancel FEEDBACK-TODAY "$n" >/dev/null; done
CADRE_DB="$work/cadre-demo/cadre-demo.sqlite" "$cadre" event enroll FEEDBACK-TODAY T-00004 T-00005 T-00006 >/dev/null
timeout 300 python3 "$OLDPWD/Scripts/check-web.py" "http://127.0.0.1:$port" "$out"
# Every page at 360, 390 and 768 px: no sideways scroll, tap targets of 44 px (screenshots in $out/widths).
demo_code=$(grep -o 'class="code">[^<]*' "$work/cadre-demo/certificates/DV-2021-00001.html" | cut -d'>' -f2)
# A follow-up link open today, for its public page (the demo's own were open in December 2021).
CADRE_DB="$work/cadre-demo/cadre-demo.sqlite" "$cadre" followup list DV-SHUVALAN-2021-10 --public-url "http://127.0.0.1:$port" \
    --out "$work/links.csv" >/dev/null
link=$(grep -o '/q/[A-Z2-9]*' "$work/links.csv" | head -1)
[ -n "$link" ] || { echo "FAIL: no follow-up link was made"; exit 1; }
timeout 600 python3 "$OLDPWD/Scripts/check-web-widths.py" "http://127.0.0.1:$port" "$out" DV-SAATLI-2021-10 "$demo_code" "$link"

# What the browser stored, read back with the CLI.
export CADRE_DB="$work/cadre-demo/cadre-demo.sqlite"
fact() { python3 -c "import json,sys; print(json.load(open('$out/facts.json'))['$1'])"; }
event=$(fact event); serial=$(fact serial); marks=$(fact marks); total=$(fact reportTotal)
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
for ref in WEB-1 WEB-2 WEB-3; do "$cadre" trainee show "$ref" >/dev/null || fail "trainee $ref was not stored"; done
stored=$("$cadre" attendance show "$event" --json | python3 -c "import json,sys; d=json.load(sys.stdin); print(sum(1 for r in d['rows'] for m in r['marks'] if m))")
[ "$stored" = "$marks" ] || fail "the browser made $marks marks, the CLI shows $stored"
# (Read whole before grep: grep -q would stop reading, and pipefail would count the writer's SIGPIPE.)
completion=$("$cadre" completion "$event")
grep -q "Qasımova.*no" <<<"$completion" || fail "completion does not show that Şəhla did not complete: $completion"
verified=$("$cadre" certificate verify "$serial")
grep -qi "valid" <<<"$verified" || fail "certificate $serial does not verify from the CLI: $verified"
cli_total=$("$cadre" report trained --by profession,sex --format csv | tail -1 | tr -d '\r' | awk -F, '{print $NF}')
[ "$cli_total" = "$total" ] || fail "the downloaded report's total $total differs from the CLI's $cli_total"
# The server's request log (its timestamped lines; the start lists the demo users by design):
# a line per request, and none of the round's secrets in it.
grep '^20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]T' "$work/serve.log" >"$work/requests.log" || true
log_lines=$(grep -c ' 127.0.0.1 \(GET\|POST\|HEAD\) ' "$work/requests.log" || true)
[ "$log_lines" -ge 40 ] || fail "the server logged only $log_lines requests"
for secret in saatli-koordinator-2021 saatli-telimci-2021 nazirlik-hesabat-2021 demo-inzibatci-2021 \
    "$(fact sessionTokens | tr -d "[]' ")" "$(fact checkInURL | sed 's|.*/c/||')" "$(fact feedbackURL | sed 's|.*/f/||')" "$(fact code)"; do
    if [ -n "$secret" ] && grep -qF -- "$secret" "$work/requests.log"; then fail "the server's log holds a secret (${secret:0:6}…)"; fi
done
echo "request log: $log_lines lines, no passwords, session token, check-in or feedback token or verification code"
checked=$(fact checkedIn)
today_marks=$("$cadre" attendance show CHECKIN-TODAY --json)
python3 -c "
import json, sys
d = json.loads(sys.argv[1])
row = [r for r in d['rows'] if r['traineeRef'] == sys.argv[2]][0]
sys.exit(0 if row['marks'][0] == 'present' else 1)" "$today_marks" "$checked" || fail "the confirmed QR check-in of $checked is not a present mark"
# The Russian phone's answers, as the CLI reports them (one form, kept apart from who gave it).
forms=$("$cadre" report feedback --event FEEDBACK-TODAY --suppress-below 1 --format csv | grep -c '^FEEDBACK-TODAY,.*,,1,' || true)
[ "$forms" = "1" ] || fail "the door's feedback form is not in the CLI's report ($forms lines)"
kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true; serve_pid=
grep -q "^Stopped" "$work/serve.log" || fail "SIGTERM did not stop the server cleanly"
echo "screenshots: $(ls "$out"/*.png | wc -l) in $out"
if [ $failures -gt 0 ]; then echo "check-web: $failures failure(s)"; exit 1; fi
echo "check-web: ok"
