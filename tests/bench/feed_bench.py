#!/usr/bin/env python3
"""The real-time feed as a user runs it (not a test): `autocoin --headless` in paper mode on the fake
exchange with its WebSocket (`fake_exchange --websocket --markets N`), N markets streamed.

Measures, and prints:
  * the CPU of the idle RUNNING engine (user+system of the autocoin process over a window, as a
    share of one core) with N streamed markets, and the tick events per second it wrote;
  * the reconnect time after the server drops every connection (drop -> `feed` connected), and
    whether REST covered the gap (`feed` rest/disconnected in between);
  * the watchdog after SILENT seconds of silence (silence -> `feed` stale, -> connected);
  * that the engine never entered ERROR and the server rejected no subscription.

  tests/bench/feed_bench.py [BUILD_DIR] [--markets 10] [--window 30] [--silent 20]

Builds nothing: build the targets `autocoin` and `fake_exchange` first.
"""
import argparse
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request


def wait_line(proc, pattern, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        line = proc.stdout.readline().decode()
        m = re.search(pattern, line)
        if m:
            return m.group(1)
    raise SystemExit(f"no line matching {pattern!r}")


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Events:
    """The engine's event stream, read as it grows."""

    def __init__(self, path):
        self.path = path
        self.offset = 0
        self.all = []

    def poll(self):
        with open(self.path) as f:
            f.seek(self.offset)
            chunk = f.read()
        complete = chunk[: chunk.rfind("\n") + 1]
        self.offset += len(complete.encode())
        for line in complete.splitlines():
            try:
                self.all.append((time.time(), json.loads(line)))
            except ValueError:
                pass

    def wait(self, predicate, since, timeout):
        deadline = time.time() + timeout
        while time.time() < deadline:
            self.poll()
            for at, e in self.all:
                if at >= since and predicate(e):
                    return at, e
            time.sleep(0.05)
        return None, None


def post(url):
    urllib.request.urlopen(urllib.request.Request(url, method="POST"), timeout=5).read()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build", nargs="?", default="build")
    parser.add_argument("--markets", type=int, default=10)
    parser.add_argument("--window", type=int, default=30)
    parser.add_argument("--silent", type=int, default=20)
    args = parser.parse_args()
    autocoin = os.path.join(args.build, "app", "autocoin")
    fake = os.path.join(args.build, "tests", "support", "fake_exchange")
    for exe in (autocoin, fake):
        if not os.access(exe, os.X_OK):
            raise SystemExit(f"missing {exe}: build the targets autocoin and fake_exchange")

    work = tempfile.mkdtemp(prefix="autocoin-feed-")
    server = subprocess.Popen([fake, "--websocket", "--markets", str(args.markets)], stdout=subprocess.PIPE)
    rest = wait_line(server, r"listening on (http://\S+)")
    ws = wait_line(server, r"websocket on (ws://\S+)")
    markets = ["KRW-BTC"] + [f"KRW-C{i:02d}" for i in range(1, args.markets)]
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": work,
        "UPBIT_API_URL": rest,
        "UPBIT_WEBSOCKET_URL": ws,
        "MARKET_DATA": "websocket",
        "APP_TIMEZONE": "Asia/Seoul",
        "QT_QPA_PLATFORM": "offscreen",
    }
    events_path = os.path.join(work, "events.jsonl")
    with open(events_path, "w") as out, open(os.path.join(work, "stderr.log"), "w") as err:
        engine = subprocess.Popen(
            [autocoin, "--headless", "--start", "--data-dir", os.path.join(work, "data"), "--exchange", "upbit",
             "--markets", ",".join(markets), "--timeframe", "1", "--interval", "5"],
            env=env, stdout=out, stderr=err)
    events = Events(events_path)
    failed = False
    try:
        connected = lambda e: e.get("event") == "feed" and e.get("state") == "connected"
        at, _ = events.wait(connected, 0, 60)
        if not at:
            raise SystemExit(f"the stream never connected; see {work}")
        time.sleep(5)  # the warm-up's candle requests are over
        events.poll()
        ticks_before = sum(1 for _, e in events.all if e.get("event") == "tick")
        cpu0, t0 = cpu_seconds(engine.pid), time.time()
        time.sleep(args.window)
        cpu1, t1 = cpu_seconds(engine.pid), time.time()
        events.poll()
        ticks = sum(1 for _, e in events.all if e.get("event") == "tick") - ticks_before
        print(f"idle RUNNING, {args.markets} streamed markets: CPU {100 * (cpu1 - cpu0) / (t1 - t0):.2f} % of one core "
              f"over {t1 - t0:.0f} s; {ticks / (t1 - t0):.1f} tick events/s "
              f"({ticks / (t1 - t0) / args.markets:.2f} per market)")

        base = rest.rstrip("/")
        dropped = time.time()
        post(base + "/admin/ws?drop=1")
        at_rest, _ = events.wait(lambda e: e.get("event") == "feed" and e.get("source") == "rest", dropped, 10)
        at_back, _ = events.wait(connected, dropped, 60)
        print(f"drop: REST covering after {1000 * (at_rest - dropped):.0f} ms, stream back after "
              f"{1000 * (at_back - dropped):.0f} ms" if at_rest and at_back else "drop: NO RECOVERY")
        failed |= not (at_rest and at_back and at_back - dropped < 10)

        silenced = time.time()
        post(base + f"/admin/ws?silent={args.silent}")
        at_stale, _ = events.wait(lambda e: e.get("event") == "feed" and e.get("state") == "stale", silenced, 30)
        at_back, _ = events.wait(connected, silenced, args.silent + 60)
        print(f"silence {args.silent} s: stale after {1000 * (at_stale - silenced):.0f} ms, stream back after "
              f"{at_back - silenced:.1f} s" if at_stale and at_back else "silence: NO RECOVERY")
        failed |= not (at_stale and at_back)

        events.poll()
        errors = [e for _, e in events.all if e.get("event") == "state" and e.get("to") == "ERROR"]
        state = json.loads(urllib.request.urlopen(base + "/admin/ws", timeout=5).read())
        print(f"engine ERROR entries: {len(errors)}; server: {state}")
        failed |= bool(errors) or len(state.get("rejections", [])) != 0
    finally:
        engine.send_signal(signal.SIGTERM)
        engine.wait(30)
        server.send_signal(signal.SIGTERM)
        server.wait(30)
    print("FAILED" if failed else "OK", f"(events and logs in {work})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
