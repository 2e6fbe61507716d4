"""Two `cadre serve` on one PostgreSQL database, under load, while things fall over.

CLIENTS browsers sign in once and then send each request to the two servers in turn (a
session started on one is good on the other: it lives in the database). Each request is a
roll-call tap on DV-SAATLI-2021-10 (half), a certificate issued for someone on a LOAD-n
event (a sixth), an enrolment on CAP-1, whose capacity is 10 (a sixth), or a page view. A
request the chosen server does not answer (it is down) goes to the other one, as a reverse
proxy does. Runs for SECONDS; the shell kills a server and stops PostgreSQL meanwhile and
writes when (OUT/events.json).

Writes OUT/expected.json (each cell's last acknowledged status, and the statuses sent after
it whose fate is unknown) and OUT/load.json (every request's time, kind and outcome).
Usage: check-postgres.py PORT_A PORT_B CLIENTS SECONDS OUT
"""
import json
import random
import re
import socket
import sys
import threading
import time

import web_client

PORT_A, PORT_B, CLIENTS, SECONDS, OUT = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
EVENT = "DV-SAATLI-2021-10"
STATUSES = ["present", "late", "excused", "absent"]


class Client:
    """One browser with one session, whose requests go to either server."""

    def __init__(self):
        self.servers = [web_client.Client("127.0.0.1", PORT_A), web_client.Client("127.0.0.1", PORT_B)]
        self.turn = 0

    def request(self, method, path, fields=None):
        """Returns (status, text, seconds, server); status 0 when neither server answered."""
        first = self.turn % 2
        self.turn += 1
        for index in (first, 1 - first):
            server, other = self.servers[index], self.servers[1 - index]
            try:
                if fields is not None:
                    fields = dict(fields, csrf=other.csrf or server.csrf)
                status, text, elapsed = server.request(method, path, fields)
                other.cookies, other.csrf = server.cookies, server.csrf
                return status, text, elapsed, "AB"[index]
            except (ConnectionError, socket.timeout, OSError):
                continue
        return 0, "no server answered", 0.0, "-"

    def sign_in(self):
        for _ in range(100):
            server = self.servers[0]
            try:
                if server.sign_in("koordinator", "saatli-koordinator-2021") == 303:
                    self.servers[1].cookies, self.servers[1].csrf = server.cookies, server.csrf
                    self.request("GET", "/home")
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise SystemExit("could not sign in")


def run(index, setup, records, expected, lock):
    rng = random.Random(index)
    client = Client()
    client.sign_in()
    cells = setup["cells"][index::CLIENTS]
    stop = time.time() + SECONDS
    number = 0
    while time.time() < stop:
        number += 1
        kind = "tap" if number % 2 == 0 else ["issue", "enrol", "view"][number % 3]
        started = time.time()
        if kind == "tap" and cells:
            session, ref = rng.choice(cells)
            status_sent = rng.choice(STATUSES)
            code, text, _, server = client.request("POST", f"/events/{EVENT}/sessions/{session}/mark", {"ref": ref, "status": status_sent})
            ok = code == 303
            with lock:
                cell = expected.setdefault(f"{session} {ref}", {"acknowledged": None, "unknown": []})
                if ok:
                    cell["acknowledged"], cell["unknown"] = status_sent, []
                else:
                    cell["unknown"].append(status_sent)
        elif kind == "issue":
            event = rng.choice(setup["load_events"])
            code, text, _, server = client.request("POST", f"/events/{event}/certificates", {"ref": rng.choice(setup["refs"])})
            ok = code == 200
        elif kind == "enrol":
            code, text, _, server = client.request("POST", "/events/CAP-1/enrol", {"ref": rng.choice(setup["refs"])})
            ok = code == 200
        else:
            code, text, _, server = client.request("GET", rng.choice([f"/events/{EVENT}/sessions/1", f"/events/{EVENT}", "/home"]))
            ok = code == 200
        with lock:
            records.append({"at": started, "took": time.time() - started, "kind": kind, "ok": ok, "code": code, "server": server,
                            "said": "" if ok else text[:160]})


def main():
    setup = json.load(open(f"{OUT}/setup.json"))
    records, expected, lock = [], {}, threading.Lock()
    threads = [threading.Thread(target=run, args=(i, setup, records, expected, lock)) for i in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    json.dump(expected, open(f"{OUT}/expected.json", "w"))
    json.dump(records, open(f"{OUT}/load.json", "w"))
    print(f"{len(records)} requests by {CLIENTS} clients over {SECONDS:.0f} s")


main()
