#!/usr/bin/env python3
"""Writes a deterministic trainee sign-up file in Excel's CSV shape (UTF-8 BOM, ';', CRLF).

Usage: generate-trainees.py ROWS OUT.csv [--seed N]

Of the rows, 3 % are second registrations of a person registered earlier in the file (same
FIN, name typed in capitals, another reference) and 1 % are invalid (a broken e-mail).
Prints the expected counts as JSON on stdout, so checks need not recount.
"""
import json
import random
import sys

FIRST_F = ["Aynur", "Leyla", "Günel", "Səbinə", "Nərgiz", "Ülviyyə", "Şəhla", "Gülnarə", "Zərifə", "İlahə", "Aytən", "Könül"]
FIRST_M = ["Elvin", "Rəşad", "Orxan", "İlqar", "Tural", "Çingiz", "Ömər", "Ağa", "Fərid", "Vüqar", "Kamran", "Səməd"]
LAST = ["Əliyev", "Məmmədov", "Həsənov", "Quliyev", "İsmayılov", "Hüseynov", "Abbasov", "Cəfərov", "Orucov", "Ağayev",
        "Şirinov", "Babayev", "Rzayev", "Nəsirov", "Qasımov", "Zeynalov"]
PROFESSIONS = ["Sosial işçi", "social worker", "Məktəb psixoloqu", "psixoloq", "Könüllü", "Hakim", "Jurnalist",
               "Polis əməkdaşı", "Yerli icra hakimiyyəti nümayəndəsi", "Tibb işçisi"]
REGIONS = ["Saatlı", "Saatli", "Xəzər", "Sabirabad", "İmişli", "Bakı", "Gəncə", "Sumqayıt", "Şəki", "Lənkəran"]
PHONES = ["050 {a} {b} {c}", "(055) {a}-{b}-{c}", "+994 70 {a}{b}{c}", "99477{a}{b}{c}", "051{a}{b}{c}"]


def write_trainees(rows, out, seed=2021):
    """Writes the file; returns the counts and the refs of first registrations (one per person)."""
    rng = random.Random(seed)
    registered = []
    primary_refs = []
    counts = {"rows": rows, "invalid": 0, "duplicates": 0, "invalid_lines": []}
    with open(out, "w", encoding="utf-8-sig", newline="") as f:
        f.write("Ad Soyad;Cins;Peşə;Təşkilat;Rayon;E-poçt;Telefon;FİN;ID\r\n")
        for i in range(rows):
            line = i + 2
            roll = rng.random()
            if roll < 0.01:
                counts["invalid"] += 1
                counts["invalid_lines"].append(line)
                f.write(f"Pərvin Abbasova;qadın;Sosial işçi;;Saatlı;p{i}@@mail;;;REF-{i}\r\n")
                continue
            if roll < 0.04 and registered:
                counts["duplicates"] += 1
                name, sex, fin = rng.choice(registered)
                f.write(f"{name.upper()};{sex};{rng.choice(PROFESSIONS)};;{rng.choice(REGIONS)};;;{fin};REF-{i}\r\n")
                continue
            female = rng.random() < 0.6
            first = rng.choice(FIRST_F if female else FIRST_M)
            last = rng.choice(LAST) + ("a" if female else "")
            name = f"{last} {first}"
            sex = rng.choice(["qadın", "Q", "female"]) if female else rng.choice(["kişi", "K", "male"])
            fin = f"{i:07X}"[-7:]
            phone = rng.choice(PHONES).format(a=f"{rng.randrange(1000):03d}", b=f"{rng.randrange(100):02d}", c=f"{rng.randrange(100):02d}")
            org = f"\"{rng.choice(REGIONS)} RİH; şöbə {rng.randrange(9)}\"" if rng.random() < 0.3 else ""
            email = f"user{i}@mail.az" if rng.random() < 0.7 else ""
            registered.append((name, sex, fin))
            primary_refs.append(f"REF-{i}")
            f.write(f"{name};{sex};{rng.choice(PROFESSIONS)};{org};{rng.choice(REGIONS)};{email};{phone};{fin};REF-{i}\r\n")
    counts["persons"] = rows - counts["invalid"] - counts["duplicates"]
    return counts, primary_refs


def main():
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 2021
    counts, _ = write_trainees(int(sys.argv[1]), sys.argv[2], seed)
    json.dump(counts, sys.stdout)


if __name__ == "__main__":
    main()
