#!/usr/bin/env python3
"""Writes the benchmark's data set, deterministically (same seed, same bytes), in the CSV
shapes Cadre imports:

  trainees.csv     100,000 sign-up rows (3 % second registrations, 1 % invalid), Excel's shape
  venues.txt       100 venue names, one per line (created with `cadre venue add`)
  events.csv       16,000 events: 100 venues × 160 three-day blocks from January 2020
  sessions.csv     80,000 sessions (5 per event)
  enrollments.csv  400,000 enrolments (25 per event; nobody in two events at once)
  attendance.csv   2,000,000 marks (every session of every enrolment)
  scores.csv       680,000 scores (pre and post for 85 % of enrolments)

Usage: generate-bench-data.py OUT_DIR [--seed N] [--scale F]   (F < 1 for a quick run)
Prints the counts as JSON.
"""
import datetime
import importlib.util
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("generate_trainees", os.path.join(HERE, "generate-trainees.py"))
generate_trainees = importlib.util.module_from_spec(spec)
spec.loader.exec_module(generate_trainees)

COURSES = [("DV-101", 20), ("JUD-201", 20), ("MEDIA-301", 10)]
REGIONS = ["Saatlı", "Sabirabad", "İmişli", "Gəncə", "Sumqayıt", "Şəki", "Lənkəran", "Quba", "Şirvan", "Xaçmaz"]
SLOTS = [(0, "09:30", "12:30"), (0, "13:30", "16:30"), (1, "09:30", "12:30"), (1, "13:30", "16:30"), (2, "09:30", "12:30")]
STATUSES = ["P"] * 85 + ["L"] * 5 + ["E"] * 4 + ["A"] * 6


def working_days(start):
    day = start
    while True:
        if day.weekday() < 5:
            yield day
        day += datetime.timedelta(days=1)


def main():
    out = sys.argv[1]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 2021
    scale = float(sys.argv[sys.argv.index("--scale") + 1]) if "--scale" in sys.argv else 1.0
    os.makedirs(out, exist_ok=True)
    rng = random.Random(seed)
    venues = 100
    blocks = max(1, int(160 * scale))
    per_event = 25

    counts, refs = generate_trainees.write_trainees(int(100_000 * scale), os.path.join(out, "trainees.csv"), seed)
    counts = {"trainee_rows": counts["rows"], "persons": counts["persons"], "invalid": counts["invalid"],
              "duplicates": counts["duplicates"]}
    with open(os.path.join(out, "venues.txt"), "w", encoding="utf-8") as f:
        for v in range(venues):
            f.write(f"{REGIONS[v % len(REGIONS)]} təlim zalı {v + 1}\n")

    days = working_days(datetime.date(2020, 1, 6))
    pointer = 0
    n = {"events": 0, "sessions": 0, "enrollments": 0, "marks": 0, "scores": 0}
    files = {name: open(os.path.join(out, name), "w", encoding="utf-8-sig", newline="")
             for name in ["events.csv", "sessions.csv", "enrollments.csv", "attendance.csv", "scores.csv"]}
    files["events.csv"].write("event_code,course_code,venue,region,start_date,end_date,capacity\r\n")
    files["sessions.csv"].write("event_code,session_no,date,start_time,end_time,hours\r\n")
    files["enrollments.csv"].write("event_code,trainee_ref\r\n")
    files["attendance.csv"].write("event_code,session_no,trainee_ref,status\r\n")
    files["scores.csv"].write("event_code,trainee_ref,kind,score,max_score\r\n")
    for block in range(blocks):
        dates = [next(days) for _ in range(3)]
        for v in range(venues):
            course, max_score = COURSES[(block + v) % len(COURSES)]
            code = f"B{block + 1:03d}-V{v + 1:03d}"
            region = REGIONS[v % len(REGIONS)]
            files["events.csv"].write(
                f"{code},{course},{region} təlim zalı {v + 1},{region},{dates[0].isoformat()},{dates[2].isoformat()},30\r\n")
            n["events"] += 1
            for number, (day, start, end) in enumerate(SLOTS, 1):
                files["sessions.csv"].write(f"{code},{number},{dates[day].isoformat()},{start},{end},3\r\n")
                n["sessions"] += 1
            # Consecutive refs: the 2,500 people of one block's 100 events are all different.
            for _ in range(per_event):
                ref = refs[pointer % len(refs)]
                pointer += 1
                files["enrollments.csv"].write(f"{code},{ref}\r\n")
                n["enrollments"] += 1
                for number in range(1, len(SLOTS) + 1):
                    files["attendance.csv"].write(f"{code},{number},{ref},{rng.choice(STATUSES)}\r\n")
                    n["marks"] += 1
                if rng.random() < 0.85:
                    pre = rng.randint(max_score // 5, max_score * 7 // 10)
                    post = min(max_score, pre + rng.randint(0, max_score * 3 // 10))
                    files["scores.csv"].write(f"{code},{ref},pre,{pre},{max_score}\r\n{code},{ref},post,{post},{max_score}\r\n")
                    n["scores"] += 2
    for f in files.values():
        f.close()
    counts.update(n)
    json.dump(counts, sys.stdout)
    print()


if __name__ == "__main__":
    main()
