"""Load on loopback: CLIENTS browsers at once, each signed in with its own session, each making
REQUESTS requests that alternate a roll-call tap (a POST that stores a mark) and a page view
(the roll call, the event, the dashboard). Each client taps only its own cells of the event's
trainee × session matrix, so the final state is known: OUT/expected.json holds the last
status each client sent per cell, for check-web-load.sh to compare with the CLI.

Prints one line of figures; exits 1 on any error.
Usage: check-web-load.py BASE_URL EVENT CLIENTS REQUESTS OUT
"""
import json
import random
import re
import sys
import threading
import time
import urllib.parse

import web_client

BASE, EVENT, CLIENTS, REQUESTS, OUT = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
HOST, PORT = urllib.parse.urlsplit(BASE).hostname, urllib.parse.urlsplit(BASE).port
STATUSES = ["present", "late", "excused", "absent"]


class Client(web_client.Client):
    def __init__(self):
        super().__init__(HOST, PORT)

    def sign_in(self, login, password):
        status = super().sign_in(login, password)
        assert status == 303, f"sign-in answered {status}"
        self.request("GET", "/home")


def run(index, cells, latencies, errors, expected):
    random.seed(index)
    client = Client()
    client.sign_in("koordinator", "saatli-koordinator-2021")
    views = [f"/events/{EVENT}/sessions/1", f"/events/{EVENT}", "/home"]
    for number in range(REQUESTS):
        if number % 2 == 0 and cells:
            session, ref = random.choice(cells)
            status = random.choice(STATUSES)
            code, text, elapsed = client.request("POST", f"/events/{EVENT}/sessions/{session}/mark", {"csrf": client.csrf, "ref": ref, "status": status})
            ok = code == 303
            if ok:
                expected[f"{session} {ref}"] = status
        else:
            code, text, elapsed = client.request("GET", views[number // 2 % len(views)])
            ok = code == 200
        latencies.append(elapsed)
        if not ok:
            errors.append(f"client {index} request {number}: {code} {text[:120]!r}")


def main():
    setup = Client()
    setup.sign_in("koordinator", "saatli-koordinator-2021")
    _, page, _ = setup.request("GET", f"/events/{EVENT}/sessions/1")
    refs = re.findall(r'<li id="p-([^"]+)"', page)
    _, event_page, _ = setup.request("GET", f"/events/{EVENT}")
    sessions = sorted({int(n) for n in re.findall(rf'/events/{re.escape(EVENT)}/sessions/(\d+)"', event_page)})
    cells = [(s, r) for s in sessions for r in refs]
    random.Random(7).shuffle(cells)
    share = [cells[i::CLIENTS] for i in range(CLIENTS)]
    latencies, errors, expected = [], [], {}
    threads = [threading.Thread(target=run, args=(i, share[i], latencies, errors, expected)) for i in range(CLIENTS)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    latencies.sort()
    def percentile(p):
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000
    with open(f"{OUT}/expected.json", "w") as file:
        json.dump(expected, file)
    print(f"{len(latencies)} requests by {CLIENTS} clients in {wall:.1f} s ({len(latencies) / wall:.0f}/s); "
          f"latency p50 {percentile(0.5):.0f} ms, p99 {percentile(0.99):.0f} ms, max {latencies[-1] * 1000:.0f} ms; "
          f"{len(errors)} errors; {len(expected)} cells tapped")
    for error in errors[:10]:
        print("  " + error)
    sys.exit(1 if errors else 0)


main()
