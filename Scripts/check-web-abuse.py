"""The hostile clients of Scripts/check-web-abuse.sh; exits non-zero on the first broken promise."""
import re, socket, sys, threading, time

import web_client

port, pid, log = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
failures = []


def expect(condition, message):
    print(("ok   " if condition else "FAIL ") + message, flush=True)
    if not condition:
        failures.append(message)


def memory(field):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1]) // 1024  # MiB
    return -1


def connect(source):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind((source, 0))
    s.settimeout(5)
    s.connect(("127.0.0.1", port))
    return s


def probe(seconds, results, source="127.0.0.1"):
    """Asks /healthz every quarter second; records each answer's time (None: no answer)."""
    end = time.time() + seconds
    while time.time() < end:
        started = time.perf_counter()
        try:
            s = connect(source)
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n")
            answer = s.recv(4096)
            s.close()
            results.append((time.perf_counter() - started) if answer.startswith(b"HTTP/1.1 200") else None)
        except OSError:
            results.append(None)
        time.sleep(0.25)


def slowloris(sources, per_source, seconds):
    sockets = []
    for source in sources:
        for _ in range(per_source):
            try:
                s = connect(source)
                s.sendall(b"GET /healthz HTTP/1.1\r\nHost: t\r\n")
                sockets.append(s)
            except OSError:
                pass
    results = []
    prober = threading.Thread(target=probe, args=(seconds, results))
    prober.start()
    end = time.time() + seconds
    while time.time() < end:
        for s in list(sockets):
            try:
                s.send(b"X")
            except OSError:
                sockets.remove(s)
                s.close()
        time.sleep(1)
    prober.join()
    for s in sockets:
        s.close()
    return results


for name, sources, per in [("one address", ["127.0.0.2"], 200), ("50 addresses", [f"127.0.0.{10 + i}" for i in range(50)], 4)]:
    results = slowloris(sources, per, 20)
    answered = [r for r in results if r is not None]
    worst = max(answered) if answered else float("inf")
    expect(len(answered) == len(results) and worst < 1.0,
           f"slowloris from {name} (200 connections, a byte a second, 20 s): /healthz answered {len(answered)} of {len(results)}, slowest {worst * 1000:.0f} ms")


def Browser(source):
    return web_client.Client("127.0.0.1", port, source)


passwords = dict(re.findall(r"^\s+(\S+) / (\S+) —", open(log, encoding="utf-8").read(), re.M))
attacker = Browser("127.0.0.3")
statuses = [attacker.sign_in(f"nobody{i}", "x") for i in range(25)]
expect(statuses[:20] == [401] * 20 and set(statuses[20:]) == {429}, f"25 made-up logins from one address: {statuses.count(401)} × 401, then {statuses.count(429)} × 429")
expect(attacker.sign_in("admin", passwords["admin"]) == 303, "admin with the right password still signs in, from the attacker's own address")
guesser = Browser("127.0.0.4")
statuses = [guesser.sign_in("koordinator", "wrong") for _ in range(8)]
expect(Browser("127.0.0.5").sign_in("koordinator", passwords["koordinator"]) == 303,
       f"after 8 wrong passwords from another address ({statuses.count(401)} × 401, {statuses.count(429)} × 429), koordinator signs in at once")

before = memory("VmHWM")
rss_before = memory("VmRSS")
body = b"x" * (8 * 1024 * 1024)
refused = []


def flood(index):
    try:
        s = connect(f"127.0.1.{index}")
        s.sendall(f"POST /login HTTP/1.1\r\nHost: t\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n".encode())
        try:
            s.sendall(body)
        except OSError:
            pass  # the server answered and closed before the body was sent: what we want
        answer = s.recv(64)
        refused.append(answer.startswith(b"HTTP/1.1 413"))
        s.close()
    except OSError:
        refused.append(False)


threads = [threading.Thread(target=flood, args=(i + 1,)) for i in range(64)]
for t in threads:
    t.start()
for t in threads:
    t.join()
after = memory("VmHWM")
expect(refused.count(True) == 64, f"64 unauthenticated 8 MiB POSTs to /login: {refused.count(True)} refused with 413 from their heads")
expect(after - before < 64, f"peak resident memory {before} MiB before, {after} MiB after (resident {rss_before} → {memory('VmRSS')} MiB)")
sys.exit(1 if failures else 0)
