#!/usr/bin/env bash
# The Excel round trip (issue #21): every `--format xlsx` — the reports, the certificate
# register, the trainee export (full and pseudonymised) — is read back by openpyxl (the
# library Python's Excel tools are built on) and must hold the same cells as the CSV of the
# same data: numbers as numbers, days and times as dates, text as written (a CSV cell that
# Cadre neutralised with a leading apostrophe is the plain text in the workbook), with a bold
# header row frozen above the data. A cell with a formula character and one with a leading
# zero are put in the data on purpose. Bounded: the demo and a few seconds of Python.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -c "import openpyxl" 2>/dev/null || python3 -m pip install --quiet --disable-pip-version-check openpyxl
swift build -c release --product cadre >/dev/null
cadre=$(swift build -c release --show-bin-path)/cadre
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cadre" demo --out "$work/demo" >/dev/null
export CADRE_DB="$work/demo/cadre-demo.sqlite" CADRE_USER=xlsx-check
# Data a spreadsheet could mistake: a formula, a reference with leading zeros, a phone, a date.
printf 'full_name;sex;profession;ref;phone;birth_date;organization\r\n"Test Şəxs";f;judge;0042;0501234567;1990-02-03;=HYPERLINK("x")\r\n' >"$work/odd.csv"
"$cadre" trainee import "$work/odd.csv" >/dev/null

pairs=()
export_pair() {  # NAME, then the command without --format/--out
    local name=$1; shift
    "$@" --format csv --out "$work/$name.csv" >/dev/null
    "$@" --format xlsx --out "$work/$name.xlsx" >/dev/null
    pairs+=("$name")
}
export_pair trained-long "$cadre" report trained --by profession,sex --layout long
export_pair trained-cross "$cadre" report trained --by profession,sex --layout cross
export_pair delivery "$cadre" report delivery --by centre,course
export_pair assessment "$cadre" report assessment --by course
"$cadre" certificate register --out "$work/register.csv" >/dev/null
"$cadre" certificate register --format xlsx --out "$work/register.xlsx" --force >/dev/null  # the .html beside it again
pairs+=(register)
"$cadre" trainee export --out "$work/trainees.csv" >/dev/null
"$cadre" trainee export --format xlsx --out "$work/trainees.xlsx" >/dev/null
pairs+=(trainees)
"$cadre" trainee export --pseudonymize --out "$work/pseudonyms.csv" >/dev/null
"$cadre" trainee export --pseudonymize --format xlsx --out "$work/pseudonyms.xlsx" >/dev/null
pairs+=(pseudonyms)

python3 - "$work" "${pairs[@]}" <<'PY'
import csv, datetime, re, sys
import openpyxl

work, names = sys.argv[1], sys.argv[2:]
failures = 0
numbers = dates = texts = 0

def same(text, value):
    """Whether the CSV's text and the workbook's typed value are the same cell."""
    global numbers, dates, texts
    if value is None:
        return text == ""
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        numbers += 1
        return re.fullmatch(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?", text) is not None and float(text) == value
    if isinstance(value, datetime.datetime):
        dates += 1
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return value.date().isoformat() == text and value.time() == datetime.time(0)
        stamp = datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")
        return abs((value - stamp).total_seconds()) < 1
    texts += 1
    if text.startswith("'") and text[1:2] in ("=", "+", "-", "@", "\t", "\r"):
        text = text[1:]  # the CSV's neutralised formula is plain text in the workbook
    return value == text

for name in names:
    rows = list(csv.reader(open(f"{work}/{name}.csv", encoding="utf-8-sig", newline="")))
    sheet = openpyxl.load_workbook(f"{work}/{name}.xlsx").active
    cells = [list(row) for row in sheet.iter_rows(values_only=True)]
    problems = []
    if sheet.freeze_panes != "A2":
        problems.append(f"header not frozen ({sheet.freeze_panes})")
    if not all(cell.font.b for cell in sheet[1] if cell.value is not None):
        problems.append("header not bold")
    if len(cells) != len(rows):
        problems.append(f"{len(cells)} rows, the CSV has {len(rows)}")
    # Reports title their columns in the report's language; the CSV names its fields.
    if not name.startswith(("trained", "delivery", "assessment")) and cells and cells[0] != rows[0]:
        problems.append(f"header {cells[0]} ≠ {rows[0]}")
    for number, (row, values) in enumerate(zip(rows[1:], cells[1:]), start=2):
        values = values + [None] * (len(row) - len(values))
        for column, (text, value) in enumerate(zip(row, values)):
            if not same(text, value):
                problems.append(f"row {number} column {column + 1}: CSV {text!r}, workbook {value!r}")
    # A report's workbook carries its title, definitions, period and time made on a second sheet.
    if name.startswith(("trained", "delivery", "assessment")):
        book = openpyxl.load_workbook(f"{work}/{name}.xlsx")
        notes = [row[0] for row in book.worksheets[1].iter_rows(values_only=True)] if len(book.worksheets) == 2 else []
        if len(notes) < 3 or not any(re.search(r"(Period|Dövr|Период)", note or "") for note in notes):
            problems.append(f"no second sheet with the period and definitions ({book.sheetnames})")
    widths = [sheet.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width for i in range(len(rows[0]))]
    if not all(width and width >= 8 for width in widths):
        problems.append(f"column widths {widths}")
    if problems:
        failures += 1
        print(f"FAIL: {name}.xlsx: " + "; ".join(problems[:5]))
    else:
        print(f"{name}.xlsx: {len(cells)} rows × {len(rows[0])} columns, the same cells as the CSV")

odd = openpyxl.load_workbook(f"{work}/trainees.xlsx").active
found = [row for row in odd.iter_rows(values_only=True) if row[1] == "Test Şəxs"]
if not found or found[0][10] != "0042" or found[0][7] != "+994501234567" or found[0][4] != '=HYPERLINK("x")' \
        or found[0][9] != datetime.datetime(1990, 2, 3):
    failures += 1
    print(f"FAIL: the leading zeros, the phone, the formula text or the birth date did not survive: {found}")
print(f"xlsx check: {len(names)} workbooks, {numbers} numbers, {dates} dates, {texts} texts compared; {failures} failure(s)")
sys.exit(1 if failures else 0)
PY
